package io.netlink4j.core.socket;

import io.netlink4j.core.codec.ErrorMessage;
import io.netlink4j.core.codec.MessageWriter;
import io.netlink4j.core.codec.Netlink;
import io.netlink4j.core.codec.NetlinkMessage;
import io.netlink4j.core.error.BufferOverrunException;
import io.netlink4j.core.error.NetlinkException;
import io.netlink4j.core.error.NetlinkTimeoutException;
import io.netlink4j.core.netns.NetNamespace;
import io.netlink4j.core.os.Errno;
import io.netlink4j.core.os.Posix;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.PooledByteBufAllocator;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;

import static io.netlink4j.core.codec.Netlink.NLMSG_DONE;
import static io.netlink4j.core.codec.Netlink.NLMSG_ERROR;
import static io.netlink4j.core.codec.Netlink.NLMSG_HDRLEN;
import static io.netlink4j.core.codec.Netlink.NLMSG_NOOP;
import static io.netlink4j.core.codec.Netlink.NLMSG_OVERRUN;
import static io.netlink4j.core.codec.Netlink.NLM_F_ACK;
import static io.netlink4j.core.codec.Netlink.NLM_F_DUMP;
import static io.netlink4j.core.codec.Netlink.NLM_F_DUMP_INTR;
import static io.netlink4j.core.codec.Netlink.NLM_F_REQUEST;
import static io.netlink4j.core.codec.Netlink.SOL_NETLINK;

/**
 * One netlink socket: one protocol in one network namespace, for as long as it is open.
 *
 * <p>The socket belongs to the namespace it was created in, whichever thread uses it later:
 * {@link #open(int, NetNamespace)} creates it on a helper thread inside the namespace. It is
 * bound (the kernel picks the port id), with extended ACKs, capped ACKs and (by default)
 * strict checking on. Requests are encoded straight into a reused direct send buffer; replies
 * are read into a reused receive buffer and walked in place.
 *
 * <p>Every answer is matched to its request by sequence number and must come from the kernel
 * (port id 0) addressed to this socket; anything else is dropped. Several requests go in one
 * datagram with {@link #execute(Exchange)}.
 *
 * <p>Thread-safe: any number of threads may share one socket; a lock is held for one whole
 * exchange (send and all its answers), so concurrent callers are served one after the other.
 */
public final class NetlinkSocket implements AutoCloseable {
    private static final int SOCKADDR_NL_LEN = 12;
    /** Scratch layout in {@link #scratch}: sockaddr_nl at 0, socklen_t at 16, option value at 24, pollfd at 40. */
    private static final int SCRATCH_ADDR = 0;
    private static final int SCRATCH_ADDRLEN = 16;
    private static final int SCRATCH_OPT = 24;
    private static final int SCRATCH_POLL = 40;

    private final int fd;
    private final int protocol;
    private final String namespace;
    private final SocketOptions options;
    private final int portId;
    /**
     * Most bytes one datagram may carry: the kernel refuses a sendmsg longer than its send
     * buffer less 32 bytes (EMSGSIZE), and that buffer is what the kernel granted, not what
     * was asked (SO_SNDBUF without CAP_NET_ADMIN is capped by net.core.wmem_max).
     */
    private final int maxDatagram;
    private final ReentrantLock lock = new ReentrantLock();
    private final ByteBuf scratch;
    private final long scratchAddress;
    private ByteBuf sendBuf;
    private ByteBuf recvBuf;
    private final MessageWriter writer;
    private final NetlinkMessage view = new NetlinkMessage();
    private int nextSeq;
    private volatile boolean closed;
    /** Datagrams sent and received, for tests that check batching (guarded by the lock). */
    private long datagramsSent;
    private long datagramsReceived;

