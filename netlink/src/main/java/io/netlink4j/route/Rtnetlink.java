package io.netlink4j.route;

/**
 * Numbers from {@code linux/rtnetlink.h} and {@code linux/net_namespace.h} (kernel UAPI), copied
 * by a script that reads the installed headers: message types, route attributes, route types,
 * scopes, protocols, tables, multicast groups and next-hop flags. Numbers only.
 *
 * <p>Thread-safe (constants only).
 */
public final class Rtnetlink {
    // ---- message types
    public static final int RTM_NEWLINK = 16;
    public static final int RTM_DELLINK = 17;
    public static final int RTM_GETLINK = 18;
    public static final int RTM_NEWADDR = 20;
    public static final int RTM_DELADDR = 21;
    public static final int RTM_GETADDR = 22;
    public static final int RTM_NEWROUTE = 24;
    public static final int RTM_DELROUTE = 25;
    public static final int RTM_GETROUTE = 26;
    public static final int RTM_NEWNSID = 88;
    public static final int RTM_DELNSID = 89;
    public static final int RTM_GETNSID = 90;

    // ---- route attributes (RTA_*)
    public static final int RTA_UNSPEC = 0;
    public static final int RTA_DST = 1;
    public static final int RTA_SRC = 2;
    public static final int RTA_IIF = 3;
    public static final int RTA_OIF = 4;
    public static final int RTA_GATEWAY = 5;
    public static final int RTA_PRIORITY = 6;
    public static final int RTA_PREFSRC = 7;
    public static final int RTA_METRICS = 8;
    public static final int RTA_MULTIPATH = 9;
    public static final int RTA_FLOW = 11;
    public static final int RTA_CACHEINFO = 12;
    public static final int RTA_TABLE = 15;
    public static final int RTA_MARK = 16;
    public static final int RTA_VIA = 18;
    public static final int RTA_PREF = 20;
    public static final int RTA_ENCAP_TYPE = 21;
    public static final int RTA_ENCAP = 22;
    public static final int RTA_EXPIRES = 23;
    public static final int RTA_UID = 25;
    public static final int RTA_IP_PROTO = 27;
    public static final int RTA_SPORT = 28;
    public static final int RTA_DPORT = 29;
    public static final int RTA_NH_ID = 30;

    // ---- route types (RTN_*)
    public static final int RTN_UNSPEC = 0;
    public static final int RTN_UNICAST = 1;
    public static final int RTN_LOCAL = 2;
    public static final int RTN_BROADCAST = 3;
    public static final int RTN_ANYCAST = 4;
    public static final int RTN_MULTICAST = 5;
    public static final int RTN_BLACKHOLE = 6;
    public static final int RTN_UNREACHABLE = 7;
    public static final int RTN_PROHIBIT = 8;
    public static final int RTN_THROW = 9;
    public static final int RTN_NAT = 10;
    public static final int RTN_XRESOLVE = 11;

    // ---- scopes (RT_SCOPE_*)
    public static final int RT_SCOPE_UNIVERSE = 0;
    public static final int RT_SCOPE_SITE = 200;
    public static final int RT_SCOPE_LINK = 253;
    public static final int RT_SCOPE_HOST = 254;
    public static final int RT_SCOPE_NOWHERE = 255;

    // ---- route protocols (RTPROT_*)
    public static final int RTPROT_UNSPEC = 0;
    public static final int RTPROT_REDIRECT = 1;
    public static final int RTPROT_KERNEL = 2;
    public static final int RTPROT_BOOT = 3;
    public static final int RTPROT_STATIC = 4;
    public static final int RTPROT_GATED = 8;
    public static final int RTPROT_RA = 9;
    public static final int RTPROT_MRT = 10;
    public static final int RTPROT_ZEBRA = 11;
    public static final int RTPROT_BIRD = 12;
    public static final int RTPROT_DNROUTED = 13;
    public static final int RTPROT_XORP = 14;
    public static final int RTPROT_NTK = 15;
    public static final int RTPROT_DHCP = 16;
    public static final int RTPROT_MROUTED = 17;
    public static final int RTPROT_KEEPALIVED = 18;
    public static final int RTPROT_BABEL = 42;
    public static final int RTPROT_OPENR = 99;
    public static final int RTPROT_BGP = 186;
    public static final int RTPROT_ISIS = 187;
    public static final int RTPROT_OSPF = 188;
    public static final int RTPROT_RIP = 189;
    public static final int RTPROT_EIGRP = 192;

