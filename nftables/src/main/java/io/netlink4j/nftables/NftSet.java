package io.netlink4j.nftables;

import java.util.Optional;

/**
 * A named set or map of nf_tables (or, when listed, an anonymous one). Make one with
 * {@link #of}, {@link #map} or {@link #verdictMap}; the kernel's listing fills in the handle.
 * Immutable, hence thread-safe.
 *
 * <pre>{@code
 * NftSet.of(Family.IP, "filter", "blocked", DataType.IPV4_ADDR).interval()
 * NftSet.verdictMap(Family.INET, "filter", "by_port", DataType.INET_SERVICE)
 * }</pre>
 *
 * @param family     the table's family
 * @param table      the table's name
 * @param name       the set's name
 * @param handle     the kernel's handle (0 when not known)
 * @param flags      NFT_SET_* flags (INTERVAL, MAP, ANONYMOUS, CONSTANT, TIMEOUT...)
 * @param keyType    nft's datatype id of the keys ({@link DataType#id()})
 * @param keyLength  key bytes
 * @param dataType   for maps: {@link NfTables#NFT_DATA_VERDICT} for verdict maps, else nft's
 *                   datatype id of the values; 0 for sets
 * @param dataLength for maps with values: value bytes; else 0
 * @param comment    the set's comment, or null
 */
public record NftSet(Family family, String table, String name, long handle, int flags,
                     int keyType, int keyLength, int dataType, int dataLength, String comment) {
    public NftSet {
        if (family == null) {
            throw new IllegalArgumentException("set family is null");
        }
        Names.check("table", table);
        Names.check("set", name);
        if (keyLength <= 0 || keyLength > NfTables.NFT_DATA_VALUE_MAXLEN) {
            throw new IllegalArgumentException("set " + name + ": key length " + keyLength + " is not in 1.."
                    + NfTables.NFT_DATA_VALUE_MAXLEN);
        }
        if (dataLength < 0 || dataLength > NfTables.NFT_DATA_VALUE_MAXLEN) {
            throw new IllegalArgumentException("set " + name + ": data length " + dataLength + " is out of range");
        }
        UserData.checkComment(comment, UserData.MAX_SET_COMMENT_BYTES);
    }

    /** A set of {@code key} values. */
    public static NftSet of(Family family, String table, String name, DataType key) {
        requireValueType(key);
        return new NftSet(family, table, name, 0, 0, key.id(), key.length(), 0, 0, null);
    }

    /** A map from {@code key} to {@code value} values (e.g. addresses for {@code dnat to ... map}). */
    public static NftSet map(Family family, String table, String name, DataType key, DataType value) {
        requireValueType(key);
        if (value == DataType.VERDICT) {
            return verdictMap(family, table, name, key);
        }
        return new NftSet(family, table, name, 0, NfTables.NFT_SET_MAP, key.id(), key.length(), value.id(), value.length(), null);
    }

    /** A verdict map ({@code vmap}): {@code key : accept}, {@code key : jump chain}... */
    public static NftSet verdictMap(Family family, String table, String name, DataType key) {
        requireValueType(key);
        return new NftSet(family, table, name, 0, NfTables.NFT_SET_MAP, key.id(), key.length(), NfTables.NFT_DATA_VERDICT, 0, null);
    }

    private static void requireValueType(DataType key) {
        if (key == null || key == DataType.VERDICT) {
            throw new IllegalArgumentException("a set key must be a value type, not " + key);
        }
    }

    /** The same set with {@code moreFlags} added (NFT_SET_INTERVAL, NFT_SET_TIMEOUT...). */
    public NftSet withFlags(int moreFlags) {
        return new NftSet(family, table, name, handle, flags | moreFlags, keyType, keyLength, dataType, dataLength, comment);
    }

    /** The same set holding intervals ({@code flags interval}): prefixes and ranges. */
    public NftSet interval() {
        return withFlags(NfTables.NFT_SET_INTERVAL);
    }

    /** The same set with comment {@code c}. */
    public NftSet withComment(String c) {
        return new NftSet(family, table, name, handle, flags, keyType, keyLength, dataType, dataLength, c);
    }

    public boolean isMap() {
        return (flags & NfTables.NFT_SET_MAP) != 0;
    }

    public boolean isVerdictMap() {
        return isMap() && dataType == NfTables.NFT_DATA_VERDICT;
    }

    public boolean isInterval() {
        return (flags & NfTables.NFT_SET_INTERVAL) != 0;
    }

    /** True for the sets the kernel made for an inline {@code { ... }} of a rule. */
    public boolean isAnonymous() {
        return (flags & NfTables.NFT_SET_ANONYMOUS) != 0;
    }

    /** The key datatype, when netlink4j knows nft's id. */
    public Optional<DataType> keyDataType() {
        return DataType.ofId(keyType);
    }

    /** The value datatype of a map ({@link DataType#VERDICT} for verdict maps). */
    public Optional<DataType> dataDataType() {
        if (!isMap()) {
            return Optional.empty();
        }
        return dataType == NfTables.NFT_DATA_VERDICT ? Optional.of(DataType.VERDICT) : DataType.ofId(dataType);
    }

    private static String typeName(Optional<DataType> t, int id) {
        return t.map(DataType::nftName).orElse("type " + id);
    }

    /** As nft declares it: {@code set ip t blocked { type ipv4_addr; flags interval; }}. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(isMap() ? "map " : "set ");
        sb.append(family).append(' ').append(table).append(' ').append(name).append(" { type ")
                .append(typeName(keyDataType(), keyType));
        if (isMap()) {
            sb.append(" : ").append(typeName(dataDataType(), dataType));
        }
        sb.append(';');
        if (isInterval()) {
            sb.append(" flags interval;");
        }
        if (comment != null) {
            sb.append(" comment \"").append(comment).append("\";");
        }
        sb.append(" }");
        if (handle != 0) {
            sb.append(" # handle ").append(handle);
        }
        return sb.toString();
    }
}
