package io.netlink4j.route;

import io.netlink4j.core.error.NetlinkException;
import io.netlink4j.core.error.NoSuchObjectException;
import io.netlink4j.core.error.PermissionDeniedException;
import io.netlink4j.core.os.Errno;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardOpenOption;

/**
 * The {@code net.*} sysctls of the client's namespace, read and written without a process
 * ({@code ip netns exec NS sysctl ...} without the exec):
 * <pre>{@code
 * rt.sysctls().setIpForwarding(true);                        // net.ipv4.ip_forward = 1
 * rt.sysctls().set("net.ipv6.conf.all.forwarding", "1");
 * String v = rt.sysctls().get("net.ipv4.conf.veth01.rp_filter");
 * }</pre>
 * {@code /proc/sys/net} shows the namespace of the thread that opens a file, so every access
 * runs on a short-lived helper thread inside the namespace (the caller's thread never moves).
 * Keys use dots ({@code net.ipv4.ip_forward}) or slashes ({@code net/ipv4/conf/veth01.10/forwarding},
 * for interface names with dots); only {@code net.} keys are accepted, without {@code .} or
 * {@code ..} components, so no key escapes {@code /proc/sys/net}.
 *
 * <p>The forwarding switches ({@link #ipForwarding()}, {@link #setIpForwarding}, and the IPv6
 * pair) keep their file open after the first access: a sysctl file stays bound to the namespace
 * it was opened in, so later reads and writes are one positional syscall on the caller's thread,
 * with no helper thread. The client closes these files.
 *
 * <p>Thread-safe.
 */
public final class Sysctls {
    private static final Path ROOT = Paths.get("/proc/sys");
    private static final Path NET = ROOT.resolve("net");

    private static final String IPV4_FORWARD = "net.ipv4.ip_forward";
    private static final String IPV6_FORWARD = "net.ipv6.conf.all.forwarding";

    private final RouteClient client;
    private FileChannel ipv4Forward;
    private FileChannel ipv6Forward;
    private boolean closed;

    Sysctls(RouteClient client) {
        this.client = client;
    }

    /** The open file of a forwarding switch, opened inside the namespace on first use. */
    private synchronized FileChannel channel(String key, boolean ipv6) {
        if (closed) {
            throw new IllegalStateException("the client of namespace " + client.namespaceDescription() + " is closed");
        }
        FileChannel ch = ipv6 ? ipv6Forward : ipv4Forward;
        if (ch == null) {
            Path p = pathOf(key);
            ch = client.namespace().run(() -> {
                try {
                    return FileChannel.open(p, StandardOpenOption.READ, StandardOpenOption.WRITE);
                } catch (IOException e) {
                    throw failure(e, "opening sysctl " + key);
                }
            });
            if (ipv6) {
                ipv6Forward = ch;
            } else {
                ipv4Forward = ch;
            }
        }
        return ch;
    }

    private boolean readSwitch(String key, boolean ipv6) {
        ByteBuffer buf = ByteBuffer.allocate(16);
        try {
            // one read at offset 0: sysctl files answer reads at other offsets with EOF
            int n = channel(key, ipv6).read(buf, 0);
            return n > 0 && buf.get(0) != '0';
        } catch (IOException e) {
            throw failure(e, "reading sysctl " + key);
        }
    }

    private void writeSwitch(String key, boolean ipv6, boolean on) {
        ByteBuffer buf = ByteBuffer.wrap(on ? ONE : ZERO);
        try {
            channel(key, ipv6).write(buf, 0);
        } catch (IOException e) {
            throw failure(e, "writing sysctl " + key + " = " + (on ? 1 : 0));
        }
    }

    private static final byte[] ONE = {'1', '\n'};
    private static final byte[] ZERO = {'0', '\n'};

    /** Closes the cached files (called by the client's close). */
    synchronized void close() {
        closed = true;
        for (FileChannel ch : new FileChannel[] {ipv4Forward, ipv6Forward}) {
            if (ch != null) {
                try {
                    ch.close();
                } catch (IOException ignored) {
                    // closing a /proc file loses nothing
                }
            }
        }
        ipv4Forward = null;
        ipv6Forward = null;
    }

