package io.netlink4j.core.netns;

import static io.netlink4j.core.codec.Netlink.NETLINK_ROUTE;

import io.netlink4j.core.error.AlreadyExistsException;
import io.netlink4j.core.error.NetlinkException;
import io.netlink4j.core.error.NoSuchObjectException;
import io.netlink4j.core.os.Errno;
import io.netlink4j.core.os.Posix;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A handle on a network namespace: an open fd on its nsfs file, plus its name when it is a
 * named (iproute2-compatible) namespace under {@code /run/netns}.
 *
 * <p>Named namespaces interoperate with iproute2 both ways: {@code ip netns list} shows those
 * created here, and those created by {@code ip netns add} open here. Anonymous namespaces
 * ({@link #createAnonymous()}) exist only while a handle (or a process, or a socket made in
 * them) holds them: the fast path for churn.
 *
 * <p>{@link #run} executes code inside the namespace on a helper thread; the calling thread
 * never changes namespace. Closing the handle releases the fd; it does not delete a named
 * namespace ({@link #delete()} does). Thread-safe: the fd is immutable until close, and close
 * is idempotent.
 */
public final class NetNamespace implements AutoCloseable {
    /** Where iproute2 keeps named namespaces. */
    public static final Path RUN_NETNS = Paths.get("/run/netns");

    private static volatile boolean runNetnsShared;

    private final int fd;
    private final String name;
    private final String description;
    private final AtomicBoolean closed = new AtomicBoolean();
    /** A NETLINK_ROUTE socket opened inside while the namespace was created, until taken; -1 if none. */
    private final java.util.concurrent.atomic.AtomicInteger preparedRouteSocket;

    private NetNamespace(int fd, String name, String description) {
        this(fd, name, description, -1);
    }

    private NetNamespace(int fd, String name, String description, int preparedRouteSocket) {
        this.fd = fd;
        this.name = name;
        this.description = description;
        this.preparedRouteSocket = new java.util.concurrent.atomic.AtomicInteger(preparedRouteSocket);
    }

    /** Inside a fresh namespace: its fd and an rtnetlink socket made there, in one helper-thread visit. */
    private static long openInside() {
        int nsFd = Posix.open("/proc/thread-self/ns/net", Posix.O_RDONLY, 0);
        int sock;
        try {
            sock = Posix.socket(Posix.AF_NETLINK, Posix.SOCK_RAW | Posix.SOCK_CLOEXEC, NETLINK_ROUTE);
        } catch (RuntimeException e) {
            Posix.close(nsFd);
            throw e;
        }
        return ((long) nsFd << 32) | (sock & 0xffffffffL);
    }

    /**
     * Hands over, once, the NETLINK_ROUTE socket that {@link #create} and
     * {@link #createAnonymous} opened inside the new namespace during the same helper-thread
     * visit that created it; -1 if there is none (or for another protocol). The caller owns the
     * fd from then on. {@code NetlinkSocket.open} uses it, so a fresh namespace's first
     * rtnetlink client costs no second visit; applications need not call this.
     */
    public int takePreparedSocket(int protocol) {
        return protocol == NETLINK_ROUTE ? preparedRouteSocket.getAndSet(-1) : -1;
    }

    /**
     * Checks a namespace name the way iproute2 does: not empty, not {@code .} or {@code ..},
     * no {@code /} or NUL, at most 255 bytes.
     *
     * @throws IllegalArgumentException naming the bad value
     */
    public static String validateName(String name) {
        if (name == null || name.isEmpty()) {
            throw new IllegalArgumentException("namespace name must not be empty");
        }
        if (name.equals(".") || name.equals("..")) {
            throw new IllegalArgumentException("namespace name '" + name + "' is not allowed");
        }
        if (name.indexOf('/') >= 0 || name.indexOf('\0') >= 0) {
            throw new IllegalArgumentException("namespace name '" + name + "' must not contain '/' or NUL");
        }
        if (name.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > 255) {
            throw new IllegalArgumentException("namespace name '" + name + "' is longer than 255 bytes");
        }
        return name;
    }

    private static String pathOf(String name) {
        return RUN_NETNS.resolve(name).toString();
    }

    /** The calling thread's current namespace (its {@code /proc/thread-self/ns/net}). */
    public static NetNamespace current() {
        return new NetNamespace(Posix.open("/proc/thread-self/ns/net", Posix.O_RDONLY, 0), null, "current");
    }

    /** The process's own (main thread's) namespace, where helper threads rest. */
    public static NetNamespace home() {
        return new NetNamespace(Posix.open("/proc/self/ns/net", Posix.O_RDONLY, 0), null, "home");
    }

    /** Opens the named namespace {@code /run/netns/NAME} (made by netlink4j or {@code ip netns add}). */
    public static NetNamespace open(String name) {
        validateName(name);
        int fd = Posix.tryOpen(pathOf(name), Posix.O_RDONLY, 0);
        if (fd < 0) {
            throw NetlinkException.ofErrno(-fd, "opening namespace " + name);
        }
        return new NetNamespace(fd, name, name);
    }

    /** Opens a namespace by an nsfs path (a bind mount, or {@code /proc/PID/ns/net}). */
    public static NetNamespace openPath(Path path) {
        int fd = Posix.tryOpen(path.toString(), Posix.O_RDONLY, 0);
        if (fd < 0) {
            throw NetlinkException.ofErrno(-fd, "opening namespace " + path);
        }
        // refuse a file that is not a network namespace before someone passes it to setns; the
        // nsfs ioctl answers for bind mounts (/run/netns/NAME) and /proc/PID/ns/net alike
        int type = Posix.namespaceType(fd);
        if (type != Posix.CLONE_NEWNET) {
            Posix.close(fd);
            throw new IllegalArgumentException(path + " is not a network namespace ("
                    + (type < 0 ? Errno.name(-type) + " from NS_GET_NSTYPE" : "namespace type 0x" + Integer.toHexString(type))
                    + ")");
        }
        return new NetNamespace(fd, null, path.toString());
    }

    /** Opens the namespace of process {@code pid}. */
    public static NetNamespace ofPid(int pid) {
        if (pid <= 0) {
            throw new IllegalArgumentException("pid must be positive: " + pid);
        }
        return openPath(Paths.get("/proc", Integer.toString(pid), "ns", "net"));
    }

    /** True if {@code /run/netns/NAME} exists. */
    public static boolean exists(String name) {
        return Files.exists(RUN_NETNS.resolve(validateName(name)));
    }

    /** The names under {@code /run/netns}, sorted: what {@code ip netns list} shows. */
    public static List<String> listNamed() {
        List<String> names = new ArrayList<>();
        try (DirectoryStream<Path> dir = Files.newDirectoryStream(RUN_NETNS)) {
            for (Path p : dir) {
                names.add(p.getFileName().toString());
            }
        } catch (NoSuchFileException e) {
            return List.of();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Collections.sort(names);
        return names;
    }

    /**
     * Creates a named namespace, iproute2-style: {@code /run/netns} made a shared mount, an
     * empty file, a fresh namespace (unshare on a helper thread), bind-mounted onto the file.
     *
     * @throws AlreadyExistsException if the name is taken
     */
    public static NetNamespace create(String name) {
        validateName(name);
        String path = pathOf(name);
        ensureRunNetns();
        int placeholder = Posix.tryOpen(path, Posix.O_RDONLY | Posix.O_CREAT | Posix.O_EXCL, 0);
        if (placeholder < 0) {
            throw NetlinkException.ofErrno(-placeholder, "creating namespace " + name);
        }
        Posix.close(placeholder);
        try {
            long fds = NamespaceThreads.run(() -> Posix.unshare(Posix.CLONE_NEWNET), () -> {
                int rc = Posix.mount("/proc/thread-self/ns/net", path, "none", Posix.MS_BIND);
                if (rc != 0) {
                    throw NetlinkException.ofErrno(rc, "bind-mounting namespace " + name + " onto " + path);
                }
                return openInside();
            });
            return new NetNamespace((int) (fds >>> 32), name, name, (int) fds);
        } catch (RuntimeException e) {
            Posix.umount2(path, Posix.MNT_DETACH);
            Posix.unlink(path);
            throw e;
        }
    }

    /** Creates an anonymous namespace: no name, no mount; it lives while this handle is open. */
    public static NetNamespace createAnonymous() {
        long fds = NamespaceThreads.run(() -> Posix.unshare(Posix.CLONE_NEWNET), NetNamespace::openInside);
        int fd = (int) (fds >>> 32);
        return new NetNamespace(fd, null, "anonymous fd " + fd, (int) fds);
    }

    /**
     * Deletes the named namespace {@code NAME} as {@code ip netns delete} does: lazy unmount,
     * then unlink. The namespace itself ends when nothing else holds it.
     *
     * @throws NoSuchObjectException if there is no such name
     */
    public static void delete(String name) {
        validateName(name);
        String path = pathOf(name);
        int um = Posix.umount2(path, Posix.MNT_DETACH);
        int ul = Posix.unlink(path);
        if (ul != 0) {
            throw NetlinkException.ofErrno(ul, "deleting namespace " + name);
        }
        if (um != 0 && um != Errno.EINVAL) {
            // EINVAL: the file was not a mount point (a failed create); unlink already cleaned it
            throw NetlinkException.ofErrno(um, "unmounting namespace " + name);
        }
    }

    private static void ensureRunNetns() {
        if (runNetnsShared) {
            return;
        }
        synchronized (NetNamespace.class) {
            if (runNetnsShared) {
                return;
            }
            int rc = Posix.mkdir(RUN_NETNS.toString(), 0755);
            if (rc != 0 && rc != Errno.EEXIST) {
                throw NetlinkException.ofErrno(rc, "creating " + RUN_NETNS);
            }
            // shared propagation makes our bind mounts visible to other mount namespaces (ip netns exec)
            rc = Posix.mount("", RUN_NETNS.toString(), "none", Posix.MS_SHARED | Posix.MS_REC);
            if (rc == Errno.EINVAL) {
                rc = Posix.mount(RUN_NETNS.toString(), RUN_NETNS.toString(), "none", Posix.MS_BIND | Posix.MS_REC);
                if (rc == 0) {
                    rc = Posix.mount("", RUN_NETNS.toString(), "none", Posix.MS_SHARED | Posix.MS_REC);
                }
            }
            if (rc != 0) {
                throw NetlinkException.ofErrno(rc, "making " + RUN_NETNS + " a shared mount");
            }
            runNetnsShared = true;
        }
    }

    /**
     * Runs {@code task} inside this namespace on a helper thread and returns its result. The
     * caller's thread stays where it is, also when the task throws. Runtime exceptions and
     * errors pass through unchanged; checked ones arrive wrapped in
     * {@link java.util.concurrent.CompletionException}.
     */
    public <T> T run(Callable<T> task) {
        int f = fd();
        return NamespaceThreads.run(() -> Posix.setns(f, Posix.CLONE_NEWNET, "entering namespace " + description), task);
    }

    /** Runs {@code task} inside this namespace on a helper thread. */
    public void run(Runnable task) {
        run(() -> {
            task.run();
            return null;
        });
    }

    /** The namespace's fd (valid until {@link #close()}), e.g. for IFLA_NET_NS_FD. */
    public int fd() {
        if (closed.get()) {
            throw new IllegalStateException("namespace handle " + description + " is closed");
        }
        return fd;
    }

    /** The name under {@code /run/netns}, if this is a named namespace. */
    public Optional<String> name() {
        return Optional.ofNullable(name);
    }

    /** The name, or a description of an anonymous handle; for messages. */
    public String description() {
        return description;
    }

    /**
     * The kernel's identity of this namespace, {@code net:[INODE]} (what
     * {@code readlink /proc/PID/ns/net} shows): equal strings mean the same namespace.
     */
    public String identity() {
        try {
            // stat through the fd: the nsfs inode number is the namespace's identity, also when
            // the fd was opened on a bind mount (whose /proc/self/fd link shows the mount path)
            Object inode = Files.getAttribute(Paths.get("/proc/self/fd/" + fd()), "unix:ino");
            return "net:[" + inode + "]";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** True when {@code other} is the same kernel namespace as this one. */
    public boolean sameAs(NetNamespace other) {
        return identity().equals(other.identity());
    }

    /** Deletes this named namespace (see {@link #delete(String)}) and closes the handle. */
    public void delete() {
        try {
            if (name == null) {
                return; // anonymous: closing the fd is what ends it
            }
            delete(name);
        } finally {
            close();
        }
    }

    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            int prepared = preparedRouteSocket.getAndSet(-1);
            if (prepared >= 0) {
                Posix.close(prepared);
            }
            Posix.close(fd);
        }
    }

    @Override
    public String toString() {
        return "NetNamespace[" + description + "]";
    }
}
