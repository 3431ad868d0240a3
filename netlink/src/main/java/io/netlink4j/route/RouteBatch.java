package io.netlink4j.route;

import io.netlink4j.core.codec.Netlink;
import io.netlink4j.core.codec.NetlinkMessage;
import io.netlink4j.core.error.NetlinkException;
import io.netlink4j.core.socket.Exchange;
import io.netlink4j.core.socket.Expect;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Several changes sent together, in as few datagrams as the dependencies allow: pipelining.
 * <pre>{@code
 * rt.batch()
 *   .addLink(LinkSpec.veth("veth01", VethPeer.named("veth02").in(nsB).up()).up().index(10))
 *   .addAddress(AddressSpec.of(10, "192.168.8.1/24"))
 *   .addRoute(RouteSpec.to("203.0.113.0/24").via("192.168.8.2"))
 *   .execute();                                   // one sendto, one ACK per request
 * }</pre>
 *
 * <p>How it is sent:
 * <ol>
 * <li>Links named by name that exist before the batch are looked up first, all in one
 *     datagram; a missing one fails the batch before anything changes.</li>
 * <li>Every request then goes in one datagram and the kernel answers each. A request that
 *     names, by name, a link created earlier in the same batch needs that link's index: the
 *     creation asks the kernel to echo the new link (NLM_F_ECHO) and the batch continues in a
 *     second datagram. Give the link an index ({@link LinkSpec#index(int)}) to stay in one.</li>
 * <li>rtnetlink has no transactions: the kernel applies every request of a datagram, also
 *     those after a refused one. Once a datagram had a refusal, later datagrams are not sent
 *     (their requests are {@link BatchOutcome.Status#NOT_SENT}).</li>
 * </ol>
 *
 * <p>Not thread-safe: build and execute it on one thread (the client it runs on is shared).
 * A batch executes once.
 */
public final class RouteBatch {
    private final RouteClient client;
    private final List<Op> ops = new ArrayList<>();
    private boolean executed;
    private int roundTrips;

    RouteBatch(RouteClient client) {
        this.client = client;
    }

    RouteBatch add(Op op) {
        if (executed) {
            throw new IllegalStateException("batch already executed");
        }
        ops.add(op);
        return this;
    }

    /** {@code ip link add ...}. */
    public RouteBatch addLink(LinkSpec spec) {
        return add(new Op.CreateLink(spec));
    }

    /** {@code ip link set ...}. */
    public RouteBatch setLink(LinkChange change) {
        return add(new Op.ChangeLink(change));
    }

    /** {@code ip link del NAME}. */
    public RouteBatch deleteLink(String name) {
        return add(new Op.DeleteLink(LinkRef.name(name)));
    }

    /** {@code ip link del} by index. */
    public RouteBatch deleteLink(int index) {
        return add(new Op.DeleteLink(LinkRef.index(index)));
    }

    /** {@code ip addr add ...}. */
    public RouteBatch addAddress(AddressSpec spec) {
        return add(new Op.AddressOp(spec, Op.Verb.ADD));
    }

    /** {@code ip addr replace ...}. */
    public RouteBatch replaceAddress(AddressSpec spec) {
        return add(new Op.AddressOp(spec, Op.Verb.REPLACE));
    }

    /** {@code ip addr del ...}. */
    public RouteBatch deleteAddress(AddressSpec spec) {
        return add(new Op.AddressOp(spec, Op.Verb.DELETE));
    }

    /** {@code ip route add ...}. */
    public RouteBatch addRoute(RouteSpec spec) {
        return add(new Op.RouteOp(spec, Op.Verb.ADD));
    }

    /** {@code ip route replace ...}. */
    public RouteBatch replaceRoute(RouteSpec spec) {
        return add(new Op.RouteOp(spec, Op.Verb.REPLACE));
    }

    /** {@code ip route del ...}. */
    public RouteBatch deleteRoute(RouteSpec spec) {
        return add(new Op.RouteOp(spec, Op.Verb.DELETE));
    }

    /** Number of requests. */
    public int size() {
        return ops.size();
    }

    /**
     * How many exchanges with the kernel the execution took (each one datagram of requests
     * and their answers; name lookups count too): 1 for a batch whose links are all known by
     * index. 0 before execution.
     */
    public int roundTrips() {
        return roundTrips;
    }

    /**
     * Sends every request and reports each outcome; never throws for a kernel refusal.
     *
     * @throws io.netlink4j.core.error.NoSuchObjectException if a link named by name does not
     *         exist (nothing was sent then)
     * @throws NetlinkException for transport failures (timeout, closed client)
     */
    public List<BatchOutcome> executeAll() {
        return run(false).outcomes;
    }

    /**
     * Sends every request; throws the first refusal as its typed exception, naming the failed
     * request ("adding address 192.168.8.1/24 on veth01 in namespace X (request 2 of 3)"), with
     * later refusals attached as suppressed exceptions.
     */
    public void execute() {
        throwFirst(run(false).outcomes);
    }

    static void throwFirst(List<BatchOutcome> outcomes) {
        NetlinkException first = null;
        for (BatchOutcome o : outcomes) {
            if (o.status() == BatchOutcome.Status.FAILED) {
                if (first == null) {
                    first = o.error();
                } else {
                    first.addSuppressed(o.error());
                }
            }
        }
        if (first != null) {
            throw first;
        }
    }

    /** Outcomes plus the links the kernel echoed for creations (null where none). */
    static final class Result {
        final List<BatchOutcome> outcomes;
        final Link[] echoed;

        Result(List<BatchOutcome> outcomes, Link[] echoed) {
            this.outcomes = outcomes;
            this.echoed = echoed;
        }
    }

    /** Runs the batch; {@code echoCreations} makes every link creation echo its new link. */
    Result run(boolean echoCreations) {
        if (executed) {
            throw new IllegalStateException("batch already executed");
        }
        executed = true;
        int n = ops.size();
        Map<String, Integer> known = new HashMap<>();
        Map<String, Integer> explicit = new HashMap<>();
        Map<String, Integer> creator = new HashMap<>();
        Set<String> lookups = new LinkedHashSet<>();
        Map<String, Op> firstUser = new HashMap<>();
        boolean[] echo = new boolean[n];
        boolean[] breakBefore = new boolean[n];
        int stageBegin = 0;
        for (int i = 0; i < n; i++) {
            Op op = ops.get(i);
            int opIndex = i;
            int[] begin = {stageBegin};
            op.names(name -> {
                Integer c = creator.get(name);
                if (c == null) {
                    if (!explicit.containsKey(name) && lookups.add(name)) {
                        firstUser.put(name, op);
                    }
                } else {
                    echo[c] = true;
                    if (c >= begin[0]) {
                        breakBefore[opIndex] = true;
                        begin[0] = opIndex;
                    }
                }
            });
            stageBegin = begin[0];
            record(op.creates(), op.createsIndex(), i, explicit, creator);
            record(op.createsPeer(), op.createsPeerIndex(), i, explicit, creator);
            if (echoCreations && op instanceof Op.CreateLink) {
                echo[i] = true;
            }
        }
        resolve(lookups, known, firstUser);
        known.putAll(explicit);

        BatchOutcome[] outcomes = new BatchOutcome[n];
        Link[] echoed = new Link[n];
        IndexResolver resolver = ref -> {
            if (ref instanceof LinkRef.ByIndex) {
                return ((LinkRef.ByIndex) ref).index();
            }
            Integer idx = known.get(((LinkRef.ByName) ref).name());
            if (idx == null) {
                throw new IllegalStateException("link " + ref + " was not resolved");
            }
            return idx;
        };
        String ns = client.namespaceDescription();
        int i = 0;
        boolean failed = false;
        while (i < n) {
            int end = i + 1;
            while (end < n && !breakBefore[end]) {
                end++;
            }
            if (failed) {
                for (int j = i; j < n; j++) {
                    outcomes[j] = new BatchOutcome(describe(j, n, ns), BatchOutcome.Status.NOT_SENT,
                            new NetlinkException("not sent: an earlier request of the batch failed"));
                }
                break;
            }
            // links created earlier whose echo did not come (older kernels): look them up now
            Set<String> missing = new LinkedHashSet<>();
            Map<String, Op> users = new HashMap<>();
            for (int j = i; j < end; j++) {
                Op op = ops.get(j);
                op.names(name -> {
                    if (!known.containsKey(name) && missing.add(name)) {
                        users.put(name, op);
                    }
                });
            }
            resolve(missing, known, users);
            Exchange ex = new Exchange();
            for (int j = i; j < end; j++) {
                Op op = ops.get(j);
                int opIndex = j;
                ex.add(op.messageType(), op.flags() | (echo[j] ? Netlink.NLM_F_ECHO : 0), Expect.ACK,
                        w -> op.encode(w, resolver),
                        echo[j] ? m -> onEcho(opIndex, m, known, echoed) : null);
            }
            client.socket().execute(ex);
            roundTrips++;
            for (int j = i; j < end; j++) {
                String what = describe(j, n, ns);
                NetlinkException e = ex.error(j - i, what);
                if (e != null) {
                    failed = true;
                    outcomes[j] = new BatchOutcome(what, BatchOutcome.Status.FAILED, e);
                } else {
                    outcomes[j] = new BatchOutcome(what, BatchOutcome.Status.APPLIED, null);
                }
            }
            i = end;
        }
        return new Result(List.of(outcomes), echoed);
    }

    private static void record(String name, int index, int op, Map<String, Integer> explicit, Map<String, Integer> creator) {
        if (name == null) {
            return;
        }
        if (index > 0) {
            explicit.put(name, index);
            creator.remove(name);
        } else {
            creator.put(name, op);
            explicit.remove(name);
        }
    }

    private String describe(int j, int n, String ns) {
        String d = ops.get(j).description() + " in namespace " + ns;
        return n == 1 ? d : d + " (request " + (j + 1) + " of " + n + ")";
    }

    private void onEcho(int opIndex, NetlinkMessage m, Map<String, Integer> known, Link[] echoed) {
        if (m.type() != Rtnetlink.RTM_NEWLINK || echoed[opIndex] != null) {
            return;
        }
        Op op = ops.get(opIndex);
        Link l = LinkCodec.decode(m);
        if (!l.name().equals(op.creates())) {
            return;
        }
        echoed[opIndex] = l;
        known.put(l.name(), l.index());
        if (op.createsPeer() != null && l.linkIndex() > 0 && op.createsPeerIndex() == 0) {
            known.put(op.createsPeer(), l.linkIndex());
        }
    }

    /** Looks up every name in one datagram of RTM_GETLINKs. */
    private void resolve(Set<String> names, Map<String, Integer> known, Map<String, Op> users) {
        if (names.isEmpty()) {
            return;
        }
        Exchange ex = new Exchange();
        List<String> order = new ArrayList<>(names);
        int[] found = new int[order.size()];
        for (int k = 0; k < order.size(); k++) {
            LinkRef ref = LinkRef.name(order.get(k));
            int slot = k;
            ex.add(Rtnetlink.RTM_GETLINK, 0, Expect.REPLY, w -> LinkCodec.encodeGet(w, ref, true),
                    m -> found[slot] = LinkCodec.index(m));
        }
        client.socket().execute(ex);
        roundTrips++;
        for (int k = 0; k < order.size(); k++) {
            String name = order.get(k);
            NetlinkException e = ex.error(k, "looking up link " + name + " for " + users.get(name).description()
                    + " in namespace " + client.namespaceDescription());
            if (e != null) {
                throw e;
            }
            known.put(name, found[k]);
        }
    }
}
