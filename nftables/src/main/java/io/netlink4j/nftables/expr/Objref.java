package io.netlink4j.nftables.expr;

import io.netlink4j.core.codec.AttributeCursor;
import io.netlink4j.core.codec.MessageWriter;
import io.netlink4j.nftables.AnonymousSet;
import io.netlink4j.nftables.NfTables;
import io.netlink4j.nftables.SetReference;

/**
 * The {@code objref} expression: applies a named stateful object ({@code counter name c1},
 * {@code quota name q}, {@code ct helper set "ftp"}...), given directly (type + name) or
 * looked up in an object map by the key in {@code setSreg}. Immutable, hence thread-safe.
 *
 * <p>As a {@link SetReference} an object-map lookup names its map only ({@link #anonymousSet()}
 * is null; {@link #set()} is null for a direct reference): a transaction copying a listed rule
 * rebinds it to the copy of the rule's anonymous map.
 *
 * <pre>{@code [ objref type 1 name c1 ]}       counter name c1
 * {@code [ objref sreg 1 set __objmap%d ]}</pre>
 *
 * @param type    NFT_OBJECT_* of a direct reference, else 0
 * @param name    object name of a direct reference, else null
 * @param setSreg register with the map key, else 0
 * @param set     object map name, else null
 * @param setId   batch-local id of the map, or 0 (not sent)
 */
public record Objref(int type, String name, int setSreg, String set, int setId) implements SetReference {
    public static final String NAME = "objref";

    public Objref {
        if ((name == null) == (set == null)) {
            throw new IllegalArgumentException("objref names an object or an object map, exactly one of them");
        }
        Attr.requireRegister("sreg", setSreg);
    }

    /** A direct reference to object {@code name} of type {@code type} (NFT_OBJECT_COUNTER...). */
    public static Objref of(int type, String name) {
        return new Objref(type, name, 0, null, 0);
    }

    /** Always null: objref names its map, it carries none. */
    @Override
    public AnonymousSet anonymousSet() {
        return null;
    }

    /**
     * This object-map lookup pointing at map {@code name} with batch-local id {@code setId};
     * IllegalStateException for a direct reference, which names no map.
     */
    @Override
    public Objref bindSet(String name, int setId) {
        if (set == null) {
            throw new IllegalStateException("a direct object reference names no map: " + this);
        }
        return new Objref(0, null, setSreg, name, setId);
    }

    @Override
    public String kind() {
        return NAME;
    }

    @Override
    public void encode(MessageWriter out) {
        if (name != null) {
            out.putU32Be(NfTables.NFTA_OBJREF_IMM_TYPE, type);
            out.putUnterminatedString(NfTables.NFTA_OBJREF_IMM_NAME, name); // nft sends object names without a NUL
        } else {
            out.putU32Be(NfTables.NFTA_OBJREF_SET_SREG, setSreg);
            out.putUnterminatedString(NfTables.NFTA_OBJREF_SET_NAME, set);
            if (setId != 0) {
                out.putU32Be(NfTables.NFTA_OBJREF_SET_ID, setId);
            }
        }
    }

    public static Objref decode(AttributeCursor c) {
        Integer type = null;
        String name = null;
        Integer sreg = null;
        String set = null;
        int setId = 0;
        while (c.next()) {
            switch (c.type()) {
                case NfTables.NFTA_OBJREF_IMM_TYPE -> type = Attr.be32(c);
                case NfTables.NFTA_OBJREF_IMM_NAME -> name = Attr.bareOrTerminatedString(c);
                case NfTables.NFTA_OBJREF_SET_SREG -> sreg = Attr.be32(c);
                case NfTables.NFTA_OBJREF_SET_NAME -> set = Attr.bareOrTerminatedString(c);
                case NfTables.NFTA_OBJREF_SET_ID -> setId = Attr.be32(c);
                default -> throw Attr.unrepresentable();
            }
        }
        boolean direct = type != null && name != null && sreg == null && set == null && setId == 0;
        boolean map = type == null && name == null && sreg != null && set != null;
        if (!direct && !map) {
            throw Attr.unrepresentable();
        }
        return direct ? new Objref(type, name, 0, null, 0) : new Objref(0, null, sreg, set, setId);
    }

    @Override
    public String toString() {
        return name != null
                ? "[ objref type " + type + " name " + name + " ]"
                : "[ objref sreg " + setSreg + " set " + set + " ]";
    }
}
