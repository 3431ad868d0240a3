package io.netlink4j.nftables;

import io.netlink4j.core.codec.AttributeCursor;
import io.netlink4j.core.codec.MessageWriter;
import io.netlink4j.core.codec.NetlinkMessage;
import io.netlink4j.core.error.MalformedMessageException;
import io.netlink4j.nftables.expr.Expression;
import io.netlink4j.nftables.expr.Expressions;
import java.util.List;

import static io.netlink4j.nftables.NfTables.*;

/**
 * Encoders of the shared pieces (nfgenmsg, verdicts, element lists) and decoders of the kernel's
 * NEWTABLE / NEWCHAIN / NEWRULE / NEWSET / NEWSETELEM / NEWGEN messages into records. Decoders
 * raise only MalformedMessageException. Stateless, hence thread-safe.
 */
final class NftCodec {
    /** sizeof(struct nfgenmsg). */
    static final int NFGENMSG_LEN = 4;

    private NftCodec() {}

    /** nfnetlink message type of NFT_MSG_{@code msg}. */
    static int type(int msg) {
        return (NFNL_SUBSYS_NFTABLES << 8) | msg;
    }

    /** struct nfgenmsg {u8 family; u8 version; be16 res_id} for a command (res_id 0). */
    static void nfgen(MessageWriter out, int family) {
        out.u8(family).u8(NFNETLINK_V0).u16be(0);
    }

    static void putVerdict(MessageWriter out, Verdict v) {
        int nest = out.nestStartFlagged(NFTA_DATA_VERDICT);
        out.putU32Be(NFTA_VERDICT_CODE, v.code());
        if (v.chain() != null) {
            out.putString(NFTA_VERDICT_CHAIN, v.chain());
        }
        out.nestEnd(nest);
    }

    /** Writes NFTA_SET_ELEM_LIST_ELEMENTS holding {@code elements}. */
    static void putElements(MessageWriter out, List<SetElement> elements) {
        int list = out.nestStartFlagged(NFTA_SET_ELEM_LIST_ELEMENTS);
        for (int i = 0, n = elements.size(); i < n; i++) {
            elements.get(i).encode(out);
        }
        out.nestEnd(list);
    }

    // ------------------------------------------------------------------ decoders

    private static Family family(NetlinkMessage m) {
        try {
            return Family.ofNumber(m.payloadU8(0));
        } catch (MalformedMessageException e) {
            throw new MalformedMessageException("message type " + m.type() + " has unknown family " + m.payloadU8(0),
                    m.payloadIndex());
        }
    }

    private static String require(String value, String what, NetlinkMessage m) {
        if (value == null || value.isEmpty()) {
            throw new MalformedMessageException("nf_tables message type " + (m.type() & 0xff) + " without " + what,
                    m.start());
        }
        return value;
    }

    static int generation(NetlinkMessage m) {
        AttributeCursor c = m.attributes(NFGENMSG_LEN);
        if (!c.find(NFTA_GEN_ID)) {
            throw new MalformedMessageException("NFT_MSG_NEWGEN without NFTA_GEN_ID", m.start());
        }
        return c.u32be();
    }

    static Table table(NetlinkMessage m) {
        return decode(m, NftCodec::table0);
    }

    private static Table table0(NetlinkMessage m) {
        Family family = family(m);
        String name = null;
        int flags = 0;
        int use = 0;
        long handle = 0;
        AttributeCursor c = m.attributes(NFGENMSG_LEN);
        while (c.next()) {
            switch (c.type()) {
                case NFTA_TABLE_NAME: name = c.string(); break;
                case NFTA_TABLE_FLAGS: flags = c.u32be(); break;
                case NFTA_TABLE_USE: use = c.u32be(); break;
                case NFTA_TABLE_HANDLE: handle = c.u64be(); break;
                default: break;
            }
        }
        return new Table(family, require(name, "NFTA_TABLE_NAME", m), flags, handle, use);
    }

    static Chain chain(NetlinkMessage m) {
        return decode(m, NftCodec::chain0);
    }

