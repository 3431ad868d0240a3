package io.netlink4j.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.netlink4j.core.netns.NetNamespace;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;

/** The founding scenario's "it works": TCP from test-ns reaches wan through the host's NAT. */
public final class NatCheck {
    private NatCheck() {}

    /**
     * A server in {@code wan} on 198.51.100.2 accepts a connection made inside {@code testNs} and
     * sees the host's uplink address 198.51.100.1 as its source. Both sockets are created (and
     * the client connects) on threads inside their namespaces: a Java socket gets its fd when it
     * connects or binds, not when constructed.
     */
    public static void assertMasqueradedFrom(NetNamespace testNs, NetNamespace wan) throws IOException {
        try (ServerSocket server = wan.run(() -> new ServerSocket(0, 1, InetAddress.getByName("198.51.100.2")))) {
            server.setSoTimeout(5000);
            int port = server.getLocalPort();
            try (Socket client = testNs.run(() -> {
                Socket s = new Socket();
                try {
                    s.connect(new InetSocketAddress("198.51.100.2", port), 5000);
                } catch (IOException e) {
                    s.close();
                    throw new UncheckedIOException("connecting from " + testNs.description() + " to wan", e);
                }
                return s;
            }); Socket accepted = server.accept()) {
                assertThat(client.isConnected()).isTrue();
                assertThat(accepted.getInetAddress().getHostAddress()).isEqualTo("198.51.100.1");
            }
        }
    }
}