    private NetlinkSocket(int fd, int protocol, String namespace, SocketOptions options) {
        this.fd = fd;
        this.protocol = protocol;
        this.namespace = namespace;
        this.options = options;
        PooledByteBufAllocator alloc = PooledByteBufAllocator.DEFAULT;
        ByteBuf s = null;
        ByteBuf out = null;
        ByteBuf in = null;
        try {
            s = alloc.directBuffer(64, 64);
            s.writerIndex(64);
            s.setZero(0, 64);
            out = alloc.directBuffer(16 << 10);
            in = alloc.directBuffer(options.datagramBuffer(), options.datagramBuffer());
            this.scratch = s;
            this.scratchAddress = Posix.address(s);
            this.sendBuf = out;
            this.recvBuf = in;
            this.writer = new MessageWriter(out);
            configure();
            this.portId = bindAndName();
            this.maxDatagram = grantedSendBuffer() - 1024;
        } catch (RuntimeException | Error e) {
            release(s);
            release(out);
            release(in);
            Posix.close(fd);
            throw e;
        }
        // random start: a socket reopened with the same port id never accepts a stale answer
        this.nextSeq = (int) (System.nanoTime() & 0x3fffffff) + 1;
    }

    private static void release(ByteBuf b) {
        if (b != null && b.refCnt() > 0) {
            b.release();
        }
    }

    /** Opens a socket of {@code protocol} (e.g. {@link Netlink#NETLINK_ROUTE}) in the calling thread's namespace. */
    public static NetlinkSocket open(int protocol) {
        return open(protocol, null, SocketOptions.defaults());
    }

    /** Opens a socket of {@code protocol} inside {@code ns} (null: the calling thread's namespace). */
    public static NetlinkSocket open(int protocol, NetNamespace ns) {
        return open(protocol, ns, SocketOptions.defaults());
    }

    /** Opens a socket of {@code protocol} inside {@code ns} with {@code options}. */
    public static NetlinkSocket open(int protocol, NetNamespace ns, SocketOptions options) {
        int type = Posix.SOCK_RAW | Posix.SOCK_CLOEXEC;
        int prepared = ns == null ? -1 : ns.takePreparedSocket(protocol);
        int fd = ns == null
                ? Posix.socket(Posix.AF_NETLINK, type, protocol)
                : prepared >= 0 ? prepared : ns.run(() -> Posix.socket(Posix.AF_NETLINK, type, protocol));
        return new NetlinkSocket(fd, protocol, ns == null ? "current" : ns.description(), options);
    }

    private void setInt(int level, int name, int value, boolean lenient) {
        scratch.setIntLE(SCRATCH_OPT, value);
        if (!Netlink.HOST_LITTLE_ENDIAN) {
            scratch.setInt(SCRATCH_OPT, value);
        }
        Posix.setsockopt(fd, level, name, scratchAddress + SCRATCH_OPT, 4, lenient);
    }

    private void configure() {
        // FORCE variants ignore rmem_max/wmem_max but need CAP_NET_ADMIN; fall back quietly
        scratch.setIntLE(SCRATCH_OPT, options.kernelReceiveBuffer());
        if (Posix.setsockopt(fd, Posix.SOL_SOCKET, Posix.SO_RCVBUFFORCE, scratchAddress + SCRATCH_OPT, 4, true) != 0) {
            setInt(Posix.SOL_SOCKET, Posix.SO_RCVBUF, options.kernelReceiveBuffer(), true);
        }
        scratch.setIntLE(SCRATCH_OPT, options.kernelSendBuffer());
        if (Posix.setsockopt(fd, Posix.SOL_SOCKET, Posix.SO_SNDBUFFORCE, scratchAddress + SCRATCH_OPT, 4, true) != 0) {
            setInt(Posix.SOL_SOCKET, Posix.SO_SNDBUF, options.kernelSendBuffer(), true);
        }
        setInt(SOL_NETLINK, Netlink.NETLINK_EXT_ACK, 1, true);
        setInt(SOL_NETLINK, Netlink.NETLINK_CAP_ACK, 1, true);
        if (options.strictCheck()) {
            setInt(SOL_NETLINK, Netlink.NETLINK_GET_STRICT_CHK, 1, true);
        }
        // struct timeval { long tv_sec; long tv_usec; } in host order; a zero timeval would
        // mean "wait forever", so a sub-microsecond timeout rounds up to one microsecond
        long micros = Math.max(1, options.timeout().toNanos() / 1000);
        if (Netlink.HOST_LITTLE_ENDIAN) {
            scratch.setLongLE(SCRATCH_OPT, micros / 1_000_000);
            scratch.setLongLE(SCRATCH_OPT + 8, micros % 1_000_000);
        } else {
            scratch.setLong(SCRATCH_OPT, micros / 1_000_000);
            scratch.setLong(SCRATCH_OPT + 8, micros % 1_000_000);
        }
        Posix.setsockopt(fd, Posix.SOL_SOCKET, Posix.SO_RCVTIMEO, scratchAddress + SCRATCH_OPT, 16, false);
    }

