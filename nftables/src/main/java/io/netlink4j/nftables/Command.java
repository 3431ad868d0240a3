package io.netlink4j.nftables;

import io.netlink4j.core.codec.MessageWriter;
import io.netlink4j.core.codec.Netlink;
import io.netlink4j.core.socket.MessageEncoder;
import io.netlink4j.nftables.expr.Expression;
import io.netlink4j.nftables.expr.Expressions;
import java.util.List;

import static io.netlink4j.nftables.NfTables.*;

/**
 * One message of a batch: its NFT_MSG_* type, header flags, body, and the words that name it
 * in errors ("add rule inet filter forward ..."). Each command is its own encoder, so a commit
 * writes the whole batch straight into the socket's send buffer. Immutable.
 */
sealed interface Command extends MessageEncoder {
    /** NFT_MSG_* of this command. */
    int msg();

    /** Header flags besides NLM_F_REQUEST and NLM_F_ACK. */
    int flags();

    /** What this command does, in nft's words. */
    String describe();

    /** The attribute names of this message type, for the kernel's NLMSGERR_ATTR_OFFS. */
    default String attributeName(int type) {
        return AttributeNames.name(msg(), type);
    }

    record NewTable(Family family, String name, int tableFlags, boolean exclusive) implements Command {
        public int msg() {
            return NFT_MSG_NEWTABLE;
        }

        public int flags() {
            // nft's "add table" sends no NLM_F_CREATE; "create table" adds CREATE|EXCL
            return exclusive ? Netlink.NLM_F_CREATE | Netlink.NLM_F_EXCL : 0;
        }

        public void encode(MessageWriter out) {
            NftCodec.nfgen(out, family.number());
            out.putString(NFTA_TABLE_NAME, name);
            out.putU32Be(NFTA_TABLE_FLAGS, tableFlags);
        }

        public String describe() {
            return (exclusive ? "create" : "add") + " table " + family + " " + name
                    + ((tableFlags & NFT_TABLE_F_DORMANT) != 0 ? " { flags dormant; }" : "");
        }
    }

    record DeleteTable(Family family, String name) implements Command {
        public int msg() {
            return NFT_MSG_DELTABLE;
        }

        public int flags() {
            return 0;
        }

        public void encode(MessageWriter out) {
            NftCodec.nfgen(out, family.number());
            out.putString(NFTA_TABLE_NAME, name);
        }

        public String describe() {
            return "delete table " + family + " " + name;
        }
    }

    /** {@code flush table}: NFT_MSG_DELRULE naming only the table. */
    record FlushTable(Family family, String name) implements Command {
        public int msg() {
            return NFT_MSG_DELRULE;
        }

        public int flags() {
            return 0;
        }

        public void encode(MessageWriter out) {
            NftCodec.nfgen(out, family.number());
            out.putString(NFTA_RULE_TABLE, name);
        }

        public String describe() {
            return "flush table " + family + " " + name;
        }
    }

    record NewChain(Family family, String table, String name, BaseChain base, boolean exclusive) implements Command {
        public int msg() {
            return NFT_MSG_NEWCHAIN;
        }

        public int flags() {
            return Netlink.NLM_F_CREATE | (exclusive ? Netlink.NLM_F_EXCL : 0);
        }

        public void encode(MessageWriter out) {
            NftCodec.nfgen(out, family.number());
            out.putString(NFTA_CHAIN_TABLE, table);
            out.putString(NFTA_CHAIN_NAME, name);
            if (base != null) {
                out.putString(NFTA_CHAIN_TYPE, base.type().nftName());
                if (base.policy() != null) {
                    out.putU32Be(NFTA_CHAIN_POLICY, base.policy().verdict());
                }
                int hook = out.nestStartFlagged(NFTA_CHAIN_HOOK);
                out.putU32Be(NFTA_HOOK_HOOKNUM, base.hook().number(family));
                out.putU32Be(NFTA_HOOK_PRIORITY, base.priority());
                if (base.device() != null) {
                    out.putString(NFTA_HOOK_DEV, base.device());
                }
                out.nestEnd(hook);
            }
        }

        public String describe() {
            return (exclusive ? "create" : "add") + " chain " + family + " " + table + " " + name
                    + (base != null ? " { " + base.describe(family) + " }" : "");
        }
    }

    record DeleteChain(Family family, String table, String name) implements Command {
        public int msg() {
            return NFT_MSG_DELCHAIN;
        }

        public int flags() {
            return 0;
        }

