package io.netlink4j.nftables;

import java.util.Objects;

/**
 * A verdict: what nf_tables does with the packet ({@code accept}, {@code drop},
 * {@code jump CHAIN}...). Used by the immediate expression and as verdict-map data.
 * Immutable, hence thread-safe.
 *
 * @param code  the kernel's verdict code (NF_ACCEPT=1, NF_DROP=0, NFT_CONTINUE=-1,
 *              NFT_BREAK=-2, NFT_JUMP=-3, NFT_GOTO=-4, NFT_RETURN=-5)
 * @param chain target chain for jump/goto, else null
 */
public record Verdict(int code, String chain) {
    public static final int NF_DROP = 0;
    public static final int NF_ACCEPT = 1;
    public static final int NF_QUEUE = 3;

    public Verdict {
        boolean needsChain = code == NfTables.NFT_JUMP || code == NfTables.NFT_GOTO;
        if (needsChain && (chain == null || chain.isEmpty())) {
            throw new IllegalArgumentException("jump/goto needs a chain name");
        }
        if (!needsChain && chain != null) {
            throw new IllegalArgumentException("only jump/goto take a chain, not verdict " + code);
        }
        if (chain != null && chain.getBytes(java.nio.charset.StandardCharsets.UTF_8).length >= NfTables.NFT_NAME_MAXLEN) {
            throw new IllegalArgumentException("chain name longer than " + (NfTables.NFT_NAME_MAXLEN - 1) + " bytes: " + chain);
        }
    }

    public static Verdict accept() {
        return new Verdict(NF_ACCEPT, null);
    }

    public static Verdict drop() {
        return new Verdict(NF_DROP, null);
    }

    public static Verdict continueVerdict() {
        return new Verdict(NfTables.NFT_CONTINUE, null);
    }

    public static Verdict returnVerdict() {
        return new Verdict(NfTables.NFT_RETURN, null);
    }

    public static Verdict jump(String chain) {
        return new Verdict(NfTables.NFT_JUMP, Objects.requireNonNull(chain));
    }

    public static Verdict goTo(String chain) {
        return new Verdict(NfTables.NFT_GOTO, Objects.requireNonNull(chain));
    }

    /** As {@code nft} prints it. */
    @Override
    public String toString() {
        switch (code) {
            case NF_ACCEPT: return "accept";
            case NF_DROP: return "drop";
            case NF_QUEUE: return "queue";
            case NfTables.NFT_CONTINUE: return "continue";
            case NfTables.NFT_BREAK: return "break";
            case NfTables.NFT_RETURN: return "return";
            case NfTables.NFT_JUMP: return "jump " + chain;
            case NfTables.NFT_GOTO: return "goto " + chain;
            default: return "verdict " + code;
        }
    }
}