    /**
     * The file of {@code key} under /proc/sys/net.
     *
     * @throws IllegalArgumentException naming the key if it is not a plain {@code net.*} key
     */
    static Path pathOf(String key) {
        if (key == null || key.isEmpty()) {
            throw new IllegalArgumentException("sysctl key must not be empty");
        }
        char sep = key.indexOf('/') >= 0 ? '/' : '.';
        String[] parts = key.split(sep == '/' ? "/" : "\\.", -1);
        if (!parts[0].equals("net")) {
            throw new IllegalArgumentException("sysctl key '" + key + "' is not a net.* key");
        }
        if (parts.length < 2) {
            throw new IllegalArgumentException("sysctl key '" + key + "' names no setting under net");
        }
        Path p = ROOT;
        for (String part : parts) {
            if (part.isEmpty() || part.equals(".") || part.equals("..")) {
                throw new IllegalArgumentException("sysctl key '" + key + "' has an empty, '.' or '..' component");
            }
            if (part.indexOf('\0') >= 0 || part.indexOf('/') >= 0) {
                throw new IllegalArgumentException("sysctl key '" + key + "' has a NUL or '/' inside a component");
            }
            p = p.resolve(part);
        }
        if (!p.normalize().equals(p) || !p.startsWith(NET)) {
            throw new IllegalArgumentException("sysctl key '" + key + "' leaves /proc/sys/net");
        }
        return p;
    }

    /**
     * {@code sysctl -n KEY}: the value, without the trailing newline.
     *
     * @throws NoSuchObjectException if the key does not exist in this namespace
     */
    public String get(String key) {
        Path p = pathOf(key);
        return client.namespace().run(() -> {
            try (InputStream in = Files.newInputStream(p)) {
                // one large read: a sysctl handler answers a read at a non-zero offset with EOF,
                // so reading in small pieces (as Files.readString does for size-0 files) truncates
                byte[] buf = new byte[64 << 10];
                int n = 0;
                for (int r; n < buf.length && (r = in.read(buf, n, buf.length - n)) > 0; ) {
                    n += r;
                }
                String s = new String(buf, 0, n, StandardCharsets.UTF_8);
                return s.endsWith("\n") ? s.substring(0, s.length() - 1) : s;
            } catch (IOException e) {
                throw failure(e, "reading sysctl " + key);
            }
        });
    }

    /**
     * {@code sysctl -w KEY=VALUE}.
     *
     * @throws NoSuchObjectException if the key does not exist in this namespace
     * @throws NetlinkException      EINVAL (the kernel's refusal of the value) and others
     */
    public void set(String key, String value) {
        Path p = pathOf(key);
        if (value == null || value.indexOf('\n') >= 0) {
            throw new IllegalArgumentException("sysctl value for '" + key + "' must be one line: " + value);
        }
        client.namespace().run(() -> {
            try {
                Files.write(p, (value + "\n").getBytes(StandardCharsets.UTF_8), StandardOpenOption.WRITE,
                        StandardOpenOption.TRUNCATE_EXISTING);
            } catch (IOException e) {
                throw failure(e, "writing sysctl " + key + " = " + value);
            }
        });
    }

    private NetlinkException failure(IOException e, String what) {
        String op = what + " in namespace " + client.namespaceDescription();
        if (e instanceof NoSuchFileException) {
            return new NoSuchObjectException(Errno.ENOENT, null, -1, op);
        }
        if (e instanceof AccessDeniedException) {
            return new PermissionDeniedException(Errno.EACCES, null, -1, op);
        }
        String m = e.getMessage() == null ? "" : e.getMessage();
        if (m.contains("Invalid argument")) {
            return NetlinkException.of(Errno.EINVAL, null, -1, op);
        }
        return new NetlinkException(op + ": " + m, new UncheckedIOException(e));
    }

    /** {@code net.ipv4.ip_forward}. */
    public boolean ipForwarding() {
        return readSwitch(IPV4_FORWARD, false);
    }

    /** Sets {@code net.ipv4.ip_forward}. */
    public void setIpForwarding(boolean on) {
        writeSwitch(IPV4_FORWARD, false, on);
    }

    /** {@code net.ipv6.conf.all.forwarding}. */
    public boolean ipv6Forwarding() {
        return readSwitch(IPV6_FORWARD, true);
    }

    /** Sets {@code net.ipv6.conf.all.forwarding}. */
    public void setIpv6Forwarding(boolean on) {
        writeSwitch(IPV6_FORWARD, true, on);
    }
}
