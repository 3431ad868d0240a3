package io.netlink4j.bench.jmh;

import io.netlink4j.core.netns.NetNamespace;
import io.netlink4j.route.AddressSpec;
import io.netlink4j.route.Link;
import io.netlink4j.route.LinkKind;
import io.netlink4j.route.LinkSpec;
import io.netlink4j.route.RouteClient;
import io.netlink4j.route.RouteSpec;
import io.netlink4j.route.VethPeer;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Single rtnetlink steps of the scenario through netlink4j's {@link RouteClient}, one client
 * (one socket) per namespace for the whole trial, as an application would hold it: veth pair
 * created (peer in place) and deleted, address added, route added, link set up, ip_forward
 * written. Each timed
 * step starts from the same state; an untimed fixture undoes it.
 *
 * <p>JMH state and benchmarks; JMH confines each state to its scope.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class RouteStepBench {

    /** Clients in the sandbox host and in a test-ns; a plain link {@code s0} (ifb) in the host. */
    @State(Scope.Benchmark)
    public static class Clients {
        RouteClient host;
        NetNamespace testNs;
        String testNsName;
        RouteClient test;

        @Setup(Level.Trial)
        public void open(HostSandbox sandbox) {
            host = RouteClient.open(sandbox.hostNamespace());
            testNsName = SandboxNames.newName("t");
            testNs = NetNamespace.create(testNsName);
            test = RouteClient.open(testNs);
            host.links().add(LinkSpec.of("s0", new LinkKind.Other("ifb")));
            host.addresses().add("s0", "10.78.0.1/24");
            host.links().setUp("s0");
        }

        @TearDown(Level.Trial)
        public void close() {
            test.close();
            host.close();
            testNs.close();
            SandboxNames.delete(testNsName);
        }
    }

    /** No veth01 yet; whatever the step made is deleted afterwards (untimed). */
    @State(Scope.Thread)
    public static class NoVeth {
        Clients clients;

        @Setup(Level.Invocation)
        public void before(Clients clients) {
            this.clients = clients;
        }

        @TearDown(Level.Invocation)
        public void after() {
            clients.host.links().find("veth01").ifPresent(l -> clients.host.links().delete(l.index()));
        }
    }

    /** veth01 exists (peer veth02 in test-ns), ready to be deleted. */
    @State(Scope.Thread)
    public static class WithVeth {
        Clients clients;
        Link veth01;

        @Setup(Level.Invocation)
        public void before(Clients clients) {
            this.clients = clients;
            veth01 = clients.host.links().add(LinkSpec.veth("veth01", VethPeer.named("veth02").in(clients.testNs)));
        }

        @TearDown(Level.Invocation)
        public void after() {
            clients.host.links().find("veth01").ifPresent(l -> clients.host.links().delete(l.index()));
        }
    }

    /** s0 without 10.77.0.1/24; the address the step adds is deleted afterwards (untimed). */
    @State(Scope.Thread)
    public static class NoAddress {
        Clients clients;

        @Setup(Level.Invocation)
        public void before(Clients clients) {
            this.clients = clients;
        }

        @TearDown(Level.Invocation)
        public void after() {
            clients.host.addresses().delete("s0", "10.77.0.1/24");
        }
    }

    /** No route to 10.200.0.0/16; the route the step adds is deleted afterwards (untimed). */
    @State(Scope.Thread)
    public static class NoRoute {
        Clients clients;

        @Setup(Level.Invocation)
        public void before(Clients clients) {
            this.clients = clients;
        }

        @TearDown(Level.Invocation)
        public void after() {
            clients.host.routes().delete(RouteSpec.to("10.200.0.0/16").via("10.78.0.2"));
        }
    }

    /** {@code ip link add veth01 type veth peer name veth02 netns test-ns}: one request. */
    @Benchmark
    public Link vethCreate(NoVeth state) {
        return state.clients.host.links().add(LinkSpec.veth("veth01", VethPeer.named("veth02").in(state.clients.testNs)));
    }

    /** {@code ip link del veth01}: returns when both ends are gone (the kernel waits for RCU). */
    @Benchmark
    public void vethDelete(WithVeth state) {
        state.clients.host.links().delete(state.veth01.index());
    }

    /** {@code ip addr add 10.77.0.1/24 dev s0}. */
    @Benchmark
    public void addressAdd(NoAddress state) {
        state.clients.host.addresses().add("s0", "10.77.0.1/24");
    }

    /** {@code ip route add 10.200.0.0/16 via 10.78.0.2}. */
    @Benchmark
    public void routeAdd(NoRoute state) {
        state.clients.host.routes().add(RouteSpec.to("10.200.0.0/16").via("10.78.0.2"));
    }

    /** {@code ip link set s0 down} (untimed) then {@code ip link set s0 up} (timed). */
    @Benchmark
    public void linkUp(LinkDown state) {
        state.clients.host.links().setUp("s0");
    }

    /** {@code sysctl -w net.ipv4.ip_forward=1} in the host, through the client (no process). */
    @Benchmark
    public void ipForwarding(Clients clients) {
        clients.host.sysctls().setIpForwarding(true);
    }

    /** s0 set down before each invocation. */
    @State(Scope.Thread)
    public static class LinkDown {
        Clients clients;

        @Setup(Level.Invocation)
        public void before(Clients clients) {
            this.clients = clients;
            clients.host.links().setDown("s0");
        }
    }
}
