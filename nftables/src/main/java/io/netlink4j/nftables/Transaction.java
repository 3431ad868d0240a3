package io.netlink4j.nftables;

import io.netlink4j.core.codec.Netlink;
import io.netlink4j.core.codec.NetlinkMessage;
import io.netlink4j.core.error.MalformedMessageException;
import io.netlink4j.core.error.NetlinkException;
import io.netlink4j.core.socket.Exchange;
import io.netlink4j.core.socket.Expect;
import io.netlink4j.core.socket.MessageEncoder;
import io.netlink4j.nftables.expr.Expression;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

import static io.netlink4j.nftables.NfTables.*;

/**
 * A batch of nf_tables changes committed all or nothing: {@code BATCH_BEGIN}, the commands,
 * {@code BATCH_END}, in one datagram. Either every command takes effect, or none does and
 * {@link #commit()} throws a {@link TransactionException} naming the command the kernel
 * refused ("command 5 of 7 (add rule ...)") with its errno and the kernel's words.
 *
 * <pre>{@code
 * CommitResult r = nft.transaction()
 *     .addTable(Family.INET, "filter")
 *     .addChain(Family.INET, "filter", "forward", ChainType.FILTER, Hook.FORWARD, Priority.FILTER, Policy.DROP)
 *     .addRule(Rule.of(Family.INET, "filter", "forward", iifname("veth01"), oifname("eth0"), accept()))
 *     .commit();
 * long handle = r.handle();
 * }</pre>
 *
 * <p>Names are checked as the commands are added (IllegalArgumentException before anything is
 * sent). Verbs follow nft: {@code add} creates or leaves an existing table/chain/set as it is,
 * {@code create} fails if it exists. Every command asks for an ACK, so every command gets a
 * definite answer; new rules are echoed back (NLM_F_ECHO) to learn their handles. With
 * {@link #expectGeneration} the batch carries NFNL_BATCH_GENID and the kernel refuses it if
 * anyone changed the ruleset since that generation ({@link GenerationChangedException}).
 *
 * <p>How the kernel answers (measured on 6.18, and what {@link #commit()} relies on): it runs
 * every command of the batch even after one fails, answers each that asked for an ACK (so the
 * first failure is known exactly), then aborts the whole batch; a stale NFNL_BATCH_GENID, a
 * missing CAP_NET_ADMIN or a failed commit is answered on BATCH_BEGIN alone, and nothing else is
 * answered. Echoes (NLM_F_ECHO) are sent during the commit, before the ACKs, with the sequence
 * number of their command; NFT_MSG_NEWGEN goes to the first command's. BATCH_BEGIN and
 * BATCH_END ask for no ACK (older kernels never answer them).
 *
 * <p>Not thread-safe: build and commit it on one thread (the client it commits through is
 * shared safely). A transaction commits once.
 */
public final class Transaction {
    /** ERESTART: the kernel's answer to a batch bound to a stale generation. */
    private static final int ERESTART = 85;
    private static final int AF_UNSPEC = 0;
    /** The body of BATCH_BEGIN (without generation) and BATCH_END: nfgenmsg with res_id = NFNL_SUBSYS_NFTABLES. */
    private static final MessageEncoder FRAMING = out -> out.u8(AF_UNSPEC).u8(NFNETLINK_V0).u16be(NFNL_SUBSYS_NFTABLES);

    private final NftClient client;
    private final List<Command> commands = new ArrayList<>();
    /** For each command: the 1-based number of the user call that made it. */
    private int[] owners = new int[16];
    /** What each user call did, in nft words; built only when a message needs it (rules are costly to print). */
    private final List<java.util.function.Supplier<String>> descriptions = new ArrayList<>();
    private final Map<String, Integer> setIds = new HashMap<>();
    private final Map<String, NftSet> newSets = new HashMap<>();
    private int nextSetId = 1;
    private long expectedGeneration = -1;
    private boolean echoRules = true;
    private boolean echoGeneration = true;
    private boolean committed;

    Transaction(NftClient client) {
        this.client = client;
    }

    // ------------------------------------------------------------------ bookkeeping

    private int beginCall(String description) {
        return beginCall(() -> description);
    }