        public void encode(MessageWriter out) {
            NftCodec.nfgen(out, family.number());
            out.putString(NFTA_CHAIN_TABLE, table);
            out.putString(NFTA_CHAIN_NAME, name);
        }

        public String describe() {
            return "delete chain " + family + " " + table + " " + name;
        }
    }

    /** {@code flush chain}: NFT_MSG_DELRULE naming the table and chain. */
    record FlushChain(Family family, String table, String name) implements Command {
        public int msg() {
            return NFT_MSG_DELRULE;
        }

        public int flags() {
            return 0;
        }

        public void encode(MessageWriter out) {
            NftCodec.nfgen(out, family.number());
            out.putString(NFTA_RULE_TABLE, table);
            out.putString(NFTA_RULE_CHAIN, name);
        }

        public String describe() {
            return "flush chain " + family + " " + table + " " + name;
        }
    }

    /** {@code rename chain}: NFT_MSG_NEWCHAIN with the chain's handle and its new name. */
    record RenameChain(Family family, String table, String name, long handle, String newName) implements Command {
        public int msg() {
            return NFT_MSG_NEWCHAIN;
        }

        public int flags() {
            return 0;
        }

        public void encode(MessageWriter out) {
            NftCodec.nfgen(out, family.number());
            out.putString(NFTA_CHAIN_TABLE, table);
            out.putString(NFTA_CHAIN_NAME, newName);
            out.putU64Be(NFTA_CHAIN_HANDLE, handle);
        }

        public String describe() {
            return "rename chain " + family + " " + table + " " + (name != null ? name : "handle " + handle)
                    + " " + newName;
        }

        RenameChain withHandle(long h) {
            return new RenameChain(family, table, name, h, newName);
        }
    }

    enum Placement {
        /** nft add rule: at the end, or after {@code position}. */
        APPEND,
        /** nft insert rule: at the start, or before {@code position}. */
        INSERT,
        /** nft replace rule: in place of the rule with handle {@code position}. */
        REPLACE
    }

    /**
     * NFT_MSG_NEWRULE; the rule's expressions already point at the batch's anonymous sets, and
     * {@code text} is the rule as the user wrote it (with its inline sets) for messages.
     */
    record NewRule(Rule rule, Placement placement, long ref, String text) implements Command {
        public int msg() {
            return NFT_MSG_NEWRULE;
        }

        public int flags() {
            switch (placement) {
                case APPEND: return Netlink.NLM_F_CREATE | Netlink.NLM_F_APPEND;
                case INSERT: return Netlink.NLM_F_CREATE;
                default: return Netlink.NLM_F_REPLACE;
            }
        }

        public void encode(MessageWriter out) {
            NftCodec.nfgen(out, rule.family().number());
            out.putString(NFTA_RULE_TABLE, rule.table());
            out.putString(NFTA_RULE_CHAIN, rule.chain());
            if (placement == Placement.REPLACE) {
                out.putU64Be(NFTA_RULE_HANDLE, ref);
            }
            // the same list Expressions.encodeList writes, walked by index: no iterator per rule
            int list = out.nestStartFlagged(NFTA_RULE_EXPRESSIONS);
            List<Expression> exprs = rule.expressions();
            for (int i = 0, n = exprs.size(); i < n; i++) {
                Expressions.encode(out, exprs.get(i));
            }
            out.nestEnd(list);
            if (placement != Placement.REPLACE && ref != 0) {
                out.putU64Be(NFTA_RULE_POSITION, ref);
            }
            if (rule.comment() != null) {
                UserData.putRuleComment(out, NFTA_RULE_USERDATA, rule.comment());
            }
        }

        public String describe() {
            String where = rule.family() + " " + rule.table() + " " + rule.chain();
            String text = this.text != null ? this.text : rule.text();
            switch (placement) {
                case APPEND:
                    return "add rule " + where + (ref != 0 ? " position " + ref : "") + " " + text;
                case INSERT:
                    return "insert rule " + where + (ref != 0 ? " position " + ref : "") + " " + text;
                default:
                    return "replace rule " + where + " handle " + ref + " " + text;
            }
        }
    }

    record DeleteRule(Family family, String table, String chain, long handle) implements Command {
        public int msg() {
            return NFT_MSG_DELRULE;
        }

        public int flags() {
            return 0;
        }

        public void encode(MessageWriter out) {
            NftCodec.nfgen(out, family.number());
            out.putString(NFTA_RULE_TABLE, table);
            out.putString(NFTA_RULE_CHAIN, chain);
            out.putU64Be(NFTA_RULE_HANDLE, handle);
        }

