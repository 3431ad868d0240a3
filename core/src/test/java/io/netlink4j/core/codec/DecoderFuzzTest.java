package io.netlink4j.core.codec;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.netlink4j.core.error.MalformedMessageException;
import io.netlink4j.core.testing.Vectors;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Decoders given seeded random, truncated and bit-flipped buffers made from the real vectors
 * only ever raise {@link MalformedMessageException}: no index error, no other exception, no
 * endless loop. {@code -Dnetlink4j.fuzz.seed=N} and {@code -Dnetlink4j.fuzz.cases=N} replay or
 * extend a run; {@code -Dnetlink4j.fuzz.depth=N} reads nests deeper (default 4).
 */
class DecoderFuzzTest {
    private static final long SEED = Long.getLong("netlink4j.fuzz.seed", 0x6e6c346aL);
    private static final int CASES = Integer.getInteger("netlink4j.fuzz.cases", 100_000);
    private static final int MAX_DEPTH = Integer.getInteger("netlink4j.fuzz.depth", 4);
    /** Family header lengths a decoder may assume: none, nfgenmsg/rtgenmsg, ifaddrmsg, rtmsg, ifinfomsg. */
    private static final int[] HEADER_LENGTHS = {0, 4, 8, 12, 16};

    /** What one fuzz case exercised, to show the run reached both outcomes. */
    private static final class Tally {
        long decodedMessages;
        long attributes;
        long malformed;
        long errorsRead;
    }

    private static List<byte[]> corpus() {
        List<byte[]> out = new ArrayList<>();
        for (Vectors.VectorFile f : Vectors.all()) {
            for (JsonNode m : f.messages()) {
                out.add(Vectors.bytes(m));
            }
        }
        return out;
    }

    @Test
    void decodersGivenAHundredThousandMutatedVectorsRaiseOnlyMalformedMessageExceptionWithinSeconds() {
        List<byte[]> corpus = corpus();
        assertThat(corpus).hasSizeGreaterThan(300);
        SplittableRandom random = new SplittableRandom(SEED);
        Tally tally = new Tally();
        long start = System.nanoTime();

        for (int i = 0; i < CASES; i++) {
            byte[] input = mutate(random, corpus);
            ByteBuf buf = Unpooled.wrappedBuffer(input);
            try {
                decodeEverything(buf, tally);
            } catch (MalformedMessageException expected) {
                tally.malformed++;
            } catch (Throwable t) {
                throw new AssertionError("case " + i + " (seed " + SEED + "): " + t + " decoding "
                        + Vectors.hex(input), t);
            }
        }

        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.printf("fuzz: %d cases in %d ms: %d messages, %d attributes, %d error/done read, %d malformed%n",
                CASES, millis, tally.decodedMessages, tally.attributes, tally.errorsRead, tally.malformed);
        assertThat(tally.malformed).as("cases refused as malformed").isPositive();
        assertThat(tally.decodedMessages).as("messages walked").isGreaterThan(CASES / 4);
        assertThat(tally.attributes).as("attributes read").isGreaterThan(CASES);
        assertThat(tally.errorsRead).as("NLMSG_ERROR/DONE decoded").isPositive();
        assertThat(millis).as("duration of %d cases", CASES).isLessThan(30_000);
    }

    /** A vector (or two spliced), then truncated, bit-flipped, length-smashed, or pure noise. */
    static byte[] mutate(SplittableRandom r, List<byte[]> corpus) {
        byte[] base = corpus.get(r.nextInt(corpus.size()));
        int kind = r.nextInt(8);
        if (kind == 7) {
            byte[] noise = new byte[r.nextInt(200)];
            r.nextBytes(noise);
            return noise;
        }
        byte[] b;
        if (kind == 6) {
            byte[] other = corpus.get(r.nextInt(corpus.size()));
            b = Arrays.copyOf(base, Netlink.align(base.length) + other.length);
            System.arraycopy(other, 0, b, Netlink.align(base.length), other.length);
        } else {
            b = base.clone();
        }
        if (kind == 0 || kind == 3 || kind == 6) {
            b = Arrays.copyOf(b, b.length == 0 ? 0 : r.nextInt(b.length + 1));
        }
        if (kind == 1 || kind == 3 || kind == 6) {
            int flips = 1 + r.nextInt(8);
            for (int k = 0; k < flips && b.length > 0; k++) {
                int bit = r.nextInt(b.length * 8);
                b[bit / 8] ^= (byte) (1 << (bit % 8));
            }
        }
        if (kind == 2 || kind == 4) {
            // smash a 16- or 32-bit field at an aligned offset (lengths live there) with edge values
            int[] edges = {0, 1, 3, 4, 5, 15, 16, 17, 0x7fff, 0x8000, 0xffff, 0x7fffffff, 0x80000000, 0xffffffff,
                b.length, b.length + 1, b.length - 1};
            int smashes = 1 + r.nextInt(3);
            for (int k = 0; k < smashes && b.length >= 4; k++) {
                int at = r.nextInt(b.length / 2) * 2;
                int v = r.nextBoolean() ? edges[r.nextInt(edges.length)] : r.nextInt();
                b[at] = (byte) v;
                b[at + 1] = (byte) (v >> 8);
                if (r.nextBoolean() && at + 3 < b.length) {
                    b[at + 2] = (byte) (v >> 16);
                    b[at + 3] = (byte) (v >> 24);
                }
            }
        }
        if (kind == 5) {
            // grow: trailing garbage after the message
            int extra = r.nextInt(64);
            b = Arrays.copyOf(b, b.length + extra);
            for (int k = b.length - extra; k < b.length; k++) {
                b[k] = (byte) r.nextInt(256);
            }
        }
        return b;
    }