    private static Chain chain0(NetlinkMessage m) {
        Family family = family(m);
        String table = null;
        String name = null;
        long handle = 0;
        int flags = 0;
        int use = 0;
        String type = null;
        Policy policy = null;
        int hookNum = -1;
        int priority = 0;
        String device = null;
        AttributeCursor c = m.attributes(NFGENMSG_LEN);
        while (c.next()) {
            switch (c.type()) {
                case NFTA_CHAIN_TABLE: table = c.string(); break;
                case NFTA_CHAIN_NAME: name = c.string(); break;
                case NFTA_CHAIN_HANDLE: handle = c.u64be(); break;
                case NFTA_CHAIN_FLAGS: flags = c.u32be(); break;
                case NFTA_CHAIN_USE: use = c.u32be(); break;
                case NFTA_CHAIN_TYPE: type = c.string(); break;
                case NFTA_CHAIN_POLICY: policy = Policy.ofVerdict(c.u32be()); break;
                case NFTA_CHAIN_HOOK: {
                    AttributeCursor h = c.nested();
                    while (h.next()) {
                        switch (h.type()) {
                            case NFTA_HOOK_HOOKNUM: hookNum = h.u32be(); break;
                            case NFTA_HOOK_PRIORITY: priority = h.u32be(); break;
                            case NFTA_HOOK_DEV: device = h.string(); break;
                            case NFTA_HOOK_DEVS: {
                                AttributeCursor d = h.nested();
                                if (device == null && d.next()) {
                                    device = d.string(); // several devices: the first one
                                }
                                break;
                            }
                            default: break;
                        }
                    }
                    break;
                }
                default: break;
            }
        }
        require(table, "NFTA_CHAIN_TABLE", m);
        require(name, "NFTA_CHAIN_NAME", m);
        BaseChain base = null;
        if (hookNum >= 0) {
            ChainType t = ChainType.ofName(require(type, "NFTA_CHAIN_TYPE", m));
            base = new BaseChain(t, Hook.of(family, hookNum), priority, policy == null ? Policy.ACCEPT : policy,
                    device == null || device.isEmpty() ? null : device);
        }
        return new Chain(family, table, name, handle, base, flags, use);
    }

    static Rule rule(NetlinkMessage m) {
        return decode(m, NftCodec::rule0);
    }

    private static Rule rule0(NetlinkMessage m) {
        Family family = family(m);
        String table = null;
        String chain = null;
        long handle = 0;
        long position = 0;
        List<Expression> exprs = List.of();
        String comment = null;
        AttributeCursor c = m.attributes(NFGENMSG_LEN);
        while (c.next()) {
            switch (c.type()) {
                case NFTA_RULE_TABLE: table = c.string(); break;
                case NFTA_RULE_CHAIN: chain = c.string(); break;
                case NFTA_RULE_HANDLE: handle = c.u64be(); break;
                case NFTA_RULE_POSITION: position = c.u64be(); break;
                case NFTA_RULE_EXPRESSIONS: exprs = Expressions.decodeList(c.nested()); break;
                case NFTA_RULE_USERDATA: comment = UserData.string(c, UserData.RULE_COMMENT); break;
                default: break;
            }
        }
        if (comment != null && Names.utf8Length(comment) > UserData.MAX_COMMENT_BYTES) {
            comment = null; // not one nft could have written; keep the rule readable
        }
        return new Rule(family, require(table, "NFTA_RULE_TABLE", m), require(chain, "NFTA_RULE_CHAIN", m),
                handle, position, exprs, comment);
    }

    static NftSet set(NetlinkMessage m) {
        return decode(m, NftCodec::set0);
    }