        public String describe() {
            return "delete rule " + family + " " + table + " " + chain + " handle " + handle;
        }
    }

    /** NFT_MSG_NEWSET of a named set, with a batch-local id (NFTA_SET_ID) as nft gives one. */
    record NewSet(NftSet set, int id, boolean exclusive) implements Command {
        public int msg() {
            return NFT_MSG_NEWSET;
        }

        public int flags() {
            return Netlink.NLM_F_CREATE | (exclusive ? Netlink.NLM_F_EXCL : 0);
        }

        public void encode(MessageWriter out) {
            NftCodec.nfgen(out, set.family().number());
            out.putString(NFTA_SET_TABLE, set.table());
            out.putString(NFTA_SET_NAME, set.name());
            out.putU32Be(NFTA_SET_FLAGS, set.flags());
            out.putU32Be(NFTA_SET_KEY_TYPE, set.keyType());
            out.putU32Be(NFTA_SET_KEY_LEN, set.keyLength());
            if (set.isMap()) {
                out.putU32Be(NFTA_SET_DATA_TYPE, set.dataType());
                out.putU32Be(NFTA_SET_DATA_LEN, set.dataLength());
            }
            out.putU32Be(NFTA_SET_ID, id);
            int keyOrder = DataType.byteOrderOf(set.keyType());
            int dataOrder = set.isMap() && !set.isVerdictMap() ? DataType.byteOrderOf(set.dataType()) : 0;
            UserData.putSet(out, NFTA_SET_USERDATA, keyOrder, set.isMap(), dataOrder, set.comment());
        }

        public String describe() {
            return (exclusive ? "create " : "add ") + set;
        }
    }

    /**
     * NFT_MSG_NEWSET of a rule's inline set: name {@code __set%d} (the kernel picks the number),
     * NFT_SET_ANONYMOUS|NFT_SET_CONSTANT, its size, and the batch-local id the rule refers to.
     */
    record NewAnonymousSet(Family family, String table, AnonymousSet set, int id, String ruleText) implements Command {
        static final String NAME = "__set%d";
        /** nft names inline maps ({@code vmap { ... }}) apart from inline sets. */
        static final String MAP_NAME = "__map%d";

        /** The name template nft gives {@code set}: {@code __map%d} for a map, else {@code __set%d}. */
        static String nameOf(AnonymousSet set) {
            return (set.flags() & NFT_SET_MAP) != 0 ? MAP_NAME : NAME;
        }

        public int msg() {
            return NFT_MSG_NEWSET;
        }

        public int flags() {
            return Netlink.NLM_F_CREATE;
        }

        public void encode(MessageWriter out) {
            NftCodec.nfgen(out, family.number());
            out.putString(NFTA_SET_TABLE, table);
            out.putString(NFTA_SET_NAME, nameOf(set));
            out.putU32Be(NFTA_SET_FLAGS, set.flags() | NFT_SET_ANONYMOUS | NFT_SET_CONSTANT);
            out.putU32Be(NFTA_SET_KEY_TYPE, set.keyType());
            out.putU32Be(NFTA_SET_KEY_LEN, set.keyLength());
            if ((set.flags() & NFT_SET_MAP) != 0) {
                out.putU32Be(NFTA_SET_DATA_TYPE, set.dataType());
                out.putU32Be(NFTA_SET_DATA_LEN, set.dataLength());
            }
            out.putU32Be(NFTA_SET_ID, id);
            int desc = out.nestStartFlagged(NFTA_SET_DESC);
            out.putU32Be(NFTA_SET_DESC_SIZE, set.elements().size());
            out.nestEnd(desc);
            int keyOrder = DataType.byteOrderOf(set.keyType());
            if (keyOrder != 0) {
                boolean map = (set.flags() & NFT_SET_MAP) != 0;
                int dataOrder = set.dataType() == NFT_DATA_VERDICT ? 0 : DataType.byteOrderOf(set.dataType());
                UserData.putSet(out, NFTA_SET_USERDATA, keyOrder, map, dataOrder, null);
            }
        }

        public String describe() {
            return "add anonymous set " + family + " " + table + " " + nameOf(set) + " (id " + id + ", " + set.elements().size()
                    + " elements) for rule " + ruleText;
        }
    }

