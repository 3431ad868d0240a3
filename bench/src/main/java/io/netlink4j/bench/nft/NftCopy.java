package io.netlink4j.bench.nft;

import io.netlink4j.core.error.NetlinkException;
import io.netlink4j.core.netns.NetNamespace;
import io.netlink4j.nftables.Family;
import io.netlink4j.nftables.NftClient;
import io.netlink4j.nftables.NftSet;
import io.netlink4j.nftables.RawSet;
import io.netlink4j.nftables.Rule;
import io.netlink4j.nftables.SetReference;
import io.netlink4j.nftables.Transaction;
import io.netlink4j.nftables.expr.Expression;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code nft-copy [copy] NETNS FAMILY TABLE SRC DST}: copies every rule of chain SRC into
 * chain DST of the same table, inside the network namespace {@code /run/netns/NETNS}, through
 * netlink4j only: the rules are listed and decoded by {@link NftClient} (typed expressions,
 * raw ones for what it cannot name), the anonymous sets they use ({@code tcp dport { 22, 80 }},
 * verdict and object maps) are read attribute for attribute ({@link NftClient#getRawSet}), and
 * the copies are added in one {@link Transaction}, which creates each rule's sets again just
 * before it ({@link Transaction#addRule(Rule, List)}), as nft does.
 *
 * <p>The driver contract of {@code shared/nft-corpus/nft-roundtrip.py} (which calls
 * {@code CMD copy NETNS FAMILY TABLE SRC DST}): exit 0 when every rule was copied; 1 when
 * some were not (if the transaction is refused, the rules are sent one transaction each and
 * every failure is reported on stderr); 2 for a usage error or when SRC cannot be listed. A
 * command line tool, not a library class; not thread-safe.
 */
public final class NftCopy {
    private static final String ME = "nft-copy";

    private NftCopy() {}

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** Runs the copy; returns the exit status. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        String[] a = args.length == 6 && args[0].equals("copy") ? Arrays.copyOfRange(args, 1, 6) : args;
        if (a.length != 5) {
            err.println("usage: nft-copy [copy] NETNS FAMILY TABLE SRC DST");
            return 2;
        }
        Family family;
        try {
            family = Family.of(a[1]);
        } catch (IllegalArgumentException e) {
            err.println(ME + ": " + e.getMessage());
            return 2;
        }
        String table = a[2];
        String src = a[3];
        String dst = a[4];
        NetNamespace ns;
        try {
            ns = NetNamespace.open(a[0]);
        } catch (RuntimeException e) {
            err.println(ME + ": no network namespace " + a[0] + ": " + e.getMessage());
            return 2;
        }
        try (ns; NftClient client = NftClient.open(ns)) {
            List<Rule> rules;
            List<RawSet> anonymous;
            try {
                client.getChain(family, table, src); // a missing chain lists as empty: say so instead
                rules = client.listRules(family, table, src);
                anonymous = anonymousSets(client, family, table, rules);
            } catch (RuntimeException e) {
                err.println(ME + ": listing " + family + " " + table + " " + src + " failed: " + e.getMessage());
                return 2;
            }
            if (rules.isEmpty()) {
                return 0;
            }
            List<Rule> copies = new ArrayList<>();
            for (Rule r : rules) {
                copies.add(r.copyTo(family, table, dst));
            }
            Transaction all = client.transaction().echoRules(false).echoGeneration(false);
            for (Rule r : copies) {
                all.addRule(r, anonymous);
            }
            String refused = commit(all);
            if (refused == null) {
                out.println(summary(rules));
                return 0;
            }
            // a transaction is all or nothing: find the rules the kernel refuses, one transaction each
            int failed = 0;
            for (int i = 0; i < copies.size(); i++) {
                Transaction one = client.transaction().echoRules(false).echoGeneration(false);
                one.addRule(copies.get(i), anonymous);
                String why = commit(one);
                if (why != null) {
                    failed++;
                    err.println(ME + ": rule " + (i + 1) + " of " + copies.size() + " not copied: " + why);
                    err.println("  rule: " + rules.get(i).text());
                }
            }
            if (failed == 0) {
                err.println(ME + ": the transaction of all rules was refused (" + refused + ") but every rule went in alone");
                return 0;
            }
            err.println(ME + ": " + failed + " of " + copies.size() + " rules not copied");
            return 1;
        } catch (RuntimeException e) {
            err.println(ME + ": " + e);
            return 2;
        }
    }

    /** Commits; null when the kernel took the transaction, else why not. */
    private static String commit(Transaction t) {
        try {
            t.commit();
            return null;
        } catch (NetlinkException | IllegalArgumentException e) {
            // TransactionException names the refused command, its errno and the kernel's words
            return e.getMessage();
        }
    }

    /** The anonymous sets (NFT_SET_ANONYMOUS) the rules name, with their elements, as the kernel lists them. */
    private static List<RawSet> anonymousSets(NftClient client, Family family, String table, List<Rule> rules) {
        Set<String> wanted = new HashSet<>();
        for (Rule r : rules) {
            for (Expression e : r.expressions()) {
                if (e instanceof SetReference ref && ref.anonymousSet() == null && ref.set() != null) {
                    wanted.add(ref.set());
                }
            }
        }
        List<RawSet> out = new ArrayList<>();
        if (wanted.isEmpty()) {
            return out;
        }
        for (NftSet s : client.listSets(family, table)) {
            // named sets are left out: the copies refer to them by name
            if (s.isAnonymous() && wanted.contains(s.name())) {
                out.add(client.getRawSet(family, table, s.name()));
            }
        }
        return out;
    }

    // ------------------------------------------------------------------ helpers

    /** {@code copied 12 rules, 57 expressions, 0 raw} (with the raw kinds, if any): what the decoders covered. */
    static String summary(List<Rule> rules) {
        int exprs = 0;
        Map<String, Integer> raw = new java.util.TreeMap<>();
        for (Rule r : rules) {
            for (Expression e : r.expressions()) {
                exprs++;
                if (e instanceof io.netlink4j.nftables.expr.RawExpression) {
                    raw.merge(e.kind(), 1, Integer::sum);
                }
            }
        }
        int rawCount = raw.values().stream().mapToInt(Integer::intValue).sum();
        return "copied " + rules.size() + " rules, " + exprs + " expressions, " + rawCount + " raw" + (raw.isEmpty() ? "" : " " + raw);
    }
}
