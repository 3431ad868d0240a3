package io.netlink4j.route;

/**
 * Numbers from {@code linux/if_link.h}, {@code linux/veth.h}, {@code linux/if.h} and
 * {@code linux/if_arp.h} (kernel UAPI), copied by a script that reads the installed headers:
 * link attributes, link-info nests and the kind-specific attributes of veth, bridge, macvlan,
 * vxlan and vlan, interface flags, operational states and hardware types. Numbers only.
 *
 * <p>Thread-safe (constants only).
 */
public final class IfLink {
    // ---- link attributes (IFLA_*)
    public static final int IFLA_UNSPEC = 0;
    public static final int IFLA_ADDRESS = 1;
    public static final int IFLA_BROADCAST = 2;
    public static final int IFLA_IFNAME = 3;
    public static final int IFLA_MTU = 4;
    public static final int IFLA_LINK = 5;
    public static final int IFLA_QDISC = 6;
    public static final int IFLA_STATS = 7;
    public static final int IFLA_MASTER = 10;
    public static final int IFLA_TXQLEN = 13;
    public static final int IFLA_OPERSTATE = 16;
    public static final int IFLA_LINKMODE = 17;
    public static final int IFLA_LINKINFO = 18;
    public static final int IFLA_NET_NS_PID = 19;
    public static final int IFLA_IFALIAS = 20;
    public static final int IFLA_STATS64 = 23;
    public static final int IFLA_AF_SPEC = 26;
    public static final int IFLA_GROUP = 27;
    public static final int IFLA_NET_NS_FD = 28;
    public static final int IFLA_EXT_MASK = 29;
    public static final int IFLA_PROMISCUITY = 30;
    public static final int IFLA_NUM_TX_QUEUES = 31;
    public static final int IFLA_NUM_RX_QUEUES = 32;
    public static final int IFLA_CARRIER = 33;
    public static final int IFLA_LINK_NETNSID = 37;
    public static final int IFLA_NEW_NETNSID = 45;
    public static final int IFLA_TARGET_NETNSID = 46;
    public static final int IFLA_NEW_IFINDEX = 49;
    public static final int IFLA_MIN_MTU = 50;
    public static final int IFLA_MAX_MTU = 51;
    public static final int IFLA_ALT_IFNAME = 53;
    public static final int IFLA_PERM_ADDRESS = 54;

    // ---- IFLA_LINKINFO nest (IFLA_INFO_*)
    public static final int IFLA_INFO_KIND = 1;
    public static final int IFLA_INFO_DATA = 2;
    public static final int IFLA_INFO_XSTATS = 3;
    public static final int IFLA_INFO_SLAVE_KIND = 4;
    public static final int IFLA_INFO_SLAVE_DATA = 5;

    // ---- veth.h
    public static final int VETH_INFO_PEER = 1;

    // ---- bridge (IFLA_BR_*)
    public static final int IFLA_BR_FORWARD_DELAY = 1;
    public static final int IFLA_BR_HELLO_TIME = 2;
    public static final int IFLA_BR_MAX_AGE = 3;
    public static final int IFLA_BR_AGEING_TIME = 4;
    public static final int IFLA_BR_STP_STATE = 5;
    public static final int IFLA_BR_PRIORITY = 6;
    public static final int IFLA_BR_VLAN_FILTERING = 7;
    public static final int IFLA_BR_VLAN_PROTOCOL = 8;

    // ---- macvlan (IFLA_MACVLAN_*, MACVLAN_MODE_*)
    public static final int IFLA_MACVLAN_MODE = 1;
    public static final int IFLA_MACVLAN_FLAGS = 2;
    public static final int MACVLAN_MODE_PRIVATE = 1;
    public static final int MACVLAN_MODE_VEPA = 2;
    public static final int MACVLAN_MODE_BRIDGE = 4;
    public static final int MACVLAN_MODE_PASSTHRU = 8;
    public static final int MACVLAN_MODE_SOURCE = 16;

    // ---- vlan (IFLA_VLAN_*)
    public static final int IFLA_VLAN_ID = 1;
    public static final int IFLA_VLAN_FLAGS = 2;
    public static final int IFLA_VLAN_PROTOCOL = 5;

    // ---- vxlan (IFLA_VXLAN_*)
    public static final int IFLA_VXLAN_ID = 1;
    public static final int IFLA_VXLAN_GROUP = 2;
    public static final int IFLA_VXLAN_LINK = 3;
    public static final int IFLA_VXLAN_LOCAL = 4;
    public static final int IFLA_VXLAN_TTL = 5;
    public static final int IFLA_VXLAN_TOS = 6;
    public static final int IFLA_VXLAN_LEARNING = 7;
    public static final int IFLA_VXLAN_PORT = 15;
    public static final int IFLA_VXLAN_GROUP6 = 16;
    public static final int IFLA_VXLAN_LOCAL6 = 17;

    // ---- if.h interface flags (IFF_*)
    public static final int IFF_UP = 1;
    public static final int IFF_BROADCAST = 2;
    public static final int IFF_DEBUG = 4;
    public static final int IFF_LOOPBACK = 8;
    public static final int IFF_POINTOPOINT = 16;
    public static final int IFF_NOTRAILERS = 32;
    public static final int IFF_RUNNING = 64;
    public static final int IFF_NOARP = 128;
    public static final int IFF_PROMISC = 256;
    public static final int IFF_ALLMULTI = 512;
    public static final int IFF_MASTER = 1024;
    public static final int IFF_SLAVE = 2048;
    public static final int IFF_MULTICAST = 4096;
    public static final int IFF_PORTSEL = 8192;
    public static final int IFF_AUTOMEDIA = 16384;
    public static final int IFF_DYNAMIC = 32768;
    public static final int IFF_LOWER_UP = 65536;
    public static final int IFF_DORMANT = 131072;
    public static final int IFF_ECHO = 262144;

    // ---- if.h operational states (IF_OPER_*)
    public static final int IF_OPER_UNKNOWN = 0;
    public static final int IF_OPER_NOTPRESENT = 1;
    public static final int IF_OPER_DOWN = 2;
    public static final int IF_OPER_LOWERLAYERDOWN = 3;
    public static final int IF_OPER_TESTING = 4;
    public static final int IF_OPER_DORMANT = 5;
    public static final int IF_OPER_UP = 6;

    // ---- if_arp.h hardware types (ARPHRD_*)
    public static final int ARPHRD_ETHER = 1;
    public static final int ARPHRD_INFINIBAND = 32;
    public static final int ARPHRD_PPP = 512;
    public static final int ARPHRD_TUNNEL = 768;
    public static final int ARPHRD_TUNNEL6 = 769;
    public static final int ARPHRD_LOOPBACK = 772;
    public static final int ARPHRD_SIT = 776;
    public static final int ARPHRD_IPGRE = 778;
    public static final int ARPHRD_IEEE80211 = 801;
    public static final int ARPHRD_NONE = 65534;
    public static final int ARPHRD_VOID = 65535;

    private IfLink() {}
}