    private int beginCall(java.util.function.Supplier<String> description) {
        if (committed) {
            throw new IllegalStateException("this transaction was already committed");
        }
        descriptions.add(description);
        return descriptions.size();
    }

    private void add(int owner, Command c) {
        if (commands.size() == owners.length) {
            owners = Arrays.copyOf(owners, owners.length * 2);
        }
        owners[commands.size()] = owner;
        commands.add(c);
    }

    private Transaction one(Command c) {
        add(beginCall(c::describe), c);
        return this;
    }

    private static Family family(Family f) {
        if (f == null) {
            throw new IllegalArgumentException("family is null");
        }
        return f;
    }

    private static long handle(long h) {
        if (h <= 0) {
            throw new IllegalArgumentException("rule handle must be positive: " + h);
        }
        return h;
    }

    private static String setKey(Family f, String table, String set) {
        return f.number() + "/" + table + "/" + set;
    }

    /** The number of user commands so far (each call is one, whatever it sends). */
    public int size() {
        return descriptions.size();
    }

    /**
     * Binds this transaction to ruleset generation {@code generation} (from
     * {@link NftClient#generation()} or a previous {@link CommitResult#generation()}): the
     * kernel refuses the whole batch if the ruleset changed since, and commit throws
     * {@link GenerationChangedException} instead of overwriting a change it did not see.
     */
    public Transaction expectGeneration(long generation) {
        if (generation <= 0 || generation > 0xffffffffL) {
            // 0 on the wire means "no check"; the kernel's generations start at 1
            throw new IllegalArgumentException("generation out of 1..2^32-1: " + generation);
        }
        this.expectedGeneration = generation;
        return this;
    }

    /**
     * Whether new rules are echoed back so that {@link CommitResult#rules()} carries their
     * handles (default true). Off saves the kernel an echo per rule when handles do not matter.
     */
    public Transaction echoRules(boolean on) {
        this.echoRules = on;
        return this;
    }

    /**
     * Whether {@link CommitResult#generation()} reports the generation this commit made (the
     * kernel echoes it in one more datagram). On by default; turn off on hot paths that do not
     * bind a later transaction to it, and the result's generation is then -1.
     */
    public Transaction echoGeneration(boolean on) {
        this.echoGeneration = on;
        return this;
    }

    // ------------------------------------------------------------------ tables

    /** {@code nft add table FAMILY NAME}: creates it, or leaves an existing one as it is. */
    public Transaction addTable(Family family, String name) {
        return one(new Command.NewTable(family(family), Names.check("table", name), 0, false));
    }

    /** {@code nft add table FAMILY NAME { flags ... }} with NFT_TABLE_F_* {@code flags} (DORMANT). */
    public Transaction addTable(Family family, String name, int flags) {
        return one(new Command.NewTable(family(family), Names.check("table", name), flags, false));
    }

    /** {@code nft create table}: fails (EEXIST) if the table exists. */
    public Transaction createTable(Family family, String name) {
        return one(new Command.NewTable(family(family), Names.check("table", name), 0, true));
    }

    /** {@code nft delete table}: the table and everything in it. */
    public Transaction deleteTable(Family family, String name) {
        return one(new Command.DeleteTable(family(family), Names.check("table", name)));
    }

    /** {@code nft flush table}: removes every rule of every chain of the table. */
    public Transaction flushTable(Family family, String name) {
        return one(new Command.FlushTable(family(family), Names.check("table", name)));
    }

    /** {@code nft flush ruleset}: deletes every table of every family. */
    public Transaction flushRuleset() {
        return one(new Command.FlushRuleset());
    }

    // ------------------------------------------------------------------ chains

    /** {@code nft add chain FAMILY TABLE NAME}: a regular chain (a jump target). */
    public Transaction addChain(Family family, String table, String name) {
        return one(new Command.NewChain(family(family), Names.check("table", table), Names.check("chain", name), null, false));
    }

    /** {@code nft add chain FAMILY TABLE NAME { type ... hook ... priority ...; policy ...; }}. */
    public Transaction addChain(Family family, String table, String name, BaseChain base) {
        Objects.requireNonNull(base, "base chain");
        base.hook().number(family(family)); // the hook must exist in this family
        return one(new Command.NewChain(family, Names.check("table", table), Names.check("chain", name), base, false));
    }