    /** SO_SNDBUF as the kernel set it (twice the request, within its limits). */
    private int grantedSendBuffer() {
        scratch.setIntLE(SCRATCH_ADDRLEN, 4);
        Posix.getsockopt(fd, Posix.SOL_SOCKET, Posix.SO_SNDBUF, scratchAddress + SCRATCH_OPT, scratchAddress + SCRATCH_ADDRLEN);
        int granted = Netlink.HOST_LITTLE_ENDIAN ? scratch.getIntLE(SCRATCH_OPT) : scratch.getInt(SCRATCH_OPT);
        return Math.max(4096, granted);
    }

    /** Tests only: the most bytes one datagram may carry on this socket. */
    int maxDatagramForTesting() {
        return maxDatagram;
    }

    private int bindAndName() {
        scratch.setZero(SCRATCH_ADDR, 16);
        scratch.setShortLE(SCRATCH_ADDR, Posix.AF_NETLINK);
        Posix.bind(fd, scratchAddress + SCRATCH_ADDR, SOCKADDR_NL_LEN);
        scratch.setIntLE(SCRATCH_ADDRLEN, SOCKADDR_NL_LEN);
        Posix.getsockname(fd, scratchAddress + SCRATCH_ADDR, scratchAddress + SCRATCH_ADDRLEN);
        return scratch.getIntLE(SCRATCH_ADDR + 4);
    }

    /** The port id the kernel assigned (nl_pid). */
    public int portId() {
        return portId;
    }

    /** The netlink protocol (NETLINK_ROUTE, NETLINK_NETFILTER...). */
    public int protocol() {
        return protocol;
    }

    /** The namespace this socket was opened in, as described when opened. */
    public String namespace() {
        return namespace;
    }

    /** The options this socket was opened with. */
    public SocketOptions options() {
        return options;
    }

    // ------------------------------------------------------------------ convenience requests

    /** Sends one request and waits for its ACK; throws the typed exception on a refusal. */
    public void request(int type, int flags, MessageEncoder body) {
        Exchange ex = new Exchange();
        ex.add(type, flags, Expect.ACK, body, null);
        execute(ex);
        ex.throwIfFailed(null);
    }

    /**
     * Sends a request that is answered by one message (a GET) and decodes that message.
     *
     * @return the decoded reply (null if the decoder skipped it)
     */
    public <T> T requestOne(int type, int flags, MessageEncoder body, MessageDecoder<T> decoder) {
        Exchange ex = new Exchange();
        Object[] holder = new Object[1];
        ex.add(type, flags, Expect.REPLY, body, m -> holder[0] = decoder.decode(m));
        execute(ex);
        ex.throwIfFailed(null);
        @SuppressWarnings("unchecked")
        T t = (T) holder[0];
        return t;
    }

    /** Sends a request with NLM_F_ECHO and ACK; returns the decoded echo (e.g. a new rule's handle). */
    public <T> T requestEcho(int type, int flags, MessageEncoder body, MessageDecoder<T> decoder) {
        Exchange ex = new Exchange();
        Object[] holder = new Object[1];
        ex.add(type, flags | Netlink.NLM_F_ECHO, Expect.ACK, body, m -> holder[0] = decoder.decode(m));
        execute(ex);
        ex.throwIfFailed(null);
        @SuppressWarnings("unchecked")
        T t = (T) holder[0];
        return t;
    }

    /** Dumps: decodes every message until NLMSG_DONE into a list (null decodes are skipped). */
    public <T> List<T> dump(int type, int flags, MessageEncoder body, MessageDecoder<T> decoder) {
        List<T> out = new ArrayList<>();
        dump(type, flags, body, m -> {
            T t = decoder.decode(m);
            if (t != null) {
                out.add(t);
            }
        });
        return out;
    }

