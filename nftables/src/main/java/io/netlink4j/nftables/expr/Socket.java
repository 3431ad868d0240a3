package io.netlink4j.nftables.expr;

import io.netlink4j.core.codec.AttributeCursor;
import io.netlink4j.core.codec.MessageWriter;
import io.netlink4j.nftables.NfTables;

/**
 * The {@code socket} expression: loads a property of the local socket the packet belongs to
 * ({@code transparent}, {@code mark}, {@code wildcard}, {@code cgroupv2 level N}). Immutable,
 * hence thread-safe.
 *
 * <pre>{@code [ socket load transparent => reg 1 ]}</pre>
 *
 * @param key   NFT_SOCKET_TRANSPARENT (0), MARK (1), WILDCARD (2), CGROUPV2 (3)
 * @param dreg  register loaded
 * @param level cgroup v2 ancestor level; null when not sent
 */
public record Socket(int key, int dreg, Integer level) implements Expression {
    public static final String NAME = "socket";

    private static final String[] KEYS = {"transparent", "mark", "wildcard", "cgroupv2"};

    public Socket {
        Attr.requireRegister("dreg", dreg);
    }

    @Override
    public String kind() {
        return NAME;
    }

    @Override
    public void encode(MessageWriter out) {
        out.putU32Be(NfTables.NFTA_SOCKET_KEY, key);
        out.putU32Be(NfTables.NFTA_SOCKET_DREG, dreg);
        if (level != null) {
            out.putU32Be(NfTables.NFTA_SOCKET_LEVEL, level);
        }
    }

    public static Socket decode(AttributeCursor c) {
        Integer key = null;
        Integer dreg = null;
        Integer level = null;
        while (c.next()) {
            switch (c.type()) {
                case NfTables.NFTA_SOCKET_KEY -> key = Attr.be32(c);
                case NfTables.NFTA_SOCKET_DREG -> dreg = Attr.be32(c);
                case NfTables.NFTA_SOCKET_LEVEL -> level = Attr.be32(c);
                default -> throw Attr.unrepresentable();
            }
        }
        if (key == null || dreg == null) {
            throw Attr.unrepresentable();
        }
        return new Socket(key, dreg, level);
    }

    @Override
    public String toString() {
        return "[ socket load " + (key >= 0 && key < KEYS.length ? KEYS[key] : "key " + key) + " => " + Attr.reg(dreg)
                + (level != null && level != 0 ? " level " + level : "") + " ]";
    }
}
