package io.netlink4j.route;

/**
 * How far an address or route reaches ({@code RT_SCOPE_*}): {@code scope global|link|host}.
 * The five named scopes are constants; the kernel accepts any number 0..255, so other values
 * are kept as numbers.
 *
 * <p>Immutable, hence thread-safe.
 *
 * @param value the kernel's number, 0..255
 */
public record Scope(int value) {
    /** {@code global} (RT_SCOPE_UNIVERSE). */
    public static final Scope UNIVERSE = new Scope(Rtnetlink.RT_SCOPE_UNIVERSE);
    /** {@code site}. */
    public static final Scope SITE = new Scope(Rtnetlink.RT_SCOPE_SITE);
    /** {@code link}: directly attached. */
    public static final Scope LINK = new Scope(Rtnetlink.RT_SCOPE_LINK);
    /** {@code host}: this machine only. */
    public static final Scope HOST = new Scope(Rtnetlink.RT_SCOPE_HOST);
    /** {@code nowhere}. */
    public static final Scope NOWHERE = new Scope(Rtnetlink.RT_SCOPE_NOWHERE);

    /** Checks the range. */
    public Scope {
        if (value < 0 || value > 255) {
            throw new IllegalArgumentException("scope " + value + " is out of range 0..255");
        }
    }

    /** The scope numbered {@code value}, sharing the constants. */
    public static Scope of(int value) {
        switch (value) {
            case Rtnetlink.RT_SCOPE_UNIVERSE:
                return UNIVERSE;
            case Rtnetlink.RT_SCOPE_SITE:
                return SITE;
            case Rtnetlink.RT_SCOPE_LINK:
                return LINK;
            case Rtnetlink.RT_SCOPE_HOST:
                return HOST;
            case Rtnetlink.RT_SCOPE_NOWHERE:
                return NOWHERE;
            default:
                return new Scope(value);
        }
    }

    /** The name {@code ip} prints (global, site, link, host, nowhere) or the number. */
    @Override
    public String toString() {
        switch (value) {
            case Rtnetlink.RT_SCOPE_UNIVERSE:
                return "global";
            case Rtnetlink.RT_SCOPE_SITE:
                return "site";
            case Rtnetlink.RT_SCOPE_LINK:
                return "link";
            case Rtnetlink.RT_SCOPE_HOST:
                return "host";
            case Rtnetlink.RT_SCOPE_NOWHERE:
                return "nowhere";
            default:
                return Integer.toString(value);
        }
    }
}