    /**
     * Dumps, handing each message to {@code visitor}.
     *
     * @throws io.netlink4j.core.error.DumpInterruptedException if the kernel flagged NLM_F_DUMP_INTR
     */
    public void dump(int type, int flags, MessageEncoder body, Consumer<NetlinkMessage> visitor) {
        dumpEach(type, flags, body, visitor);
    }

    /**
     * Dumps, handing each message to {@code visitor}: the same as the visitor form of
     * {@link #dump(int, int, MessageEncoder, Consumer)}, under a name that a lambda cannot make
     * ambiguous (an expression lambda fits both {@code dump} overloads).
     *
     * @throws io.netlink4j.core.error.DumpInterruptedException if the kernel flagged NLM_F_DUMP_INTR
     */
    public void dumpEach(int type, int flags, MessageEncoder body, Consumer<NetlinkMessage> visitor) {
        Exchange ex = new Exchange();
        ex.add(type, flags, Expect.DUMP, body, visitor);
        execute(ex);
        ex.throwIfFailed(null);
    }

    // ------------------------------------------------------------------ the exchange

    /**
     * Sends every request of {@code ex} (in one datagram, or as few as the kernel's send buffer
     * allows) and waits until each is answered. Refusals are recorded per request, not thrown:
     * read them from the exchange. Throws only for transport failures (timeout, overrun,
     * malformed answers, closed socket).
     */
    public void execute(Exchange ex) {
        if (ex.executed) {
            throw new IllegalStateException("exchange already executed");
        }
        ex.executed = true;
        if (ex.size == 0) {
            return;
        }
        lock.lock();
        try {
            ensureOpen();
            int seq = nextSeq;
            nextSeq += ex.size;
            if (nextSeq <= 0 || nextSeq > 0x7fff0000) {
                nextSeq = 1;
                seq = 1;
                nextSeq = 1 + ex.size;
            }
            ex.firstSeq = seq;
            sendAll(ex);
            receiveAnswers(ex);
        } finally {
            if (sendBuf.capacity() > (1 << 20)) {
                // a huge batch grew the buffer: give the memory back rather than hold it forever
                ByteBuf old = sendBuf;
                sendBuf = PooledByteBufAllocator.DEFAULT.directBuffer(16 << 10);
                writer.reset(sendBuf);
                old.release();
            }
            lock.unlock();
        }
    }

    private void ensureOpen() {
        if (closed) {
            throw new IllegalStateException("netlink socket (namespace " + namespace + ") is closed");
        }
    }

    private void sendAll(Exchange ex) {
        int limit = maxDatagram;
        sendBuf.clear();
        writer.reset(sendBuf);
        int chunkStart = 0;
        for (int i = 0; i < ex.size; i++) {
            int flags = NLM_F_REQUEST | ex.flags[i];
            switch (ex.expects[i]) {
                case ACK:
                    flags |= NLM_F_ACK;
                    break;
                case DUMP:
                    flags |= NLM_F_DUMP;
                    break;
                default:
                    break;
            }
            int msgStart = writer.beginMessage(ex.types[i], flags, ex.firstSeq + i, 0);
            ex.encoders[i].encode(writer);
            writer.endMessage(msgStart);
            if (ex.expects[i] == Expect.NOTHING) {
                ex.done[i] = true;
            }
            if (ex.oneDatagram && sendBuf.writerIndex() > limit) {
                throw new IllegalArgumentException("the requests need one datagram but take more than " + limit
                        + " bytes (message " + (i + 1) + " of " + ex.size + " ends at byte " + sendBuf.writerIndex()
                        + "); raise SocketOptions.kernelSendBuffer or send fewer at once");
            }
            if (sendBuf.writerIndex() - chunkStart > limit && msgStart > chunkStart) {
                // flush what came before this message; it starts the next datagram
                send(chunkStart, msgStart);
                chunkStart = msgStart;
            }
        }
        send(chunkStart, sendBuf.writerIndex());
    }

