package io.netlink4j.nftables;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.netlink4j.core.codec.MessageWriter;
import io.netlink4j.core.codec.Netlink;
import io.netlink4j.core.codec.NetlinkMessage;
import io.netlink4j.core.error.MalformedMessageException;
import io.netlink4j.nftables.expr.Expression;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** Encoding and decoding without a kernel: elements, user data, error locations, fuzzed input, allocation. */
class CodecTest {

    @Test
    void aPrefixIsItsFirstAddressAndTheAddressPastItsEnd() {
        assertThat(Elements.interval("192.168.0.0/24")).containsExactly(
                SetElement.of(new byte[] {(byte) 192, (byte) 168, 0, 0}),
                new SetElement(new byte[] {(byte) 192, (byte) 168, 1, 0}, null, NfTables.NFT_SET_ELEM_INTERVAL_END, null, null));
        assertThat(Elements.interval("10.0.0.1")).containsExactlyElementsOf(Elements.range("10.0.0.1", "10.0.0.1"));
        assertThat(Elements.interval("10.255.255.255").get(1).key()).containsExactly(11, 0, 0, 0);
        assertThat(Elements.interval("2001:db8::/32").get(1).key()[3]).isEqualTo((byte) 0xb9);
        // an interval reaching the top has no end element, as nft sends it
        assertThat(Elements.interval("255.255.255.0/24")).hasSize(1);
        assertThat(Elements.interval("0.0.0.0/0")).containsExactly(SetElement.of(new byte[4]));
        assertThat(Elements.portRange(1000, 2000)).extracting(e -> e.key()[0] << 8 | e.key()[1] & 0xff).containsExactly(1000, 2001);
        assertThat(Elements.port(65535).key()).containsExactly(0xff, 0xff);
        assertThat(Elements.ifname("eth0").key()).hasSize(16).startsWith('e', 't', 'h', '0', 0);
    }

