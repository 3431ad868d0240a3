package io.netlink4j.bench.scenario;

import io.netlink4j.core.netns.NetNamespace;
import io.netlink4j.route.IpPrefix;
import io.netlink4j.route.LinkRef;

/**
 * The founding scenario's parameters; {@link #defaults()} are the tutorial's values.
 * Everything is validated here, before any syscall. Immutable, hence thread-safe.
 *
 * @param testNamespace     name of the namespace to create ({@code test-ns})
 * @param anonymous         keep test-ns as an fd only (no {@code /run/netns} entry): faster churn
 * @param hostVeth          the veth end that stays in the host ({@code veth01})
 * @param peerVeth          the end inside test-ns ({@code veth02})
 * @param hostAddress       address of {@code hostVeth}, also test-ns's gateway (192.168.8.101/24)
 * @param peerAddress       address of {@code peerVeth} (192.168.8.102/24)
 * @param uplink            the host's link toward the outside ({@code eth0})
 * @param peerInPlace       create {@code veth02} directly inside test-ns (one request, ~0.4 ms)
 *                          instead of the tutorial's create-then-move (~30 ms of kernel RCU wait)
 * @param mtu               MTU for both veth ends, 0 for the kernel's default
 * @param tableName         name of the nftables table {@code ip NAME} the scenario owns (its
 *                          forward and postrouting chains); it is created exclusively and
 *                          deleted whole on teardown, so the scenario never edits a table it
 *                          did not create
 * @param restoreForwarding on teardown, put {@code net.ipv4.ip_forward} back to what it was
 * @param gateway           test-ns's default gateway; null for the host end's address (the tutorial)
 * @param pipelined         send test-ns's requests of steps 1, 3 and 6 (lo up, address, up,
 *                          default route) in one datagram; off: one request per tutorial step
 */
public record ScenarioConfig(String testNamespace, boolean anonymous, String hostVeth, String peerVeth,
                             IpPrefix hostAddress, IpPrefix peerAddress, String uplink, boolean peerInPlace,
                             int mtu, String tableName, boolean restoreForwarding,
                             java.net.InetAddress gateway, boolean pipelined) {
    public ScenarioConfig {
        NetNamespace.validateName(testNamespace);
        LinkRef.validateName(hostVeth);
        LinkRef.validateName(peerVeth);
        LinkRef.validateName(uplink);
        if (hostVeth.equals(uplink)) {
            throw new IllegalArgumentException("the veth end '" + hostVeth + "' cannot also be the uplink");
        }
        if (hostAddress.family() != peerAddress.family() || hostAddress.length() != peerAddress.length()) {
            throw new IllegalArgumentException("host address " + hostAddress + " and peer address " + peerAddress
                    + " must be in one subnet");
        }
        if (!hostAddress.network().equals(peerAddress.network())) {
            throw new IllegalArgumentException("host address " + hostAddress + " and peer address " + peerAddress
                    + " are not in one subnet");
        }
        if (hostAddress.address().equals(peerAddress.address())) {
            throw new IllegalArgumentException("host and peer addresses are equal: " + hostAddress);
        }
        if (hostAddress.family() != io.netlink4j.route.Family.INET) {
            throw new IllegalArgumentException("the scenario masquerades IPv4: " + hostAddress + " is not IPv4");
        }
        if (mtu < 0 || mtu > 65535) {
            throw new IllegalArgumentException("mtu out of range: " + mtu);
        }
        if (tableName == null || tableName.isEmpty() || tableName.length() > 255) {
            throw new IllegalArgumentException("bad nftables table name: '" + tableName + "'");
        }
    }

    /** The tutorial's values: test-ns, veth01/veth02, 192.168.8.101/.102 /24, uplink eth0, peer in place. */
    public static ScenarioConfig defaults() {
        return new ScenarioConfig("test-ns", false, "veth01", "veth02", IpPrefix.parse("192.168.8.101/24"),
                IpPrefix.parse("192.168.8.102/24"), "eth0", true, 0, "netlink4j", true, null, true);
    }

    /** The subnet that is masqueraded (192.168.8.0/24). */
    public String subnet() {
        return hostAddress.network().getHostAddress() + "/" + hostAddress.length();
    }

    public ScenarioConfig withTestNamespace(String name) {
        return new ScenarioConfig(name, anonymous, hostVeth, peerVeth, hostAddress, peerAddress, uplink, peerInPlace,
                mtu, tableName, restoreForwarding, gateway, pipelined);
    }

    public ScenarioConfig withAnonymous(boolean on) {
        return new ScenarioConfig(testNamespace, on, hostVeth, peerVeth, hostAddress, peerAddress, uplink, peerInPlace,
                mtu, tableName, restoreForwarding, gateway, pipelined);
    }

    public ScenarioConfig withPeerInPlace(boolean on) {
        return new ScenarioConfig(testNamespace, anonymous, hostVeth, peerVeth, hostAddress, peerAddress, uplink, on,
                mtu, tableName, restoreForwarding, gateway, pipelined);
    }

    public ScenarioConfig withUplink(String name) {
        return new ScenarioConfig(testNamespace, anonymous, hostVeth, peerVeth, hostAddress, peerAddress, name,
                peerInPlace, mtu, tableName, restoreForwarding, gateway, pipelined);
    }

    public ScenarioConfig withVeths(String host, String peer) {
        return new ScenarioConfig(testNamespace, anonymous, host, peer, hostAddress, peerAddress, uplink, peerInPlace,
                mtu, tableName, restoreForwarding, gateway, pipelined);
    }

    public ScenarioConfig withAddresses(String host, String peer) {
        return new ScenarioConfig(testNamespace, anonymous, hostVeth, peerVeth, IpPrefix.parse(host),
                IpPrefix.parse(peer), uplink, peerInPlace, mtu, tableName, restoreForwarding, gateway, pipelined);
    }

    public ScenarioConfig withMtu(int bytes) {
        return new ScenarioConfig(testNamespace, anonymous, hostVeth, peerVeth, hostAddress, peerAddress, uplink,
                peerInPlace, bytes, tableName, restoreForwarding, gateway, pipelined);
    }

    public ScenarioConfig withTableName(String name) {
        return new ScenarioConfig(testNamespace, anonymous, hostVeth, peerVeth, hostAddress, peerAddress, uplink,
                peerInPlace, mtu, name, restoreForwarding, gateway, pipelined);
    }

    /** test-ns's default gateway (null: the host end's address, as in the tutorial). */
    public java.net.InetAddress effectiveGateway() {
        return gateway != null ? gateway : hostAddress.address();
    }

    public ScenarioConfig withGateway(String address) {
        return new ScenarioConfig(testNamespace, anonymous, hostVeth, peerVeth, hostAddress, peerAddress, uplink,
                peerInPlace, mtu, tableName, restoreForwarding, IpPrefix.parse(address).address(), pipelined);
    }

    public ScenarioConfig withPipelined(boolean on) {
        return new ScenarioConfig(testNamespace, anonymous, hostVeth, peerVeth, hostAddress, peerAddress, uplink,
                peerInPlace, mtu, tableName, restoreForwarding, gateway, on);
    }

    public ScenarioConfig withRestoreForwarding(boolean on) {
        return new ScenarioConfig(testNamespace, anonymous, hostVeth, peerVeth, hostAddress, peerAddress, uplink,
                peerInPlace, mtu, tableName, on, gateway, pipelined);
    }
}