    /** A base chain with a named priority, resolved for {@code family} (bridge has its own numbers). */
    public Transaction addChain(Family family, String table, String name, ChainType type, Hook hook,
                                Priority priority, Policy policy) {
        BaseChain base = new BaseChain(type, hook, priority.value(family(family)), policy, null);
        return addChain(family, table, name, base);
    }

    /** {@code nft create chain}: fails (EEXIST) if the chain exists; {@code base} null for a regular chain. */
    public Transaction createChain(Family family, String table, String name, BaseChain base) {
        if (base != null) {
            base.hook().number(family(family));
        }
        return one(new Command.NewChain(family(family), Names.check("table", table), Names.check("chain", name), base, true));
    }

    /** {@code nft delete chain}: the chain must be empty and not jumped to. */
    public Transaction deleteChain(Family family, String table, String name) {
        return one(new Command.DeleteChain(family(family), Names.check("table", table), Names.check("chain", name)));
    }

    /** {@code nft flush chain}: removes every rule of the chain. */
    public Transaction flushChain(Family family, String table, String name) {
        return one(new Command.FlushChain(family(family), Names.check("table", table), Names.check("chain", name)));
    }

    /**
     * {@code nft rename chain}. The kernel renames by handle, so commit looks the chain's
     * handle up first (one GETCHAIN before the batch): the chain must exist before the commit,
     * and a missing one raises NoSuchObjectException without sending the batch.
     */
    public Transaction renameChain(Family family, String table, String name, String newName) {
        return one(new Command.RenameChain(family(family), Names.check("table", table), Names.check("chain", name), 0,
                Names.check("chain", newName)));
    }

    /** Renames a listed chain, by its handle. */
    public Transaction renameChain(Chain chain, String newName) {
        return one(new Command.RenameChain(chain.family(), chain.table(), chain.name(), chain.handle(),
                Names.check("chain", newName)));
    }

    // ------------------------------------------------------------------ rules

    /**
     * {@code nft add rule}: appends the rule to its chain, or adds it right after the rule whose
     * handle is {@link Rule#position()} when that is set. Its handle is in the commit's result.
     */
    public Transaction addRule(Rule rule) {
        return rule(rule, Command.Placement.APPEND, rule.position());
    }

    /**
     * {@code nft add rule} for a rule listed from the kernel (typically {@link Rule#copyTo} of
     * one), whose expressions name anonymous sets: every {@link SetReference} expression
     * ({@code lookup}, {@code dynset}, {@code objref} of an object map) naming one of
     * {@code anonymousSets} gets a copy of that set, created just before the rule in this batch
     * with its listed attributes and elements verbatim ({@link RawSet}) under its name template
     * and a batch-local id, and is pointed at it, as nft does for an inline set. A set named
     * twice in the rule is created once; each rule gets its own copies (anonymous sets belong
     * to one rule). Expressions naming other sets (named sets) are sent as they are. Appends
     * the rule, or adds it after {@link Rule#position()} when set; its handle is in the result.
     *
     * @param anonymousSets sets read with {@link NftClient#getRawSet}; sets no expression names are ignored
     * @throws IllegalArgumentException if one of {@code anonymousSets} is not anonymous, or
     *                                  is of another family than the rule
     */
    public Transaction addRule(Rule rule, List<RawSet> anonymousSets) {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(anonymousSets, "anonymousSets");
        for (RawSet set : anonymousSets) {
            if (!Objects.requireNonNull(set, "set").isAnonymous()) {
                throw new IllegalArgumentException(set + " is not anonymous: a rule can only carry copies of anonymous sets");
            }
            if (set.family() != rule.family()) {
                throw new IllegalArgumentException(set + " cannot be copied for a rule of family " + rule.family());
            }
        }
        if (rule.position() < 0) {
            throw new IllegalArgumentException("rule position must not be negative: " + rule.position());
        }
        Command.NewRule probe = new Command.NewRule(rule, Command.Placement.APPEND, rule.position(), null);
        int owner = beginCall(probe::describe);
        Rule bound = bindAnonymousSets(bindRawSets(rule, anonymousSets, owner), owner);
        add(owner, bound == rule ? probe : new Command.NewRule(bound, Command.Placement.APPEND, rule.position(), rule.text()));
        return this;
    }

