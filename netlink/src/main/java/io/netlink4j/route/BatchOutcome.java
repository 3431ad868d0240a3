package io.netlink4j.route;

import io.netlink4j.core.error.NetlinkException;

/**
 * What became of one request of a {@link RouteBatch}.
 *
 * <p>Immutable, hence thread-safe.
 *
 * @param operation what the request did, e.g. "adding address 192.168.8.1/24 on veth01"
 * @param status    applied, refused, or not sent
 * @param error     the kernel's refusal (FAILED), the reason it was not sent (NOT_SENT), or null
 */
public record BatchOutcome(String operation, Status status, NetlinkException error) {
    /** The fate of a request. */
    public enum Status {
        /** The kernel acknowledged it. */
        APPLIED,
        /** The kernel refused it; {@link #error()} says why. */
        FAILED,
        /** It was not sent because an earlier datagram of the batch had a failure. */
        NOT_SENT
    }

    /** True when the kernel acknowledged the request. */
    public boolean applied() {
        return status == Status.APPLIED;
    }
}
