package io.netlink4j.route;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.netlink4j.core.codec.NetlinkMessage;
import io.netlink4j.core.error.MalformedMessageException;
import io.netty.buffer.Unpooled;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Truncated and corrupted kernel messages (seeded, so failures reproduce) only ever decode or
 * raise MalformedMessageException, quickly: never an index error, never a hang.
 */
class DecoderFuzzTest {
    @Test
    void corruptedLinkAddressAndRouteMessagesRaiseOnlyMalformedMessage() {
        List<byte[]> seeds = new ArrayList<>();
        for (JsonNode m : Vectors.messages("08-dumps.json", m -> m.get("role").asText().startsWith("dump part"))) {
            seeds.add(Vectors.hex(m));
        }
        assertThat(seeds).hasSizeGreaterThan(20);
        Random random = new Random(20240601L);
        int decoded = 0;
        int malformed = 0;
        long start = System.nanoTime();
        for (int round = 0; round < 30_000; round++) {
            byte[] seed = seeds.get(random.nextInt(seeds.size()));
            byte[] b = seed.clone();
            int mutations = 1 + random.nextInt(4);
            for (int k = 0; k < mutations; k++) {
                switch (random.nextInt(3)) {
                    case 0 -> b[random.nextInt(b.length)] = (byte) random.nextInt(256);
                    case 1 -> { // hit the body (family header, attribute headers) after the netlink header
                        if (b.length > 16) {
                            b[16 + random.nextInt(b.length - 16)] = (byte) random.nextInt(256);
                        }
                    }
                    default -> b = java.util.Arrays.copyOf(b, 16 + random.nextInt(b.length - 15));
                }
            }
            // keep nlmsg_len consistent with the buffer so the family decoders are what is tested
            int len = b.length;
            b[0] = (byte) len;
            b[1] = (byte) (len >> 8);
            b[2] = 0;
            b[3] = 0;
            NetlinkMessage m = NetlinkMessage.of(Unpooled.wrappedBuffer(b));
            try {
                Object r = switch (m.type()) {
                    case Rtnetlink.RTM_NEWLINK -> LinkCodec.decode(m);
                    case Rtnetlink.RTM_NEWADDR -> AddressCodec.decode(m);
                    case Rtnetlink.RTM_NEWROUTE -> RouteCodec.decode(m);
                    default -> Subscription.decode(m);
                };
                if (r != null) {
                    r.toString();
                }
                decoded++;
            } catch (MalformedMessageException e) {
                malformed++;
            }
        }
        assertThat(decoded).isPositive();
        assertThat(malformed).isPositive();
        assertThat(System.nanoTime() - start).isLessThan(20_000_000_000L);
    }
}