    /** How many element bytes one NEWSETELEM of a copied set carries at most, far below the 64 KiB an attribute can hold. */
    private static final int ELEMENT_CHUNK_BYTES = 16 << 10;

    /** Creates copies of the listed sets {@code rule} names (before the rule) and points its expressions at them. */
    private Rule bindRawSets(Rule rule, List<RawSet> sets, int owner) {
        if (sets.isEmpty()) {
            return rule;
        }
        List<Expression> exprs = rule.expressions();
        List<Expression> bound = null;
        String[] names = null;
        int[] ids = null;
        int made = 0;
        for (int i = 0; i < exprs.size(); i++) {
            if (!(exprs.get(i) instanceof SetReference) || ((SetReference) exprs.get(i)).anonymousSet() != null) {
                continue;
            }
            SetReference ref = (SetReference) exprs.get(i);
            String name = ref.set();
            RawSet set = name == null ? null : find(sets, name);
            if (set == null) {
                continue;
            }
            if (names == null) {
                names = new String[exprs.size()];
                ids = new int[exprs.size()];
            }
            int id = 0;
            for (int k = 0; k < made; k++) {
                if (names[k].equals(name)) {
                    id = ids[k];
                }
            }
            if (id == 0) {
                id = nextSetId++;
                names[made] = name;
                ids[made++] = id;
                add(owner, new Command.NewRawSet(rule.family(), rule.table(), set, id, rule.text()));
                int from = 0;
                while (from < set.elementCount()) {
                    int to = from;
                    int bytes = 0;
                    while (to < set.elementCount() && (to == from || bytes + set.elementSize(to) <= ELEMENT_CHUNK_BYTES)) {
                        bytes += set.elementSize(to++);
                    }
                    add(owner, new Command.RawSetElements(rule.family(), rule.table(), set, id, from, to));
                    from = to;
                }
            }
            if (bound == null) {
                bound = new ArrayList<>(exprs);
            }
            bound.set(i, Objects.requireNonNull(ref.bindSet(set.template(), id), "bindSet returned null for " + ref));
        }
        return bound == null ? rule : rule.withExpressions(bound);
    }

    private static RawSet find(List<RawSet> sets, String name) {
        for (int i = 0, n = sets.size(); i < n; i++) {
            if (sets.get(i).name().equals(name)) {
                return sets.get(i);
            }
        }
        return null;
    }

    /** {@code nft add rule ... position HANDLE}: adds the rule right after the rule {@code handle}. */
    public Transaction addRuleAfter(long handle, Rule rule) {
        return rule(rule, Command.Placement.APPEND, handle(handle));
    }

    /**
     * {@code nft insert rule}: puts the rule first in its chain, or right before the rule whose
     * handle is {@link Rule#position()} when that is set.
     */
    public Transaction insertRule(Rule rule) {
        return rule(rule, Command.Placement.INSERT, rule.position());
    }

    /** {@code nft insert rule ... position HANDLE}: puts the rule right before the rule {@code handle}. */
    public Transaction insertRuleBefore(long handle, Rule rule) {
        return rule(rule, Command.Placement.INSERT, handle(handle));
    }

    /** {@code nft replace rule ... handle HANDLE}: the rule {@code handle} becomes {@code rule} (a new handle). */
    public Transaction replaceRule(long handle, Rule rule) {
        return rule(rule, Command.Placement.REPLACE, handle(handle));
    }

    /** {@code nft delete rule FAMILY TABLE CHAIN handle HANDLE}. */
    public Transaction deleteRule(Family family, String table, String chain, long handle) {
        return one(new Command.DeleteRule(family(family), Names.check("table", table), Names.check("chain", chain), handle(handle)));
    }

    /** Deletes a listed rule, by its handle. */
    public Transaction deleteRule(Rule rule) {
        if (rule.handle() <= 0) {
            throw new IllegalArgumentException("rule has no handle (not listed from the kernel): " + rule);
        }
        return deleteRule(rule.family(), rule.table(), rule.chain(), rule.handle());
    }

