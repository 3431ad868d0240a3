package io.netlink4j.core.socket;

import io.netlink4j.core.codec.MessageWriter;

/**
 * Writes one request's body (family header, then attributes) after the netlink header the
 * socket has already written. Called under the socket's lock, straight into its send buffer.
 *
 * <p>Implementations need no thread-safety of their own unless they share state.
 */
@FunctionalInterface
public interface MessageEncoder {
    /** An empty body. */
    MessageEncoder EMPTY = out -> { };

    void encode(MessageWriter out);
}
