package io.netlink4j.core.socket;

import io.netlink4j.core.codec.NetlinkMessage;

/**
 * Turns one reply message into a value. The message view is only valid during the call, so
 * copy out what you keep. Return null to skip a message (e.g. one a filter rejects).
 *
 * <p>Called on the thread that runs the exchange, under the socket's lock; implementations need no thread-safety of their own unless they share state.
 */
@FunctionalInterface
public interface MessageDecoder<T> {
    T decode(NetlinkMessage message);
}