    private Transaction rule(Rule rule, Command.Placement placement, long ref) {
        Objects.requireNonNull(rule, "rule");
        if (ref < 0) {
            throw new IllegalArgumentException("rule position must not be negative: " + ref);
        }
        // the rule's text is printed only if a message needs it: formatting it costs more than encoding it
        Command.NewRule probe = new Command.NewRule(rule, placement, ref, null);
        int owner = beginCall(probe::describe);
        Rule bound = bindAnonymousSets(rule, owner);
        add(owner, bound == rule ? probe : new Command.NewRule(bound, placement, ref, rule.text()));
        return this;
    }

    /** Creates the inline sets of {@code rule}'s expressions (before the rule) and points the expressions at them. */
    private Rule bindAnonymousSets(Rule rule, int owner) {
        List<Expression> exprs = rule.expressions();
        List<Expression> bound = null;
        for (int i = 0; i < exprs.size(); i++) {
            if (!(exprs.get(i) instanceof SetReference)) {
                continue;
            }
            SetReference ref = (SetReference) exprs.get(i);
            AnonymousSet set = ref.anonymousSet();
            if (set == null) {
                continue;
            }
            int id = nextSetId++;
            String name = Command.NewAnonymousSet.nameOf(set);
            add(owner, new Command.NewAnonymousSet(rule.family(), rule.table(), set, id, rule.text()));
            if (!set.elements().isEmpty()) {
                add(owner, new Command.SetElements(rule.family(), rule.table(), name, id,
                        set.elements(), false));
            }
            if (bound == null) {
                bound = new ArrayList<>(exprs);
            }
            bound.set(i, Objects.requireNonNull(ref.bindSet(name, id),
                    "bindSet returned null for " + ref));
        }
        return bound == null ? rule : rule.withExpressions(bound);
    }

    // ------------------------------------------------------------------ sets

    /** {@code nft add set/map}: creates it, or leaves an existing one as it is. */
    public Transaction addSet(NftSet set) {
        return set(set, false, List.of());
    }

    /** {@code nft add set ... { ...; elements = { ... } }}: the set and its first elements. */
    public Transaction addSet(NftSet set, List<SetElement> elements) {
        return set(set, false, elements);
    }

    /** {@code nft create set/map}: fails (EEXIST) if it exists. */
    public Transaction createSet(NftSet set) {
        return set(set, true, List.of());
    }

    private Transaction set(NftSet set, boolean exclusive, List<SetElement> elements) {
        Objects.requireNonNull(set, "set");
        Names.checkSet(set.name());
        if (set.isAnonymous()) {
            throw new IllegalArgumentException("anonymous sets belong to rules: write them inline in the rule, not as " + set);
        }
        checkElements(set, elements);
        int id = nextSetId++;
        Command.NewSet cmd = new Command.NewSet(set, id, exclusive);
        String description = cmd.describe() + (elements.isEmpty() ? "" : " with " + elements.size() + " elements");
        int owner = beginCall(description);
        add(owner, cmd);
        String key = setKey(set.family(), set.table(), set.name());
        setIds.put(key, id);
        newSets.put(key, set);
        if (!elements.isEmpty()) {
            add(owner, new Command.SetElements(set.family(), set.table(), set.name(), id, List.copyOf(elements), false));
        }
        return this;
    }

    /** {@code nft delete set/map}: it must not be referenced by a rule. */
    public Transaction deleteSet(Family family, String table, String name) {
        return one(new Command.DeleteSet(family(family), Names.check("table", table), Names.check("set", name)));
    }

    /** {@code nft flush set}: removes every element. */
    public Transaction flushSet(Family family, String table, String name) {
        return one(new Command.FlushSet(family(family), Names.check("table", table), Names.check("set", name)));
    }

    /** {@code nft add element FAMILY TABLE SET { ... }}; existing elements are left as they are. */
    public Transaction addElements(Family family, String table, String set, List<SetElement> elements) {
        return elements(family, table, set, elements, false);
    }

