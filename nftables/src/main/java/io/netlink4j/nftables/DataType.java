package io.netlink4j.nftables;

import java.util.Optional;

/**
 * The datatypes of {@code nft} that sets and maps use, with nft's own ids (NFTA_SET_KEY_TYPE
 * and NFTA_SET_DATA_TYPE carry them; the kernel stores them for nft to print elements), their
 * length in bytes and the byte order nft records for them. Thread-safe (an enum).
 */
public enum DataType {
    /** Verdicts: map data only ({@code : verdict}). */
    VERDICT(1, "verdict", 0, 0),
    IPV4_ADDR(7, "ipv4_addr", 4, 2),
    IPV6_ADDR(8, "ipv6_addr", 16, 2),
    ETHER_ADDR(9, "ether_addr", 6, 2),
    INET_PROTO(12, "inet_proto", 1, 2),
    INET_SERVICE(13, "inet_service", 2, 2),
    MARK(19, "mark", 4, 1),
    IFACE_INDEX(20, "iface_index", 4, 1),
    IFNAME(41, "ifname", 16, 1);

    /** nft's BYTEORDER_HOST_ENDIAN. */
    static final int HOST_ENDIAN = 1;
    /** nft's BYTEORDER_BIG_ENDIAN. */
    static final int BIG_ENDIAN = 2;

    private final int id;
    private final String nftName;
    private final int length;
    private final int byteOrder;

    DataType(int id, String nftName, int length, int byteOrder) {
        this.id = id;
        this.nftName = nftName;
        this.length = length;
        this.byteOrder = byteOrder;
    }

    /** nft's datatype id. */
    public int id() {
        return id;
    }

    /** nft's name ({@code ipv4_addr}). */
    public String nftName() {
        return nftName;
    }

    /** Bytes of a value (0 for verdicts). */
    public int length() {
        return length;
    }

    /** nft's byte order code for the set's user data (1 host, 2 big endian, 0 none). */
    int byteOrder() {
        return byteOrder;
    }

    private static final DataType[] VALUES = values();

    /** nft's byte order code of datatype {@code id}, 0 if unknown (no Optional: used on the encode path). */
    static int byteOrderOf(int id) {
        for (DataType t : VALUES) {
            if (t.id == id) {
                return t.byteOrder;
            }
        }
        return 0;
    }

    /** The datatype with nft id {@code id}, if netlink4j knows it. */
    public static Optional<DataType> ofId(int id) {
        for (DataType t : values()) {
            if (t.id == id) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return nftName;
    }
}