    @Test
    void badElementsAreRefusedWithTheValueNamed() {
        assertThatThrownBy(() -> Elements.interval("10.0.0.0/33")).hasMessageContaining("10.0.0.0/33");
        assertThatThrownBy(() -> Elements.address("256.0.0.1")).hasMessageContaining("256.0.0.1");
        assertThatThrownBy(() -> Elements.address("1.2.3")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Elements.address("::g")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Elements.range("10.0.0.9", "10.0.0.1")).hasMessageContaining("ends before it starts");
        assertThatThrownBy(() -> Elements.range("10.0.0.1", "::1")).hasMessageContaining("mixes");
        assertThatThrownBy(() -> Elements.ifname("has space")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aRuleCommentIsStoredAsNftsUserDataTlv() {
        Rule r = Rule.of(Family.INET, "t", "c", Raw.accept()).withComment("hello world");
        byte[] msg = Wire.encode(new Command.NewRule(r, Command.Placement.APPEND, 0, r.text()));
        // NFTA_RULE_USERDATA (7): {type 0 = comment, length 12, "hello world\0"} as nft wrote it
        assertThat(Wire.hex(msg)).endsWith("12000700" + "000c68656c6c6f20776f726c6400" + "0000");
        Rule back = NftCodec.rule(Wire.message(msg));
        assertThat(back.comment()).isEqualTo("hello world");
    }

    @Test
    void aNamedSetCarriesTheUserDataNftWrites() {
        byte[] set = Wire.encode(new Command.NewSet(NftSet.of(Family.IP, "t", "s4", DataType.IPV4_ADDR), 1, false), 1);
        // captured from nft 1.0.6: add set ip t s4 { type ipv4_addr; }
        assertThat(Wire.hex(set)).isEqualTo("50000000090a01040100000000000000020000000600010074000000070002007334000008000300000000000800"
                + "040000000007080005000000000408000a00000000010a000d000004020000000000");
        byte[] map = Wire.encode(new Command.NewSet(NftSet.verdictMap(Family.IP, "t", "vm", DataType.IPV4_ADDR), 1, false), 1);
        assertThat(Wire.hex(map)).contains("08000600ffffff00" + "0800070000000000").endsWith("000402000000010400000000060400000000" + "0000");
    }

    @Test
    void elementsAreEncodedAsNftEncodesThem() {
        List<SetElement> elements = new ArrayList<>(Elements.ports(22));
        elements.add(Elements.address("5.6.7.8").withVerdict(Verdict.jump("c")));
        byte[] msg = Wire.encode(new Command.SetElements(Family.IP, "t", "vm", 4, elements, false), 1);
        NetlinkMessage m = Wire.message(msg);
        List<SetElement> back = new ArrayList<>();
        NftCodec.elements(m, back);
        assertThat(back).isEqualTo(elements);
        // the verdict element as nft sent it: key, then data { verdict { code -3 (jump), chain "c" } }
        assertThat(Wire.hex(msg)).contains("0c0001800800010005060708180002801400028008000100fffffffd0600020063000000");
    }

    @Test
    void theKernelsOffsetIsNamedAsAnAttribute() {
        Command chain = new Command.NewChain(Family.ARP, "a", "n", BaseChain.of(ChainType.NAT, Hook.INPUT, 0), false);
        byte[] msg = Wire.encode(chain);
        // the kernel pointed at byte 36 for this very message: NFTA_CHAIN_TYPE
        assertThat(AttributeNames.locate(chain, 36)).isEqualTo("NFTA_CHAIN_TYPE \"nat\"");
        assertThat(AttributeNames.locate(chain, 20)).isEqualTo("NFTA_CHAIN_TABLE \"a\"");
        int hookAt = msg.length - 20;
        assertThat(AttributeNames.locate(chain, hookAt + 4)).isEqualTo("NFTA_CHAIN_HOOK > NFTA_HOOK_HOOKNUM 0");
        assertThat(AttributeNames.locate(chain, 4)).isNull();
        assertThat(AttributeNames.locate(chain, 9999)).isNull();
    }

    /** Every message the decoders take, as bytes: the nft vectors' and our own encodings. */
    static List<byte[]> samples() {
        List<byte[]> out = new ArrayList<>();
        for (int cmd : new int[] {2, 5, 6, 7}) {
            out.add(Wire.nftMessage(cmd, "request"));
        }
        out.addAll(Wire.nftMessages(6, "dump part"));
        out.addAll(Wire.nftMessages(2, "reply"));
        out.add(Wire.encode(new Command.NewSet(NftSet.verdictMap(Family.IP, "t", "vm", DataType.IPV4_ADDR).withComment("c"), 1, false)));
        List<SetElement> elements = new ArrayList<>(Elements.intervals("10.0.0.0/8"));
        elements.add(SetElement.of(new byte[] {1, 2, 3, 4}).withVerdict(Verdict.goTo("x")));
        out.add(Wire.encode(new Command.SetElements(Family.IP, "t", "s", 1, elements, false)));
        return out;
    }

    static void decodeAll(NetlinkMessage m) {
        List<Consumer<NetlinkMessage>> decoders = List.of(NftCodec::table, NftCodec::chain, NftCodec::rule, NftCodec::set,
                NftCodec::generation, msg -> NftCodec.elements(msg, new ArrayList<>()));
        for (Consumer<NetlinkMessage> d : decoders) {
            try {
                d.accept(m);
            } catch (MalformedMessageException expected) {
                // the one documented failure
            }
        }
    }

    @Test
    void corruptedAndTruncatedMessagesOnlyEverRaiseMalformedMessageException() {
        Random random = new Random(20261204);
        List<byte[]> samples = samples();
        for (int round = 0; round < 20_000; round++) {
            byte[] b = samples.get(random.nextInt(samples.size())).clone();
            int mode = random.nextInt(3);
            if (mode == 0) {
                for (int k = 0, n = 1 + random.nextInt(6); k < n; k++) {
                    b[16 + random.nextInt(b.length - 16)] = (byte) random.nextInt(256);
                }
            } else if (mode == 1) {
                int len = 16 + random.nextInt(b.length - 15);
                b = java.util.Arrays.copyOf(b, len);
                b[0] = (byte) len;
                b[1] = (byte) (len >>> 8);
            } else {
                // a plausible attribute length pointing past the end
                int at = 20 + random.nextInt(Math.max(1, b.length - 20));
                if (at + 1 < b.length) {
                    b[at] = (byte) random.nextInt(256);
                    b[at + 1] = 0;
                }
            }
            NetlinkMessage m;
            try {
                m = NetlinkMessage.of(Unpooled.wrappedBuffer(b));
            } catch (MalformedMessageException e) {
                continue;
            }
            decodeAll(m);
        }
    }

    @Test
    void encodingABatchAllocatesNothingPerAttribute() {
        Transaction tx = new Transaction(null);
        tx.addTable(Family.INET, "filter")
                .addChain(Family.INET, "filter", "forward", ChainType.FILTER, Hook.FORWARD, Priority.FILTER, Policy.DROP);
        for (int i = 0; i < 100; i++) {
            tx.addRule(TransactionKernelTest.outbound().withComment("rule " + i));
        }
        tx.addSet(NftSet.of(Family.INET, "filter", "s", DataType.IPV4_ADDR).interval(), Elements.intervals("10.0.0.0/8", "192.168.0.0/16"));
        List<Command> commands = tx.commands();
        ByteBuf buf = Unpooled.directBuffer(1 << 20);
        MessageWriter w = new MessageWriter(buf);
        com.sun.management.ThreadMXBean mx = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long perBatch = Long.MAX_VALUE;
        try {
            for (int round = 0; round < 2_000; round++) {
                buf.clear();
                long before = mx.getThreadAllocatedBytes(Thread.currentThread().getId());
                for (int i = 0; i < commands.size(); i++) {
                    Command c = commands.get(i);
                    int start = w.beginMessage(NftCodec.type(c.msg()), Netlink.NLM_F_REQUEST | c.flags(), i, 0);
                    c.encode(w);
                    w.endMessage(start);
                }
                perBatch = Math.min(perBatch, mx.getThreadAllocatedBytes(Thread.currentThread().getId()) - before);
            }
        } finally {
            buf.release();
        }
        // ~1,500 attributes per batch: it measures 0 bytes; the slack is for a JIT that has not settled
        assertThat(perBatch).as("bytes allocated encoding %d commands", commands.size()).isLessThan(256);
        assertThat(commands).hasSize(104);
        assertThat(((Command.NewRule) commands.get(2)).rule().expressions()).allMatch(e -> e instanceof Expression);
    }
}
