package io.netlink4j.nftables.expr;

import io.netlink4j.core.codec.AttributeCursor;
import io.netlink4j.core.codec.MessageWriter;
import io.netlink4j.nftables.NfTables;
import java.nio.charset.StandardCharsets;

/**
 * The {@code log} expression: logs the packet to the kernel log (syslog level, flags) or, with
 * a group, to nflog listeners. Every field is optional and sent only when set (null = not
 * sent): the kernel then applies its defaults (level warning). Immutable, hence thread-safe.
 *
 * <pre>{@code [ log prefix x ]}                        Log.prefix("x")
 * {@code [ log prefix pfx  group 2 snaplen 100 qthreshold 0 ]}</pre>
 *
 * @param prefix     text put before the log line (at most 127 bytes), or null
 * @param group      nflog group (switches to nflog), or null
 * @param snaplen    nflog: bytes of the packet copied, or null
 * @param qthreshold nflog: packets queued before sending, or null
 * @param level      syslog level 0..7 (8 = audit), or null
 * @param flags      NF_LOG_* flags (1 tcp sequence, 2 tcp options, 4 ip options, 8 uid,
 *                   0x20 mac decode), or null
 */
public record Log(String prefix, Integer group, Integer snaplen, Integer qthreshold, Integer level, Integer flags)
        implements Expression {
    public static final String NAME = "log";

    /** NF_LOG_PREFIXLEN - 1: the longest prefix the kernel keeps. */
    public static final int MAX_PREFIX = 127;

    public Log {
        if (prefix != null && prefix.getBytes(StandardCharsets.UTF_8).length > MAX_PREFIX) {
            throw new IllegalArgumentException("log prefix longer than " + MAX_PREFIX + " bytes: \"" + prefix + "\"");
        }
        if (group != null && (group < 0 || group > 0xffff)) {
            throw new IllegalArgumentException("log group out of range 0..65535: " + group);
        }
        if (qthreshold != null && (qthreshold < 0 || qthreshold > 0xffff)) {
            throw new IllegalArgumentException("log queue threshold out of range 0..65535: " + qthreshold);
        }
        if (level != null && (level < 0 || level > NfTables.NFT_LOGLEVEL_AUDIT)) {
            throw new IllegalArgumentException("log level out of range 0..8: " + level);
        }
    }

    /** {@code log} with the kernel's defaults. */
    public static Log plain() {
        return new Log(null, null, null, null, null, null);
    }

    /** {@code log prefix "PREFIX"}. */
    public static Log prefix(String prefix) {
        return new Log(prefix, null, null, null, null, null);
    }

    @Override
    public String kind() {
        return NAME;
    }

    @Override
    public void encode(MessageWriter out) {
        if (prefix != null) {
            out.putString(NfTables.NFTA_LOG_PREFIX, prefix);
        }
        if (group != null) {
            out.putU16Be(NfTables.NFTA_LOG_GROUP, group);
        }
        if (snaplen != null) {
            out.putU32Be(NfTables.NFTA_LOG_SNAPLEN, snaplen);
        }
        if (qthreshold != null) {
            out.putU16Be(NfTables.NFTA_LOG_QTHRESHOLD, qthreshold);
        }
        if (level != null) {
            out.putU32Be(NfTables.NFTA_LOG_LEVEL, level);
        }
        if (flags != null) {
            out.putU32Be(NfTables.NFTA_LOG_FLAGS, flags);
        }
    }

    public static Log decode(AttributeCursor c) {
        String prefix = null;
        Integer group = null;
        Integer snaplen = null;
        Integer qthreshold = null;
        Integer level = null;
        Integer flags = null;
        while (c.next()) {
            switch (c.type()) {
                case NfTables.NFTA_LOG_PREFIX -> prefix = Attr.string(c);
                case NfTables.NFTA_LOG_GROUP -> group = Attr.be16(c);
                case NfTables.NFTA_LOG_SNAPLEN -> snaplen = Attr.be32(c);
                case NfTables.NFTA_LOG_QTHRESHOLD -> qthreshold = Attr.be16(c);
                case NfTables.NFTA_LOG_LEVEL -> level = Attr.be32(c);
                case NfTables.NFTA_LOG_FLAGS -> flags = Attr.be32(c);
                default -> throw Attr.unrepresentable();
            }
        }
        return new Log(prefix, group, snaplen, qthreshold, level, flags);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("[ log");
        if (prefix != null) {
            sb.append(" prefix ").append(prefix);
        }
        if (group != null) {
            sb.append(" group ").append(group);
        }
        if (snaplen != null) {
            sb.append(" snaplen ").append(Integer.toUnsignedString(snaplen));
        }
        if (qthreshold != null) {
            sb.append(" qthreshold ").append(qthreshold);
        }
        if (level != null) {
            sb.append(" level ").append(level);
        }
        if (flags != null) {
            sb.append(" flags 0x").append(Integer.toHexString(flags));
        }
        return sb.append(" ]").toString();
    }
}
