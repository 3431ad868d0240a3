package io.netlink4j.route;

/**
 * Who installed a route ({@code RTPROT_*}, {@code proto kernel|boot|static...}). The kernel
 * accepts any number 0..255; the well-known ones are constants and print by name.
 *
 * <p>Immutable, hence thread-safe.
 *
 * @param value the kernel's number, 0..255
 */
public record RouteProtocol(int value) {
    /** Unspecified: matches any protocol when deleting. */
    public static final RouteProtocol UNSPEC = new RouteProtocol(Rtnetlink.RTPROT_UNSPEC);
    /** Installed by an ICMP redirect. */
    public static final RouteProtocol REDIRECT = new RouteProtocol(Rtnetlink.RTPROT_REDIRECT);
    /** Routes the kernel adds for addresses. */
    public static final RouteProtocol KERNEL = new RouteProtocol(Rtnetlink.RTPROT_KERNEL);
    /** {@code ip route add}'s default. */
    public static final RouteProtocol BOOT = new RouteProtocol(Rtnetlink.RTPROT_BOOT);
    /** Installed by the administrator ({@code proto static}). */
    public static final RouteProtocol STATIC = new RouteProtocol(Rtnetlink.RTPROT_STATIC);
    /** Installed from an IPv6 router advertisement. */
    public static final RouteProtocol RA = new RouteProtocol(Rtnetlink.RTPROT_RA);
    /** Installed by a DHCP client. */
    public static final RouteProtocol DHCP = new RouteProtocol(Rtnetlink.RTPROT_DHCP);
    /** Installed by a BGP daemon. */
    public static final RouteProtocol BGP = new RouteProtocol(Rtnetlink.RTPROT_BGP);
    /** Installed by an OSPF daemon. */
    public static final RouteProtocol OSPF = new RouteProtocol(Rtnetlink.RTPROT_OSPF);

    private static final String[] NAMES = new String[256];

    static {
        String[][] known = {
            {"0", "unspec"}, {"1", "redirect"}, {"2", "kernel"}, {"3", "boot"}, {"4", "static"},
            {"8", "gated"}, {"9", "ra"}, {"10", "mrt"}, {"11", "zebra"}, {"12", "bird"},
            {"13", "dnrouted"}, {"14", "xorp"}, {"15", "ntk"}, {"16", "dhcp"}, {"18", "keepalived"},
            {"42", "babel"}, {"99", "openr"}, {"186", "bgp"}, {"187", "isis"}, {"188", "ospf"},
            {"189", "rip"}, {"192", "eigrp"},
        };
        for (String[] k : known) {
            NAMES[Integer.parseInt(k[0])] = k[1];
        }
    }

    /** Checks the range. */
    public RouteProtocol {
        if (value < 0 || value > 255) {
            throw new IllegalArgumentException("route protocol " + value + " is out of range 0..255");
        }
    }

    /** The protocol numbered {@code value}. */
    public static RouteProtocol of(int value) {
        switch (value) {
            case Rtnetlink.RTPROT_UNSPEC:
                return UNSPEC;
            case Rtnetlink.RTPROT_KERNEL:
                return KERNEL;
            case Rtnetlink.RTPROT_BOOT:
                return BOOT;
            case Rtnetlink.RTPROT_STATIC:
                return STATIC;
            default:
                return new RouteProtocol(value);
        }
    }

    /** The name {@code ip} prints (from iproute2's rt_protos), or the number. */
    @Override
    public String toString() {
        String n = NAMES[value];
        return n != null ? n : Integer.toString(value);
    }
}
