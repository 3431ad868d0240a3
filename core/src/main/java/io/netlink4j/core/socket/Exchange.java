package io.netlink4j.core.socket;

import io.netlink4j.core.codec.NetlinkMessage;
import io.netlink4j.core.error.DumpInterruptedException;
import io.netlink4j.core.error.NetlinkException;
import java.util.Arrays;
import java.util.function.Consumer;

/**
 * Several requests sent in one datagram and answered together: pipelining. Add requests, hand
 * the exchange to {@link NetlinkSocket#execute}, then read each request's outcome by the index
 * {@link #add} returned. Every answer is matched to its request by sequence number.
 *
 * <p>Not thread-safe: build and read it on one thread (the socket it runs on is shared).
 */
public final class Exchange {
    int size;
    int[] types = new int[4];
    int[] flags = new int[4];
    Expect[] expects = new Expect[4];
    MessageEncoder[] encoders = new MessageEncoder[4];
    Consumer<NetlinkMessage>[] handlers = newHandlers(4);
    // outcomes
    int[] errnos = new int[4];
    String[] extAcks = new String[4];
    int[] extAckOffsets = new int[4];
    boolean[] interrupted = new boolean[4];
    boolean[] done = new boolean[4];
    /** Why request i's answer could not be used (a lost datagram), or null. */
    String[] lost = new String[4];
    /** First exception a reply handler threw; rethrown after the exchange is drained. */
    RuntimeException handlerFailure;
    boolean[] endsOnFailure = new boolean[4];
    boolean oneDatagram;
    int firstSeq;
    boolean executed;

    @SuppressWarnings("unchecked")
    private static Consumer<NetlinkMessage>[] newHandlers(int n) {
        return (Consumer<NetlinkMessage>[]) new Consumer<?>[n];
    }

    /**
     * Adds a request.
     *
     * @param type    netlink message type
     * @param requestFlags flags beyond NLM_F_REQUEST (and those {@code expect} implies)
     * @param expect  what answers it
     * @param encoder its body
     * @param onReply receives reply messages (dump parts, echoes, GET replies); may be null
     * @return the request's index
     */
    public int add(int type, int requestFlags, Expect expect, MessageEncoder encoder, Consumer<NetlinkMessage> onReply) {
        if (executed) {
            throw new IllegalStateException("exchange already executed");
        }
        if (expect == Expect.DUMP) {
            for (int i = 0; i < size; i++) {
                if (expects[i] == Expect.DUMP) {
                    // the kernel runs one dump per socket at a time and refuses a second with EBUSY
                    throw new IllegalArgumentException("one dump per exchange: netlink runs one dump per socket at a time");
                }
            }
        }
        if (size == types.length) {
            int n = size * 2;
            types = Arrays.copyOf(types, n);
            flags = Arrays.copyOf(flags, n);
            expects = Arrays.copyOf(expects, n);
            encoders = Arrays.copyOf(encoders, n);
            handlers = Arrays.copyOf(handlers, n);
            errnos = Arrays.copyOf(errnos, n);
            extAcks = Arrays.copyOf(extAcks, n);
            extAckOffsets = Arrays.copyOf(extAckOffsets, n);
            interrupted = Arrays.copyOf(interrupted, n);
            done = Arrays.copyOf(done, n);
            lost = Arrays.copyOf(lost, n);
            endsOnFailure = Arrays.copyOf(endsOnFailure, n);
        }
        types[size] = type;
        flags[size] = requestFlags;
        expects[size] = expect;
        encoders[size] = encoder;
        handlers[size] = onReply;
        extAckOffsets[size] = -1;
        return size++;
    }

    /** Adds a request that is answered by an ACK. */
    public int add(int type, int flags, MessageEncoder encoder) {
        return add(type, flags, Expect.ACK, encoder, null);
    }

    public int size() {
        return size;
    }

    /**
     * Declares that when the kernel refuses request {@code index}, it answers none of the
     * requests still waiting (an nfnetlink batch refused as a whole: a stale generation id, a
     * missing capability or a failed commit is reported on BATCH_BEGIN alone). The exchange then
     * ends at that refusal instead of waiting for answers that never come; the requests left
     * without an answer report {@link #answered} false. Answers that still arrive later carry
     * sequence numbers no later exchange uses and are dropped.
     *
     * @return this exchange
     */
    public Exchange failureEndsExchange(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException("no request " + index + " in an exchange of " + size);
        }
        endsOnFailure[index] = true;
        return this;
    }

    /**
     * Requires every request to travel in one datagram (an nfnetlink batch must: the kernel
     * commits BATCH_BEGIN..BATCH_END only when both are in the same datagram). If the encoded
     * requests exceed what the socket may send at once, {@link NetlinkSocket#execute} throws
     * IllegalArgumentException before sending anything.
     *
     * @return this exchange
     */
    public Exchange requireOneDatagram() {
        oneDatagram = true;
        return this;
    }

    /** True once request {@code index} was answered (or needs no answer) during execute. */
    public boolean answered(int index) {
        return done[index];
    }

    /** Sequence number the request at {@code index} was sent with (after execute). */
    public int seq(int index) {
        return firstSeq + index;
    }

    /** Positive errno the kernel returned for request {@code index}, 0 on success. */
    public int errno(int index) {
        return errnos[index];
    }

    /** The kernel's extended-ACK text for request {@code index}, or null. */
    public String extendedAck(int index) {
        return extAcks[index];
    }

    public int extendedAckOffset(int index) {
        return extAckOffsets[index];
    }

    public boolean failed(int index) {
        return errnos[index] != 0 || interrupted[index] || lost[index] != null;
    }

    /** True when request {@code index} was a dump the kernel flagged NLM_F_DUMP_INTR. */
    public boolean interrupted(int index) {
        return interrupted[index];
    }

    /** Index of the first failed request, or -1. */
    public int firstFailure() {
        for (int i = 0; i < size; i++) {
            if (failed(i)) {
                return i;
            }
        }
        return -1;
    }

    /** The typed exception for request {@code index}, or null if it succeeded. */
    public NetlinkException error(int index, String operation) {
        if (errnos[index] != 0) {
            return NetlinkException.of(errnos[index], extAcks[index], extAckOffsets[index], operation);
        }
        if (interrupted[index]) {
            return new DumpInterruptedException(operation);
        }
        if (lost[index] != null) {
            NetlinkException e = new NetlinkException(lost[index]);
            return operation == null ? e : e.during(operation);
        }
        return null;
    }

    /** Throws the first failure's exception, described by {@code operation}. */
    public void throwIfFailed(String operation) {
        int i = firstFailure();
        if (i >= 0) {
            throw error(i, size == 1 ? operation : operation + " (request " + (i + 1) + " of " + size + ")");
        }
    }
}