    private static NftSet set0(NetlinkMessage m) {
        Family family = family(m);
        String table = null;
        String name = null;
        long handle = 0;
        int flags = 0;
        int keyType = 0;
        int keyLen = 0;
        int dataType = 0;
        int dataLen = 0;
        String comment = null;
        AttributeCursor c = m.attributes(NFGENMSG_LEN);
        while (c.next()) {
            switch (c.type()) {
                case NFTA_SET_TABLE: table = c.string(); break;
                case NFTA_SET_NAME: name = c.string(); break;
                case NFTA_SET_HANDLE: handle = c.u64be(); break;
                case NFTA_SET_FLAGS: flags = c.u32be(); break;
                case NFTA_SET_KEY_TYPE: keyType = c.u32be(); break;
                case NFTA_SET_KEY_LEN: keyLen = c.u32be(); break;
                case NFTA_SET_DATA_TYPE: dataType = c.u32be(); break;
                case NFTA_SET_DATA_LEN: dataLen = c.u32be(); break;
                case NFTA_SET_USERDATA: comment = UserData.string(c, UserData.SET_COMMENT); break;
                default: break;
            }
        }
        if (keyLen <= 0 || keyLen > NFT_DATA_VALUE_MAXLEN || dataLen < 0 || dataLen > NFT_DATA_VALUE_MAXLEN) {
            throw new MalformedMessageException("set " + name + " with key length " + keyLen + " and data length " + dataLen,
                    m.start());
        }
        if (comment != null && Names.utf8Length(comment) > UserData.MAX_SET_COMMENT_BYTES) {
            comment = null;
        }
        return new NftSet(family, require(table, "NFTA_SET_TABLE", m), require(name, "NFTA_SET_NAME", m), handle,
                flags, keyType, keyLen, dataType, dataLen, comment);
    }

    /** Adds the elements of one NEWSETELEM message to {@code out}. */
    static void elements(NetlinkMessage m, List<SetElement> out) {
        decode(m, msg -> {
            elements0(msg, out);
            return null;
        });
    }

    private static void elements0(NetlinkMessage m, List<SetElement> out) {
        AttributeCursor c = m.attributes(NFGENMSG_LEN);
        if (!c.find(NFTA_SET_ELEM_LIST_ELEMENTS)) {
            return;
        }
        AttributeCursor list = c.nested();
        while (list.next()) {
            if (list.type() == NFTA_LIST_ELEM) {
                out.add(element(list.nested()));
            }
        }
    }

    private static SetElement element(AttributeCursor e) {
        byte[] key = null;
        byte[] keyEnd = null;
        int flags = 0;
        byte[] data = null;
        Verdict verdict = null;
        while (e.next()) {
            switch (e.type()) {
                case NFTA_SET_ELEM_KEY: key = value(e.nested()); break;
                case NFTA_SET_ELEM_KEY_END: keyEnd = value(e.nested()); break;
                case NFTA_SET_ELEM_FLAGS: flags = e.u32be(); break;
                case NFTA_SET_ELEM_DATA: {
                    AttributeCursor d = e.nested();
                    while (d.next()) {
                        if (d.type() == NFTA_DATA_VALUE) {
                            data = d.bytes();
                        } else if (d.type() == NFTA_DATA_VERDICT) {
                            verdict = verdict(d.nested(), d.attributeIndex());
                        }
                    }
                    break;
                }
                default: break;
            }
        }
        if (key == null) {
            key = new byte[0]; // the catch-all element has no key
        }
        return new SetElement(key, keyEnd, flags, data, verdict);
    }

    private static byte[] value(AttributeCursor c) {
        return c.find(NFTA_DATA_VALUE) ? c.bytes() : new byte[0];
    }

    static Verdict verdict(AttributeCursor v, int at) {
        Integer code = null;
        String chain = null;
        while (v.next()) {
            if (v.type() == NFTA_VERDICT_CODE) {
                code = v.u32be();
            } else if (v.type() == NFTA_VERDICT_CHAIN) {
                chain = v.string();
            }
        }
        if (code == null) {
            throw new MalformedMessageException("verdict without NFTA_VERDICT_CODE", at);
        }
        try {
            return new Verdict(code, code == NFT_JUMP || code == NFT_GOTO ? chain : null);
        } catch (IllegalArgumentException bad) {
            throw new MalformedMessageException("bad verdict: " + bad.getMessage(), at);
        }
    }

    /** Runs a decoder, turning a value the records refuse (a name too long...) into MalformedMessageException. */
    static <T> T decode(NetlinkMessage m, java.util.function.Function<NetlinkMessage, T> decoder) {
        try {
            return decoder.apply(m);
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new MalformedMessageException("nf_tables message type " + (m.type() & 0xff) + " does not decode: "
                    + e.getMessage(), m.start());
        }
    }
}
