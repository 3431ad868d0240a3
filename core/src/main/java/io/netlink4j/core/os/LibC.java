package io.netlink4j.core.os;

import com.sun.jna.Native;
import com.sun.jna.NativeLibrary;

/**
 * JNA direct mapping of the few libc calls netlink4j needs. Every argument is a primitive:
 * pointers are {@code long} addresses of direct memory the caller owns, so no JNA
 * {@code Structure} or {@code Memory} is allocated per call.
 *
 * <p>Package-private on purpose: {@link Posix} is the only door, so nothing above the native
 * layer sees JNA. Thread-safe (stateless; errno is per thread).
 */
final class LibC {
    static {
        Native.register(LibC.class, NativeLibrary.getInstance("c"));
    }

    private LibC() {}

    static native int socket(int domain, int type, int protocol);

    static native int bind(int fd, long addr, int addrLen);

    static native int getsockname(int fd, long addr, long addrLenPtr);

    static native int setsockopt(int fd, int level, int name, long value, int len);

    static native int getsockopt(int fd, int level, int name, long value, long lenPtr);

    static native long sendto(int fd, long buf, long len, int flags, long addr, int addrLen);

    static native long recvfrom(int fd, long buf, long len, int flags, long addr, long addrLenPtr);

    static native int close(int fd);

    static native int setns(int fd, int nstype);

    static native int unshare(int flags);

    static native int mount(String source, String target, String fsType, long flags, long data);

    static native int umount2(String target, int flags);

    static native int open(String path, int flags, int mode);

    static native int unlink(String path);

    static native int mkdir(String path, int mode);

    static native int getpid();

    static native long syscall(long number);

    static native String strerror(int errnum);

    static native int poll(long fds, long nfds, int timeoutMillis);

    static native long read(int fd, long buf, long count);

    static native long write(int fd, long buf, long count);

    /** ioctl(2) with an integer argument (the variadic third argument passed as a long). */
    static native int ioctl(int fd, long request, long arg);
}