    private void send(int from, int to) {
        scratch.setZero(SCRATCH_ADDR, 16);
        scratch.setShortLE(SCRATCH_ADDR, Posix.AF_NETLINK);
        long base = Posix.address(sendBuf);
        while (true) {
            long rc = Posix.sendto(fd, base + from, to - from, 0, scratchAddress + SCRATCH_ADDR, SOCKADDR_NL_LEN);
            if (rc >= 0) {
                datagramsSent++;
                return;
            }
            if (rc != -Errno.EINTR) {
                throw NetlinkException.ofErrno((int) -rc, "sending " + (to - from) + " bytes on netlink socket in namespace " + namespace);
            }
        }
    }

    /**
     * Receives one datagram from the kernel into {@link #recvBuf} and returns its full length,
     * which exceeds the buffer's capacity when the datagram was truncated (the buffer then
     * holds its first bytes). Returns -1 when {@code MSG_DONTWAIT} finds nothing.
     */
    private long receiveDatagram(int flags) {
        while (true) {
            if (options.peekSize()) {
                long size = recvfrom(Posix.MSG_PEEK | Posix.MSG_TRUNC | flags);
                if (size < 0) {
                    return -1;
                }
                if (size > recvBuf.capacity()) {
                    grow((int) size);
                }
            }
            long n = recvfrom(Posix.MSG_TRUNC | flags);
            if (n < 0) {
                return -1;
            }
            if (scratch.getIntLE(SCRATCH_ADDR + 4) != 0) {
                continue; // not from the kernel: never taken as an answer
            }
            recvBuf.setIndex(0, (int) Math.min(n, recvBuf.capacity()));
            datagramsReceived++;
            return n;
        }
    }

    private long recvfrom(int flags) {
        while (true) {
            scratch.setIntLE(SCRATCH_ADDRLEN, SOCKADDR_NL_LEN);
            long rc = Posix.recvfrom(fd, Posix.address(recvBuf), recvBuf.capacity(), flags,
                    scratchAddress + SCRATCH_ADDR, scratchAddress + SCRATCH_ADDRLEN);
            if (rc >= 0) {
                return rc;
            }
            int e = (int) -rc;
            if (e == Errno.EINTR) {
                continue;
            }
            if (e == Errno.EAGAIN) {
                if ((flags & Posix.MSG_DONTWAIT) != 0) {
                    return -1;
                }
                throw new NetlinkTimeoutException("no answer within " + options.timeout().toMillis() + " ms",
                        "waiting on netlink socket in namespace " + namespace);
            }
            if (e == Errno.ENOBUFS) {
                throw new BufferOverrunException(e, null, -1,
                        "receiving on netlink socket in namespace " + namespace + " (messages were lost)");
            }
            throw NetlinkException.ofErrno(e, "receiving on netlink socket in namespace " + namespace);
        }
    }

    private void grow(int size) {
        ByteBuf bigger = PooledByteBufAllocator.DEFAULT.directBuffer(size, size);
        recvBuf.release();
        recvBuf = bigger;
    }