    /** Adds elements to {@code set}, checking them against its key length and kind first. */
    public Transaction addElements(NftSet set, List<SetElement> elements) {
        checkElements(set, elements);
        return elements(set.family(), set.table(), set.name(), elements, false);
    }

    /** {@code nft delete element FAMILY TABLE SET { ... }}: every element must exist. */
    public Transaction deleteElements(Family family, String table, String set, List<SetElement> elements) {
        return elements(family, table, set, elements, true);
    }

    private Transaction elements(Family family, String table, String set, List<SetElement> elements, boolean delete) {
        family(family);
        Names.check("table", table);
        Names.check("set", set);
        if (elements == null || elements.isEmpty()) {
            throw new IllegalArgumentException("no elements to " + (delete ? "delete from" : "add to") + " set " + set);
        }
        String key = setKey(family, table, set);
        NftSet known = newSets.get(key);
        if (known != null) {
            checkElements(known, elements);
        }
        Integer id = delete ? null : setIds.get(key);
        return one(new Command.SetElements(family, table, set, id == null ? 0 : id, List.copyOf(elements), delete));
    }

    private static void checkElements(NftSet set, List<SetElement> elements) {
        for (SetElement e : Objects.requireNonNull(elements, "elements")) {
            Objects.requireNonNull(e, "element");
            int len = e.key().length;
            if (len != set.keyLength() && !(len == 0 && (e.flags() & NFT_SET_ELEM_CATCHALL) != 0)) {
                throw new IllegalArgumentException("element " + e + " has a " + len + "-byte key; set " + set.name()
                        + " takes " + set.keyLength() + " bytes");
            }
            if (set.isVerdictMap() && e.verdict() == null && !e.isIntervalEnd()) {
                throw new IllegalArgumentException("element " + e + " of verdict map " + set.name() + " has no verdict");
            }
            if (!set.isMap() && (e.verdict() != null || e.data() != null)) {
                throw new IllegalArgumentException("element " + e + " maps to a value but " + set.name() + " is a set, not a map");
            }
            if (e.isIntervalEnd() && !set.isInterval()) {
                throw new IllegalArgumentException("element " + e + " ends an interval but set " + set.name()
                        + " has no interval flag");
            }
        }
    }

    // ------------------------------------------------------------------ commit

