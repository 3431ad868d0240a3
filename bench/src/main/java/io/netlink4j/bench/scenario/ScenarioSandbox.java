package io.netlink4j.bench.scenario;

import io.netlink4j.core.netns.NetNamespace;
import io.netlink4j.route.AddressSpec;
import io.netlink4j.route.LinkChange;
import io.netlink4j.route.LinkSpec;
import io.netlink4j.route.RouteClient;
import io.netlink4j.route.VethPeer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;

/**
 * The world the scenario runs in when it must not touch the machine: a "host" namespace that
 * stands in for the machine, with an uplink {@code eth0} (198.51.100.1/24), whose veth peer
 * {@code wan0} (198.51.100.2/24) lives in a "wan" namespace that stands in for the internet.
 * A TCP probe server listens in "wan" (proves the masquerade: it reports the source it sees)
 * and one in "host" (the tutorial's ping of 192.168.8.101, done with TCP).
 *
 * <p>Everything is made with netlink4j, no process spawned, under unique names; {@link #close()}
 * deletes both namespaces (the uplink pair goes with them). Not thread-safe.
 */
public final class ScenarioSandbox implements AutoCloseable {
    /** The sandbox uplink's address in "host": what the wan server sees after masquerading. */
    public static final String HOST_UPLINK_ADDRESS = "198.51.100.1";
    public static final String WAN_ADDRESS = "198.51.100.2";
    public static final int PROBE_PORT = 8080;

    private final NetNamespace host;
    private final NetNamespace wan;
    private final TcpProbe wanServer;
    private final TcpProbe hostServer;

    private ScenarioSandbox(NetNamespace host, NetNamespace wan, TcpProbe wanServer, TcpProbe hostServer) {
        this.host = host;
        this.wan = wan;
        this.wanServer = wanServer;
        this.hostServer = hostServer;
    }

    /**
     * Creates the sandbox with namespaces {@code PREFIX-host} and {@code PREFIX-wan}, uplink
     * {@code uplink} in host. On failure, whatever was made is removed again.
     */
    public static ScenarioSandbox create(String prefix, String uplink) {
        NetNamespace host = null;
        NetNamespace wan = null;
        TcpProbe wanServer = null;
        try {
            host = NetNamespace.create(prefix + "-host");
            wan = NetNamespace.create(prefix + "-wan");
            try (RouteClient h = RouteClient.open(host); RouteClient w = RouteClient.open(wan)) {
                h.links().set(LinkChange.of(1).up());
                w.links().set(LinkChange.of(1).up());
                h.links().add(LinkSpec.veth(uplink, VethPeer.named("wan0").in(wan)).up());
                w.links().setUp("wan0");
                h.addresses().add(AddressSpec.of(uplink, HOST_UPLINK_ADDRESS + "/24"));
                w.addresses().add(AddressSpec.of("wan0", WAN_ADDRESS + "/24"));
            }
            wanServer = TcpProbe.listen(wan, InetAddress.getByName(WAN_ADDRESS), PROBE_PORT);
            TcpProbe hostServer = TcpProbe.listen(host, InetAddress.getByName("0.0.0.0"), PROBE_PORT);
            return new ScenarioSandbox(host, wan, wanServer, hostServer);
        } catch (RuntimeException | UnknownHostException e) {
            if (wanServer != null) {
                wanServer.close();
            }
            deleteQuietly(wan);
            deleteQuietly(host);
            if (e instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e);
        }
    }

    private static void deleteQuietly(NetNamespace ns) {
        if (ns != null) {
            try {
                ns.delete();
            } catch (RuntimeException ignored) {
                // best effort on a path that already failed
            }
        }
    }

    /** The namespace that stands in for the machine. */
    public NetNamespace host() {
        return host;
    }

    /** The namespace that stands in for the internet. */
    public NetNamespace wan() {
        return wan;
    }

    /** The probe server in "wan", at 198.51.100.2. */
    public InetSocketAddress wanServer() {
        return wanServer.address();
    }

    /** The probe server in "host", on every address of the host namespace. */
    public int hostServerPort() {
        return hostServer.address().getPort();
    }

    @Override
    public void close() {
        wanServer.close();
        hostServer.close();
        RuntimeException first = null;
        for (NetNamespace ns : new NetNamespace[] {wan, host}) {
            try {
                ns.delete();
            } catch (RuntimeException e) {
                first = first == null ? e : first;
            }
        }
        if (first != null) {
            throw first;
        }
    }
}
