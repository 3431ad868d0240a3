package io.netlink4j.core.socket;

/** What a request waits for before it counts as answered. Thread-safe (an enum). */
public enum Expect {
    /** An NLMSG_ERROR (ACK when 0); NLM_F_ACK is added. Replies before it (echo) go to the handler. */
    ACK,
    /** A dump: messages until NLMSG_DONE; NLM_F_DUMP is added. */
    DUMP,
    /** One reply message (or an error); NLM_F_ACK is not added. */
    REPLY,
    /** Nothing, unless the kernel reports an error (batch framing). */
    NOTHING
}
