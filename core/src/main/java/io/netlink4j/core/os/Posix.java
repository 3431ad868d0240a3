package io.netlink4j.core.os;

import com.sun.jna.Native;
import com.sun.jna.Pointer;
import io.netlink4j.core.error.NetlinkException;
import io.netty.buffer.ByteBuf;

/**
 * The native layer's public face: libc calls with errno turned into {@link NetlinkException}.
 * Buffers are passed as netty direct {@link ByteBuf}s whose memory the call reads or writes.
 * Thread-safe (stateless). Nothing outside this package touches JNA.
 */
public final class Posix {
    public static final int AF_NETLINK = 16;
    public static final int SOCK_RAW = 3;
    public static final int SOCK_CLOEXEC = 0x80000;
    public static final int SOL_SOCKET = 1;
    public static final int SO_SNDBUF = 7;
    public static final int SO_RCVBUF = 8;
    public static final int SO_RCVTIMEO = 20;
    public static final int SO_SNDBUFFORCE = 32;
    public static final int SO_RCVBUFFORCE = 33;
    public static final int MSG_PEEK = 0x2;
    public static final int MSG_TRUNC = 0x20;
    public static final int MSG_DONTWAIT = 0x40;
    public static final int O_RDONLY = 0;
    public static final int O_WRONLY = 1;
    public static final int O_RDWR = 2;
    public static final int O_CREAT = 0x40;
    public static final int O_EXCL = 0x80;
    public static final int O_CLOEXEC = 0x80000;
    public static final int CLONE_NEWNET = 0x40000000;
    public static final long MS_BIND = 4096;
    public static final long MS_REC = 16384;
    public static final long MS_SHARED = 1 << 20;
    public static final int MNT_DETACH = 2;
    /** linux/nsfs.h: _IO(0xb7, 0x3), the CLONE_NEW* type of the namespace an nsfs fd refers to. */
    public static final long NS_GET_NSTYPE = 0xb703L;

    private Posix() {}

    /** The last errno of this thread, as left by the previous native call. */
    public static int errno() {
        return Native.getLastError();
    }

    private static int check(int rc, String what) {
        if (rc < 0) {
            throw NetlinkException.ofErrno(errno(), what);
        }
        return rc;
    }

    /** The native address of a direct buffer's first byte (index 0). */
    public static long address(ByteBuf buf) {
        if (buf.hasMemoryAddress()) {
            return buf.memoryAddress();
        }
        if (!buf.isDirect()) {
            throw new IllegalArgumentException("netlink buffers must be direct");
        }
        // a pooled buffer's NIO view is its whole arena chunk positioned at the buffer's offset,
        // and JNA answers the chunk's base address: add the position to reach index 0
        java.nio.ByteBuffer nio = buf.internalNioBuffer(0, buf.capacity());
        return Pointer.nativeValue(Native.getDirectBufferPointer(nio)) + nio.position();
    }

    public static int socket(int domain, int type, int protocol) {
        return check(LibC.socket(domain, type, protocol), "socket(" + domain + ", " + type + ", " + protocol + ")");
    }

    public static void bind(int fd, long addr, int len) {
        check(LibC.bind(fd, addr, len), "bind(fd " + fd + ")");
    }

    public static void getsockname(int fd, long addr, long lenPtr) {
        check(LibC.getsockname(fd, addr, lenPtr), "getsockname(fd " + fd + ")");
    }

    /** setsockopt; returns the errno instead of throwing when {@code lenient} (optional features). */
    public static int setsockopt(int fd, int level, int name, long value, int len, boolean lenient) {
        int rc = LibC.setsockopt(fd, level, name, value, len);
        if (rc < 0) {
            int e = errno();
            if (lenient) {
                return e;
            }
            throw NetlinkException.ofErrno(e, "setsockopt(fd " + fd + ", level " + level + ", option " + name + ")");
        }
        return 0;
    }