    /**
     * NFT_MSG_NEWSET of a listed anonymous set created again for a copied rule: its listed
     * attributes verbatim, under its name template ({@code __set%d}, {@code __map%d}...) and
     * the batch-local id the rule refers to.
     */
    record NewRawSet(Family family, String table, RawSet set, int id, String ruleText) implements Command {
        public int msg() {
            return NFT_MSG_NEWSET;
        }

        public int flags() {
            return Netlink.NLM_F_CREATE;
        }

        public void encode(MessageWriter out) {
            NftCodec.nfgen(out, family.number());
            out.putString(NFTA_SET_TABLE, table);
            out.putString(NFTA_SET_NAME, set.template());
            set.putAttributes(out);
            out.putU32Be(NFTA_SET_ID, id);
        }

        public String describe() {
            return "add anonymous set " + family + " " + table + " " + set.template() + " (id " + id + ", copy of "
                    + set.name() + ", " + set.elementCount() + " elements) for rule " + ruleText;
        }
    }

    /** NFT_MSG_NEWSETELEM of elements {@code from..to-1} of a listed set created in the same batch (id {@code setId}). */
    record RawSetElements(Family family, String table, RawSet set, int setId, int from, int to) implements Command {
        public int msg() {
            return NFT_MSG_NEWSETELEM;
        }

        public int flags() {
            return Netlink.NLM_F_CREATE;
        }

        public void encode(MessageWriter out) {
            NftCodec.nfgen(out, family.number());
            out.putString(NFTA_SET_ELEM_LIST_TABLE, table);
            out.putString(NFTA_SET_ELEM_LIST_SET, set.template());
            out.putU32Be(NFTA_SET_ELEM_LIST_SET_ID, setId);
            set.putElements(out, from, to);
        }

        public String describe() {
            int n = to - from;
            return "add element " + family + " " + table + " " + set.template() + " (id " + setId + ") { " + n
                    + (n == 1 ? " element }" : " elements }");
        }
    }

    record DeleteSet(Family family, String table, String name) implements Command {
        public int msg() {
            return NFT_MSG_DELSET;
        }

        public int flags() {
            return 0;
        }

        public void encode(MessageWriter out) {
            NftCodec.nfgen(out, family.number());
            out.putString(NFTA_SET_TABLE, table);
            out.putString(NFTA_SET_NAME, name);
        }

        public String describe() {
            return "delete set " + family + " " + table + " " + name;
        }
    }

    /**
     * NFT_MSG_NEWSETELEM (or DELSETELEM when {@code delete}); {@code setId} non-zero when the set
     * is created in the same batch (the kernel finds it by name, or by this id for anonymous sets).
     */
    record SetElements(Family family, String table, String set, int setId, List<SetElement> elements,
                       boolean delete) implements Command {
        public int msg() {
            return delete ? NFT_MSG_DELSETELEM : NFT_MSG_NEWSETELEM;
        }

        public int flags() {
            return delete ? 0 : Netlink.NLM_F_CREATE;
        }

        public void encode(MessageWriter out) {
            NftCodec.nfgen(out, family.number());
            out.putString(NFTA_SET_ELEM_LIST_TABLE, table);
            out.putString(NFTA_SET_ELEM_LIST_SET, set);
            if (setId != 0) {
                out.putU32Be(NFTA_SET_ELEM_LIST_SET_ID, setId);
            }
            NftCodec.putElements(out, elements);
        }

        public String describe() {
            return (delete ? "delete element " : "add element ") + family + " " + table + " " + set + " { "
                    + elements.size() + (elements.size() == 1 ? " element }" : " elements }");
        }
    }

    /** {@code flush ruleset}: NFT_MSG_DELTABLE for family NFPROTO_UNSPEC without attributes, as nft sends it. */
    record FlushRuleset() implements Command {
        public int msg() {
            return NFT_MSG_DELTABLE;
        }

        public int flags() {
            return 0;
        }

        public void encode(MessageWriter out) {
            NftCodec.nfgen(out, 0);
        }

        public String describe() {
            return "flush ruleset";
        }
    }

    /** {@code flush set}: NFT_MSG_DELSETELEM without elements. */
    record FlushSet(Family family, String table, String set) implements Command {
        public int msg() {
            return NFT_MSG_DELSETELEM;
        }

        public int flags() {
            return 0;
        }

        public void encode(MessageWriter out) {
            NftCodec.nfgen(out, family.number());
            out.putString(NFTA_SET_ELEM_LIST_TABLE, table);
            out.putString(NFTA_SET_ELEM_LIST_SET, set);
        }

        public String describe() {
            return "flush set " + family + " " + table + " " + set;
        }
    }
}
