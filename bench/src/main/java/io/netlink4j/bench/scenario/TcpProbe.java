package io.netlink4j.bench.scenario;

import io.netlink4j.core.netns.NetNamespace;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * Proves reachability with real TCP traffic between namespaces, with no process spawned: a
 * socket belongs to the namespace of the thread that creates it, so the server socket is made
 * inside "wan" and the client socket inside {@code test-ns} (each on a helper thread), and
 * then used from ordinary threads. The server answers each connection with the source address
 * it saw, which shows whether masquerading happened.
 *
 * <p>Thread-safe: one instance serves any number of sequential or concurrent probes.
 */
public final class TcpProbe implements AutoCloseable {
    private final ServerSocket server;
    private final Thread acceptor;
    private final InetSocketAddress address;

    private TcpProbe(ServerSocket server, InetSocketAddress address) {
        this.server = server;
        this.address = address;
        this.acceptor = new Thread(this::serve, "netlink4j-tcp-probe");
        this.acceptor.setDaemon(true);
        this.acceptor.start();
    }

    /** Starts a server listening on {@code bind} (port 0: any) inside {@code ns}. */
    public static TcpProbe listen(NetNamespace ns, InetAddress bind, int port) {
        ServerSocket s = ns.run(() -> {
            ServerSocket ss = new ServerSocket();
            ss.setReuseAddress(true);
            ss.bind(new InetSocketAddress(bind, port), 16);
            return ss;
        });
        return new TcpProbe(s, new InetSocketAddress(bind, s.getLocalPort()));
    }

    /** Where the server listens. */
    public InetSocketAddress address() {
        return address;
    }

    private void serve() {
        while (!server.isClosed()) {
            try (Socket c = server.accept()) {
                c.setSoTimeout(2000);
                OutputStream out = c.getOutputStream();
                out.write((c.getInetAddress().getHostAddress() + "\n").getBytes(StandardCharsets.US_ASCII));
                out.flush();
            } catch (IOException e) {
                if (server.isClosed()) {
                    return;
                }
            }
        }
    }

    /**
     * Connects from inside {@code from} to {@code target} and returns the source address the
     * far server reported (only meaningful when the target is a TcpProbe server).
     */
    public static String connectFrom(NetNamespace from, InetSocketAddress target, int timeoutMillis) {
        Socket socket = socketIn(from);
        try (Socket s = socket) {
            s.connect(target, timeoutMillis);
            s.setSoTimeout(timeoutMillis);
            InputStream in = s.getInputStream();
            byte[] buf = new byte[64];
            int n = 0;
            int r;
            while (n < buf.length && (r = in.read(buf, n, buf.length - n)) > 0) {
                n += r;
            }
            return new String(buf, 0, n, StandardCharsets.US_ASCII).trim();
        } catch (IOException e) {
            throw new UncheckedIOException("TCP connect from namespace " + from.description() + " to " + target + " failed", e);
        }
    }

    /**
     * A client socket whose fd exists inside {@code ns}. {@code new Socket()} alone creates no fd
     * (the JDK makes it lazily at connect time, on the connecting thread, in that thread's
     * namespace), so the socket is bound right here, on the helper thread inside {@code ns}.
     */
    static Socket socketIn(NetNamespace ns) {
        return ns.run(() -> {
            Socket s = new Socket();
            try {
                s.bind(new InetSocketAddress(0));
                return s;
            } catch (IOException e) {
                s.close();
                throw e;
            }
        });
    }

    /** Connects from inside {@code from} to {@code target} and closes at once: reachability only. */
    public static void reach(NetNamespace from, InetSocketAddress target, int timeoutMillis) {
        Socket socket = socketIn(from);
        try (Socket s = socket) {
            s.connect(target, timeoutMillis);
        } catch (IOException e) {
            throw new UncheckedIOException("TCP connect from namespace " + from.description() + " to " + target + " failed", e);
        }
    }

    @Override
    public void close() {
        try {
            server.close();
        } catch (IOException e) {
            // closing a listening socket cannot lose data
        }
        try {
            acceptor.join(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
