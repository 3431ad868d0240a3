package io.netlink4j.nftables;

import java.util.List;

/**
 * A set written inline in a rule ({@code tcp dport { 22, 80 }}, {@code ... vmap { ... }}).
 * The transaction creates it just before the rule, in the same batch, as the kernel requires:
 * NFT_MSG_NEWSET with NFT_SET_ANONYMOUS|NFT_SET_CONSTANT (plus {@link #flags}), name
 * {@code __set%d} ({@code __map%d} with NFT_SET_MAP, as nft names them) and a batch-local set id, then its elements, then the rule whose expression
 * is rebound to it ({@link SetReference#bindSet}). Immutable, hence thread-safe.
 *
 * @param keyType    nft's datatype id of the key (NFTA_SET_KEY_TYPE: 7 ipv4_addr,
 *                   8 ipv6_addr, 13 inet_service...) so that {@code nft list} prints it
 * @param keyLength  key bytes
 * @param flags      NFT_SET_* besides ANONYMOUS|CONSTANT (INTERVAL, MAP...)
 * @param dataType   for maps: NFTA_SET_DATA_TYPE (NFT_DATA_VERDICT for vmaps), else 0
 * @param dataLength for maps: data bytes, else 0
 * @param elements   the elements (intervals already expanded into start / end elements)
 */
public record AnonymousSet(int keyType, int keyLength, int flags, int dataType, int dataLength,
                           List<SetElement> elements) {
    public AnonymousSet {
        elements = List.copyOf(elements);
        if (keyLength <= 0 || keyLength > 64) {
            throw new IllegalArgumentException("key length out of range: " + keyLength);
        }
    }
}
