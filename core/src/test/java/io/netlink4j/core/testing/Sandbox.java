package io.netlink4j.core.testing;

import io.netlink4j.core.netns.NetNamespace;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Throwaway namespaces for one test. Names are unique per process and run
 * ({@code nl4j-PID-N}); {@link #close()} deletes everything made here, newest first, and is
 * called by the extension after each test even when it fails. Not thread-safe.
 */
public final class Sandbox implements AutoCloseable {
    private static final String PREFIX = "nl4j-";
    private static final AtomicInteger COUNTER = new AtomicInteger();
    private static volatile boolean swept;

    private final Deque<NetNamespace> namespaces = new ArrayDeque<>();
    private final Deque<String> externalNames = new ArrayDeque<>();

    /** A unique namespace name for this test run (not created). */
    public String uniqueName() {
        return PREFIX + ProcessHandle.current().pid() + "-" + COUNTER.incrementAndGet();
    }

    /** A fresh named namespace (visible to {@code ip netns}), removed after the test. */
    public NetNamespace namespace() {
        NetNamespace ns = NetNamespace.create(uniqueName());
        namespaces.push(ns);
        return ns;
    }

    /** A fresh anonymous namespace, closed after the test. */
    public NetNamespace anonymousNamespace() {
        NetNamespace ns = NetNamespace.createAnonymous();
        namespaces.push(ns);
        return ns;
    }

    /** Registers a name that something else (e.g. {@code ip netns add}) will create, for cleanup. */
    public String adopt(String name) {
        externalNames.push(name);
        return name;
    }

    @Override
    public void close() {
        RuntimeException first = null;
        while (!namespaces.isEmpty()) {
            NetNamespace ns = namespaces.pop();
            try {
                if (ns.name().isPresent() && NetNamespace.exists(ns.name().get())) {
                    ns.delete();
                } else {
                    ns.close();
                }
            } catch (RuntimeException e) {
                first = first == null ? e : first;
            }
        }
        while (!externalNames.isEmpty()) {
            String name = externalNames.pop();
            try {
                if (NetNamespace.exists(name)) {
                    NetNamespace.delete(name);
                }
            } catch (RuntimeException e) {
                first = first == null ? e : first;
            }
        }
        if (first != null) {
            throw first;
        }
    }

    /** Removes namespaces left by an earlier test JVM that died (its pid no longer runs). */
    static void sweepStale() {
        if (swept) {
            return;
        }
        swept = true;
        List<String> names = NetNamespace.listNamed();
        for (String n : names) {
            if (!n.startsWith(PREFIX)) {
                continue;
            }
            String[] parts = n.substring(PREFIX.length()).split("-", 2);
            try {
                long pid = Long.parseLong(parts[0]);
                if (pid != ProcessHandle.current().pid() && ProcessHandle.of(pid).isEmpty()) {
                    NetNamespace.delete(n);
                }
            } catch (NumberFormatException | io.netlink4j.core.error.NetlinkException e) {
                // not ours, or already gone
            }
        }
    }

    /** Open fds of this process, for leak checks. */
    public static int openFdCount() {
        try (var s = Files.list(Path.of("/proc/self/fd"))) {
            return (int) s.count();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