    /**
     * Reads datagrams until every request of {@code ex} is answered. Refusals, interrupted
     * dumps and lost answers are recorded per request. The socket is always left in step
     * with the kernel: a reply handler that throws, or a datagram too big for the buffer,
     * does not stop the reading (the rest of a dump would otherwise stay queued and the
     * kernel would refuse this socket's next dump with EBUSY); the handler's exception is
     * rethrown once every answer is in.
     */
    private void receiveAnswers(Exchange ex) {
        int pending = 0;
        for (int i = 0; i < ex.size; i++) {
            if (!ex.done[i]) {
                pending++;
            }
        }
        boolean sawTruncation = false;
        while (pending > 0) {
            // after a truncated datagram an answer (even a dump's NLMSG_DONE) may be gone for
            // good; every answer the kernel will send is queued by now (rtnetlink and nfnetlink
            // answer inside sendmsg, and a dump's next part is queued by the recvmsg that
            // took the previous one), so an empty queue means: nothing more is coming
            long full = receiveDatagram(sawTruncation ? Posix.MSG_DONTWAIT : 0);
            if (full < 0) {
                for (int i = 0; i < ex.size; i++) {
                    if (!ex.done[i]) {
                        ex.done[i] = true;
                        if (ex.lost[i] == null) {
                            ex.lost[i] = "the answer was lost with a datagram too large for the receive buffer";
                        }
                    }
                }
                break;
            }
            int n = recvBuf.writerIndex();
            boolean truncated = full > n;
            int pos = 0;
            while (n - pos >= NLMSG_HDRLEN) {
                if (truncated && Integer.toUnsignedLong(headerLength(pos)) > n - pos) {
                    pending -= markCut(ex, pos, full, n);
                    break;
                }
                NetlinkMessage m = view.wrap(recvBuf, pos, n);
                pos = Math.min(n, m.nextStart());
                int index = m.seq() - ex.firstSeq;
                if (index < 0 || index >= ex.size || m.portId() != portId) {
                    continue; // a stale answer or a notification: not ours
                }
                int type = m.type();
                if (type == NLMSG_NOOP) {
                    continue;
                }
                if (type == NLMSG_OVERRUN) {
                    throw new BufferOverrunException(Errno.ENOBUFS, null, -1, "NLMSG_OVERRUN from the kernel");
                }
                if ((m.flags() & NLM_F_DUMP_INTR) != 0) {
                    ex.interrupted[index] = true;
                }
                if (type == NLMSG_ERROR || (type == NLMSG_DONE && ex.expects[index] == Expect.DUMP)) {
                    recordStatus(m, ex, index);
                    if (type == NLMSG_ERROR && ex.errnos[index] != 0 && ex.endsOnFailure[index]) {
                        // the kernel answers nothing more of this exchange (an aborted nfnetlink batch)
                        for (int i = 0; i < ex.size; i++) {
                            ex.done[i] = true;
                        }
                        pending = 0;
                        break;
                    }
                    if (!ex.done[index]) {
                        ex.done[index] = true;
                        pending--;
                    }
                } else {
                    deliver(m, ex, index);
                    if (ex.expects[index] == Expect.REPLY && !ex.done[index]) {
                        ex.done[index] = true;
                        pending--;
                    }
                }
            }
            if (truncated) {
                sawTruncation = true;
                grow((int) Math.min(full, Integer.MAX_VALUE - 8));
            }
        }
        if (ex.handlerFailure != null) {
            throw ex.handlerFailure;
        }
    }

    private int headerLength(int pos) {
        return Netlink.HOST_LITTLE_ENDIAN ? recvBuf.getIntLE(pos) : recvBuf.getInt(pos);
    }

    /** Records the loss of the message cut at {@code pos}; returns how many requests it finished. */
    private int markCut(Exchange ex, int pos, long full, int capacity) {
        // only the header is whole: read it directly (a view would refuse the cut length)
        boolean le = Netlink.HOST_LITTLE_ENDIAN;
        int seq = le ? recvBuf.getIntLE(pos + 8) : recvBuf.getInt(pos + 8);
        int pid = le ? recvBuf.getIntLE(pos + 12) : recvBuf.getInt(pos + 12);
        int index = seq - ex.firstSeq;
        if (index < 0 || index >= ex.size || pid != portId) {
            return 0;
        }
        ex.lost[index] = "a " + full + "-byte datagram did not fit the " + capacity
                + "-byte receive buffer and its answer was lost; the buffer has grown for the next"
                + " request (SocketOptions.peekSize avoids this)";
        if (ex.expects[index] != Expect.DUMP && !ex.done[index]) {
            ex.done[index] = true;
            return 1;
        }
        return 0;
    }

    private static void deliver(NetlinkMessage m, Exchange ex, int index) {
        if (ex.handlers[index] == null || ex.errnos[index] != 0 || ex.lost[index] != null) {
            return;
        }
        try {
            ex.handlers[index].accept(m);
        } catch (RuntimeException e) {
            if (ex.handlerFailure == null) {
                ex.handlerFailure = e;
            }
            ex.handlers[index] = null; // this request's later messages are read and dropped
        }
    }