    // ---- tables (RT_TABLE_*)
    public static final int RT_TABLE_UNSPEC = 0;
    public static final int RT_TABLE_COMPAT = 252;
    public static final int RT_TABLE_DEFAULT = 253;
    public static final int RT_TABLE_MAIN = 254;
    public static final int RT_TABLE_LOCAL = 255;

    // ---- multicast groups (RTNLGRP_*)
    public static final int RTNLGRP_LINK = 1;
    public static final int RTNLGRP_NOTIFY = 2;
    public static final int RTNLGRP_NEIGH = 3;
    public static final int RTNLGRP_TC = 4;
    public static final int RTNLGRP_IPV4_IFADDR = 5;
    public static final int RTNLGRP_IPV4_MROUTE = 6;
    public static final int RTNLGRP_IPV4_ROUTE = 7;
    public static final int RTNLGRP_IPV4_RULE = 8;
    public static final int RTNLGRP_IPV6_IFADDR = 9;
    public static final int RTNLGRP_IPV6_MROUTE = 10;
    public static final int RTNLGRP_IPV6_ROUTE = 11;
    public static final int RTNLGRP_IPV6_IFINFO = 12;
    public static final int RTNLGRP_NSID = 28;

    // ---- next-hop flags (RTNH_F_*) and route message flags (RTM_F_*)
    public static final int RTNH_F_DEAD = 1;
    public static final int RTNH_F_PERVASIVE = 2;
    public static final int RTNH_F_ONLINK = 4;
    public static final int RTNH_F_OFFLOAD = 8;
    public static final int RTNH_F_LINKDOWN = 16;
    public static final int RTNH_F_UNRESOLVED = 32;
    public static final int RTNH_F_TRAP = 64;
    public static final int RTM_F_NOTIFY = 256;
    public static final int RTM_F_CLONED = 512;
    public static final int RTM_F_EQUALIZE = 1024;
    public static final int RTM_F_PREFIX = 2048;
    public static final int RTM_F_LOOKUP_TABLE = 4096;
    public static final int RTM_F_FIB_MATCH = 8192;
    public static final int RTM_F_OFFLOAD = 16384;
    public static final int RTM_F_TRAP = 32768;
    public static final int RTM_F_OFFLOAD_FAILED = 536870912;

    // ---- link dump filters (RTEXT_FILTER_*)
    public static final int RTEXT_FILTER_VF = 1;
    public static final int RTEXT_FILTER_BRVLAN = 2;
    public static final int RTEXT_FILTER_BRVLAN_COMPRESSED = 4;
    public static final int RTEXT_FILTER_SKIP_STATS = 8;
    public static final int RTEXT_FILTER_MRP = 16;
    public static final int RTEXT_FILTER_CFM_CONFIG = 32;
    public static final int RTEXT_FILTER_CFM_STATUS = 64;
    public static final int RTEXT_FILTER_MST = 128;

    // ---- net_namespace.h (NETNSA_*)
    public static final int NETNSA_NONE = 0;
    public static final int NETNSA_NSID = 1;
    public static final int NETNSA_PID = 2;
    public static final int NETNSA_FD = 3;
    public static final int NETNSA_TARGET_NSID = 4;
    public static final int NETNSA_CURRENT_NSID = 5;

    // ---- address families (linux/socket.h) and struct sizes, for the family headers
    public static final int AF_UNSPEC = 0;
    public static final int AF_INET = 2;
    public static final int AF_BRIDGE = 7;
    public static final int AF_INET6 = 10;
    public static final int AF_PACKET = 17;
    /** sizeof(struct ifinfomsg). */
    public static final int IFINFOMSG_SIZE = 16;
    /** sizeof(struct ifaddrmsg). */
    public static final int IFADDRMSG_SIZE = 8;
    /** sizeof(struct rtmsg). */
    public static final int RTMSG_SIZE = 12;
    /** sizeof(struct rtnexthop). */
    public static final int RTNEXTHOP_SIZE = 8;
    /** sizeof(struct ifa_cacheinfo). */
    public static final int IFA_CACHEINFO_SIZE = 16;
    /** sizeof(struct rtnl_link_stats64) up to and including rx_nohandler. */
    public static final int RTNL_LINK_STATS64_MIN_SIZE = 184;

    private Rtnetlink() {}
}