    public static void getsockopt(int fd, int level, int name, long value, long lenPtr) {
        check(LibC.getsockopt(fd, level, name, value, lenPtr), "getsockopt(fd " + fd + ", option " + name + ")");
    }

    /** sendto; returns bytes sent or {@code -errno} (the caller decides what EINTR means). */
    public static long sendto(int fd, long buf, long len, int flags, long addr, int addrLen) {
        long rc = LibC.sendto(fd, buf, len, flags, addr, addrLen);
        return rc < 0 ? -errno() : rc;
    }

    /** recvfrom; returns bytes received (full datagram length with MSG_TRUNC) or {@code -errno}. */
    public static long recvfrom(int fd, long buf, long len, int flags, long addr, long addrLenPtr) {
        long rc = LibC.recvfrom(fd, buf, len, flags, addr, addrLenPtr);
        return rc < 0 ? -errno() : rc;
    }

    /** Closes {@code fd}; errors other than EBADF are ignored because the fd is gone either way. */
    public static void close(int fd) {
        if (LibC.close(fd) < 0 && errno() == Errno.EBADF) {
            throw NetlinkException.ofErrno(Errno.EBADF, "close(fd " + fd + ")");
        }
    }

    public static void setns(int fd, int nstype, String what) {
        check(LibC.setns(fd, nstype), what);
    }

    public static void unshare(int flags) {
        check(LibC.unshare(flags), "unshare(CLONE_NEWNET)");
    }

    /** mount; returns 0 or errno without throwing, because callers retry on some errnos. */
    public static int mount(String source, String target, String fsType, long flags) {
        return LibC.mount(source, target, fsType, flags, 0L) < 0 ? errno() : 0;
    }

    /** umount2; returns 0 or errno. */
    public static int umount2(String target, int flags) {
        return LibC.umount2(target, flags) < 0 ? errno() : 0;
    }

    /** open(2), always with O_CLOEXEC so no fd leaks into a child the user spawns. */
    public static int open(String path, int flags, int mode) {
        return check(LibC.open(path, flags | O_CLOEXEC, mode), "open(" + path + ")");
    }

    /** open(2) with O_CLOEXEC; returns the fd or {@code -errno}. */
    public static int tryOpen(String path, int flags, int mode) {
        int fd = LibC.open(path, flags | O_CLOEXEC, mode);
        return fd < 0 ? -errno() : fd;
    }

    /** unlink; returns 0 or errno. */
    public static int unlink(String path) {
        return LibC.unlink(path) < 0 ? errno() : 0;
    }

    /** mkdir; returns 0 or errno. */
    public static int mkdir(String path, int mode) {
        return LibC.mkdir(path, mode) < 0 ? errno() : 0;
    }

    /** poll(2) on an array of {@code struct pollfd} in direct memory; returns ready count or {@code -errno}. */
    public static int poll(long fds, int count, int timeoutMillis) {
        int rc = LibC.poll(fds, count, timeoutMillis);
        return rc < 0 ? -errno() : rc;
    }

    public static int getpid() {
        return LibC.getpid();
    }

    /**
     * The namespace type ({@link #CLONE_NEWNET} for a network namespace) of an nsfs fd, or
     * {@code -errno} (ENOTTY: the fd is not a namespace).
     */
    public static int namespaceType(int fd) {
        int rc = LibC.ioctl(fd, NS_GET_NSTYPE, 0L);
        return rc < 0 ? -errno() : rc;
    }

    /** read(2) into a direct buffer's memory; returns bytes or {@code -errno}. */
    public static long read(int fd, long buf, long count) {
        long rc = LibC.read(fd, buf, count);
        return rc < 0 ? -errno() : rc;
    }

    /** write(2) from a direct buffer's memory; returns bytes or {@code -errno}. */
    public static long write(int fd, long buf, long count) {
        long rc = LibC.write(fd, buf, count);
        return rc < 0 ? -errno() : rc;
    }
}