    /**
     * Sends the whole batch in one datagram and waits for the kernel's verdict.
     *
     * @return the new rules (with handles) and the generation this commit made
     * @throws GenerationChangedException if bound to a generation that is no longer current
     * @throws TransactionException       if the kernel refused a command or the batch; nothing was applied
     * @throws IllegalStateException      if already committed
     */
    public CommitResult commit() {
        if (committed) {
            throw new IllegalStateException("this transaction was already committed");
        }
        committed = true;
        if (commands.isEmpty()) {
            return new CommitResult(-1, List.of());
        }
        resolveRenameHandles();
        int n = commands.size();
        Exchange ex = new Exchange();
        long gen = expectedGeneration;
        MessageEncoder begin = gen > 0
                ? out -> {
                    out.u8(AF_UNSPEC).u8(NFNETLINK_V0).u16be(NFNL_SUBSYS_NFTABLES);
                    out.putU32Be(NFNL_BATCH_GENID, (int) gen);
                }
                : FRAMING;
        Replies replies = new Replies(ex, n);
        ex.add(NFNL_MSG_BATCH_BEGIN, 0, Expect.NOTHING, begin, null);
        ex.failureEndsExchange(0);
        for (int i = 0; i < n; i++) {
            Command c = commands.get(i);
            int flags = c.flags();
            boolean echo = (i == 0 && echoGeneration) || (echoRules && c instanceof Command.NewRule);
            if (echo) {
                // the kernel echoes NFT_MSG_NEWGEN with the first command's sequence number
                flags |= Netlink.NLM_F_ECHO;
            }
            // Every ACK is a datagram of its own, so only the last command asks for one: the
            // kernel still reports every failing command (errors need no NLM_F_ACK), runs the
            // whole batch even after a failure, and sends its answers in command order, echoes
            // first, so the last command's answer closes the exchange.
            Expect expect = i == n - 1 ? Expect.ACK : Expect.NOTHING;
            ex.add(NftCodec.type(c.msg()), flags, expect, c, echo ? replies : null);
        }
        ex.add(NFNL_MSG_BATCH_END, 0, Expect.NOTHING, FRAMING, null);
        ex.requireOneDatagram();
        try {
            client.socket().execute(ex);
        } catch (NetlinkException transport) {
            // a timeout or a lost answer: the kernel may or may not have committed
            throw transport.during("committing nf_tables transaction of " + descriptions.size() + " commands in namespace "
                    + client.socket().namespace() + " (outcome unknown)");
        }
        throwIfRefused(ex);
        List<Rule> rules = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (commands.get(i) instanceof Command.NewRule) {
                Rule echoed = replies.rules[i];
                rules.add(echoed != null ? echoed : ((Command.NewRule) commands.get(i)).rule());
            }
        }
        return new CommitResult(replies.generation, rules);
    }

    /** Collects the echoes: NEWRULE (the stored rule, with its handle) and NEWGEN (the new generation). */
    private static final class Replies implements Consumer<NetlinkMessage> {
        final Exchange ex;
        final Rule[] rules;
        long generation = -1;

        Replies(Exchange ex, int n) {
            this.ex = ex;
            this.rules = new Rule[n];
        }

        @Override
        public void accept(NetlinkMessage m) {
            int msg = m.type() & 0xff;
            if ((m.type() >>> 8) != NFNL_SUBSYS_NFTABLES) {
                return;
            }
            int index = m.seq() - ex.seq(0) - 1;
            try {
                if (msg == NFT_MSG_NEWGEN) {
                    generation = NftCodec.generation(m) & 0xffffffffL;
                } else if (msg == NFT_MSG_NEWRULE && index >= 0 && index < rules.length) {
                    rules[index] = NftCodec.rule(m);
                }
            } catch (MalformedMessageException e) {
                // the commit happened; an echo we cannot read costs only the handle, not the answer
            }
        }
    }

    private void resolveRenameHandles() {
        for (int i = 0; i < commands.size(); i++) {
            if (commands.get(i) instanceof Command.RenameChain) {
                Command.RenameChain r = (Command.RenameChain) commands.get(i);
                if (r.handle() == 0) {
                    long h = client.getChain(r.family(), r.table(), r.name()).handle();
                    commands.set(i, r.withHandle(h));
                }
            }
        }
    }

    private void throwIfRefused(Exchange ex) {
        int total = descriptions.size();
        if (ex.failed(0)) {
            NetlinkException cause = ex.error(0, "committing nf_tables transaction");
            if (ex.errno(0) == ERESTART && expectedGeneration > 0) {
                throw new GenerationChangedException((int) expectedGeneration, total, cause);
            }
            throw new TransactionException(0, total, null, null, cause);
        }
        for (int i = 1; i <= commands.size(); i++) {
            if (ex.failed(i)) {
                Command c = commands.get(i - 1);
                int owner = owners[i - 1];
                String attribute = ex.extendedAckOffset(i) >= 0 ? AttributeNames.locate(c, ex.extendedAckOffset(i)) : null;
                String words = descriptions.get(owner - 1).get();
                if (messagesOf(owner) > 1) {
                    words = words + " (refused: " + c.describe() + ")";
                }
                throw new TransactionException(owner, total, words, attribute,
                        ex.error(i, "committing nf_tables transaction"));
            }
        }
        for (int i = 1; i <= commands.size(); i++) {
            if (!ex.answered(i)) {
                throw new NetlinkException("the kernel did not answer command " + owners[i - 1] + " of " + total + " ("
                        + descriptions.get(owners[i - 1] - 1).get() + "); the outcome of the batch is unknown");
            }
        }
    }

    private int messagesOf(int owner) {
        int count = 0;
        for (int i = 0; i < commands.size(); i++) {
            if (owners[i] == owner) {
                count++;
            }
        }
        return count;
    }

    @Override
    public String toString() {
        return "Transaction" + descriptions.stream().map(java.util.function.Supplier::get).toList();
    }

    /** The commands as they will be sent (for tests). */
    List<Command> commands() {
        return List.copyOf(commands);
    }
}