    /** Everything a decoder might do with a datagram: walk messages, headers, attributes, errors. */
    static void decodeEverything(ByteBuf buf, Tally tally) {
        NetlinkMessage m = new NetlinkMessage();
        int limit = buf.writerIndex();
        int pos = 0;
        int guard = 0;
        while (limit - pos >= Netlink.NLMSG_HDRLEN) {
            m.wrap(buf, pos, limit);
            tally.decodedMessages++;
            int next = m.nextStart();
            if (next <= pos) {
                throw new AssertionError("message walk does not advance at " + pos);
            }
            pos = Math.min(limit, next);
            if (++guard > limit) {
                throw new AssertionError("message walk does not end");
            }
            visit(m, tally);
        }
    }

    private static void visit(NetlinkMessage m, Tally tally) {
        m.type();
        m.flags();
        m.seq();
        m.portId();
        tolerate(() -> m.payloadU8(0));
        tolerate(() -> m.payloadU16(2));
        tolerate(() -> m.payloadU32(4));
        tolerate(() -> m.payloadU16be(2));
        if (m.type() == Netlink.NLMSG_ERROR || m.type() == Netlink.NLMSG_DONE) {
            tolerate(() -> ErrorMessage.status(m));
            tolerate(() -> {
                ErrorMessage e = ErrorMessage.read(m);
                e.toException("fuzz");
                tally.errorsRead++;
            });
        }
        for (int hdr : HEADER_LENGTHS) {
            tolerate(() -> walk(m.attributes(hdr), 0, tally));
        }
    }

    private static void walk(AttributeCursor c, int depth, Tally tally) {
        int guard = 0;
        while (c.next()) {
            if (++guard > 70_000) {
                throw new AssertionError("attribute walk does not end");
            }
            tally.attributes++;
            c.type();
            c.rawType();
            c.nestedFlag();
            c.length();
            // every getter the value is long enough for must work...
            int len = c.length();
            if (len >= 1) {
                c.u8();
            }
            if (len >= 2) {
                c.u16();
                c.u16be();
            }
            if (len >= 4) {
                c.u32();
                c.u32be();
                c.uint();
            }
            if (len >= 8) {
                c.u64();
                c.u64be();
            }
            if (len == 4 || len == 16) {
                c.address();
            }
            c.string();
            c.stringEquals("veth01");
            c.bytes();
            // ...and one that it may be too short for must refuse cleanly (exceptions are costly:
            // one per attribute keeps the run at seconds)
            switch (guard % 4) {
                case 0 -> tolerate(c::u64);
                case 1 -> tolerate(c::address);
                case 2 -> tolerate(c::u32be);
                default -> tolerate(() -> c.nestedAfter(16));
            }
            if (depth < MAX_DEPTH) {
                tolerate(() -> walk(c.nested(), depth + 1, tally));
                if (depth < 2) {
                    tolerate(() -> walk(c.nestedAfter(16), depth + 1, tally));
                }
            }
        }
        // a finished cursor can be walked again from the start
        if (depth == 0) {
            c.rewind();
            tolerate(() -> c.find(3));
        }
    }

    @FunctionalInterface
    private interface Step {
        void run() throws MalformedMessageException;
    }

    private static void tolerate(Step s) {
        try {
            s.run();
        } catch (MalformedMessageException expected) {
            // the one documented failure for bad input
        }
    }

    private interface Getter {
        Object get();
    }

    private static void tolerate(Getter g) {
        try {
            g.get();
        } catch (MalformedMessageException expected) {
            // the one documented failure for bad input
        }
    }
}