    private static void recordStatus(NetlinkMessage m, Exchange ex, int index) {
        if (ErrorMessage.status(m) == 0) {
            return; // the ACK path allocates nothing
        }
        ErrorMessage e = ErrorMessage.read(m);
        ex.errnos[index] = e.errno();
        ex.extAcks[index] = e.extendedAck();
        ex.extAckOffsets[index] = e.extendedAckOffset();
    }

    // ------------------------------------------------------------------ multicast events

    /** Joins multicast group {@code group} (e.g. RTNLGRP_LINK) to receive notifications. */
    public void joinGroup(int group) {
        lock.lock();
        try {
            ensureOpen();
            setInt(SOL_NETLINK, Netlink.NETLINK_ADD_MEMBERSHIP, group, false);
        } finally {
            lock.unlock();
        }
    }

    /**
     * Waits up to {@code timeoutMillis} for notifications and hands each message of the next
     * datagram to {@code handler}. Only messages from the kernel are delivered.
     *
     * @return the number of messages delivered (0 on timeout)
     * @throws BufferOverrunException if notifications were lost (ENOBUFS): resynchronise by dumping
     */
    public int receiveNotifications(Consumer<NetlinkMessage> handler, int timeoutMillis) {
        lock.lock();
        try {
            ensureOpen();
            scratch.setIntLE(SCRATCH_POLL, fd);
            scratch.setShortLE(SCRATCH_POLL + 4, 1); // POLLIN
            scratch.setShortLE(SCRATCH_POLL + 6, 0);
            int ready = Posix.poll(scratchAddress + SCRATCH_POLL, 1, timeoutMillis);
            if (ready <= 0) {
                if (ready < 0 && ready != -Errno.EINTR) {
                    throw NetlinkException.ofErrno(-ready, "poll on netlink socket in namespace " + namespace);
                }
                return 0;
            }
            long n = recvfrom(Posix.MSG_TRUNC | Posix.MSG_DONTWAIT);
            if (n < 0 || scratch.getIntLE(SCRATCH_ADDR + 4) != 0) {
                return 0;
            }
            if (n > recvBuf.capacity()) {
                grow((int) n);
                throw new BufferOverrunException(Errno.ENOBUFS, null, -1, "a notification larger than the receive buffer was lost");
            }
            recvBuf.setIndex(0, (int) n);
            int pos = 0;
            int count = 0;
            while ((int) n - pos >= NLMSG_HDRLEN) {
                NetlinkMessage m = view.wrap(recvBuf, pos, (int) n);
                pos = Math.min((int) n, m.nextStart());
                handler.accept(m);
                count++;
            }
            return count;
        } finally {
            lock.unlock();
        }
    }

    /** Closes the socket and releases its buffers. Idempotent; waits for a running exchange. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        lock.lock();
        try {
            if (closed) {
                return;
            }
            closed = true;
            try {
                Posix.close(fd);
            } finally {
                sendBuf.release();
                recvBuf.release();
                scratch.release();
            }
        } finally {
            lock.unlock();
        }
    }

    public boolean isClosed() {
        return closed;
    }

    /** Tests only: the sequence number the next request gets (to exercise the wrap-around). */
    void nextSequenceForTesting(int seq) {
        lock.lock();
        try {
            nextSeq = seq;
        } finally {
            lock.unlock();
        }
    }

    /** Tests only: the sequence number the next request gets. */
    int nextSequenceForTesting() {
        return nextSeq;
    }

    /** Tests only: true once close() gave every buffer back to the pool. */
    boolean buffersReleasedForTesting() {
        return sendBuf.refCnt() == 0 && recvBuf.refCnt() == 0 && scratch.refCnt() == 0;
    }

    /** Tests only: datagrams sent so far. */
    long datagramsSentForTesting() {
        return datagramsSent;
    }

    /** Tests only: datagrams received from the kernel so far (answers, not notifications). */
    long datagramsReceivedForTesting() {
        return datagramsReceived;
    }

    /** Tests only: capacity of the receive buffer now (it grows for datagrams that did not fit). */
    int receiveBufferCapacityForTesting() {
        return recvBuf.capacity();
    }

    @Override
    public String toString() {
        return "NetlinkSocket[protocol " + protocol + ", port " + portId + ", namespace " + namespace + "]";
    }
}
