package io.netlink4j.core.socket;

import java.time.Duration;

/**
 * How a {@link NetlinkSocket} is set up. Immutable, hence thread-safe; start from {@link #defaults()}.
 *
 * @param kernelReceiveBuffer SO_RCVBUF(FORCE) bytes: how much the kernel may queue for us
 *                            before it drops (ENOBUFS). 1 MiB by default, like iproute2.
 * @param kernelSendBuffer    SO_SNDBUF(FORCE) bytes: bounds one datagram (one nf_tables batch)
 * @param datagramBuffer      bytes of our receive buffer. The kernel sizes dump chunks by it
 *                            (up to 32 KiB), and a smaller one costs throughput; 64 KiB default
 * @param timeout             how long to wait for an answer before NetlinkTimeoutException
 * @param peekSize            size every datagram with MSG_PEEK|MSG_TRUNC first and grow the
 *                            buffer to fit (one more syscall per datagram). Off by default: a
 *                            too-large datagram is still detected (MSG_TRUNC) and reported.
 * @param strictCheck         NETLINK_GET_STRICT_CHK: the kernel validates GET requests and
 *                            filters dumps by the header fields (rtnetlink)
 */
public record SocketOptions(int kernelReceiveBuffer, int kernelSendBuffer, int datagramBuffer,
                            Duration timeout, boolean peekSize, boolean strictCheck) {
    public SocketOptions {
        if (kernelReceiveBuffer < 4096 || kernelSendBuffer < 4096) {
            throw new IllegalArgumentException("kernel buffers must be at least 4096 bytes");
        }
        if (datagramBuffer < 8192) {
            throw new IllegalArgumentException("datagramBuffer must be at least 8192 bytes: " + datagramBuffer);
        }
        if (timeout == null || timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive: " + timeout);
        }
    }

    public static SocketOptions defaults() {
        return new SocketOptions(1 << 20, 4 << 20, 64 << 10, Duration.ofSeconds(30), false, true);
    }

    public SocketOptions withTimeout(Duration t) {
        return new SocketOptions(kernelReceiveBuffer, kernelSendBuffer, datagramBuffer, t, peekSize, strictCheck);
    }

    public SocketOptions withDatagramBuffer(int bytes) {
        return new SocketOptions(kernelReceiveBuffer, kernelSendBuffer, bytes, timeout, peekSize, strictCheck);
    }

    public SocketOptions withKernelReceiveBuffer(int bytes) {
        return new SocketOptions(bytes, kernelSendBuffer, datagramBuffer, timeout, peekSize, strictCheck);
    }

    public SocketOptions withPeekSize(boolean on) {
        return new SocketOptions(kernelReceiveBuffer, kernelSendBuffer, datagramBuffer, timeout, on, strictCheck);
    }

    public SocketOptions withStrictCheck(boolean on) {
        return new SocketOptions(kernelReceiveBuffer, kernelSendBuffer, datagramBuffer, timeout, peekSize, on);
    }
}
