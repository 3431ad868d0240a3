package io.netlink4j.nftables.expr;

import io.netlink4j.core.error.MalformedMessageException;
import io.netlink4j.nftables.NfTables;
import io.netlink4j.nftables.Verdict;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** How listings are read: flags the kernel leaves out, kinds and attributes netlink4j does not know, bad input. */
class ExpressionDecodingTest {
    /** NFTA_LIST_ELEM { NAME, DATA { attrs } } with NLA_F_NESTED left out everywhere, as kernel dumps do. */
    private static byte[] unflagged(String name, String dataHex) {
        byte[] n = (name + "\0").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] d = HexFormat.of().parseHex(dataHex);
        int nameLen = 4 + n.length;
        int namePadded = (nameLen + 3) & ~3;
        int dataLen = 4 + d.length;
        int elemLen = 4 + namePadded + dataLen;
        byte[] out = new byte[(elemLen + 3) & ~3];
        int i = 0;
        i = header(out, i, elemLen, NfTables.NFTA_LIST_ELEM);
        i = header(out, i, nameLen, NfTables.NFTA_EXPR_NAME);
        System.arraycopy(n, 0, out, i, n.length);
        i += namePadded - 4;
        i = header(out, i, dataLen, NfTables.NFTA_EXPR_DATA);
        System.arraycopy(d, 0, out, i, d.length);
        return out;
    }

    private static int header(byte[] b, int i, int len, int type) {
        b[i] = (byte) len;
        b[i + 1] = (byte) (len >> 8);
        b[i + 2] = (byte) type;
        b[i + 3] = (byte) (type >> 8);
        return i + 4;
    }

    @Test
    void nestsWithoutTheNestedFlagDecodeLikeFlaggedOnes() {
        // cmp eq reg 1 "eth0" padded, the data nest without NLA_F_NESTED as the kernel lists it
        String data = "0800010000000001" + "0800020000000000" + "180003001400010065746830000000000000000000000000";

        assertThat(NftVectors.decode(unflagged("cmp", data)))
                .containsExactly(new Cmp(1, Cmp.Op.EQ, Bytes.string("eth0", 16)));
    }

    @Test
    void aVerdictListedWithoutFlagsDecodes() {
        String data = "0800010000000000" + "1c000200" + "18000200" + "08000100fffffffd" + "0a0002006f74686572000000";

        assertThat(NftVectors.decode(unflagged("immediate", data))).containsExactly(Immediate.verdict(Verdict.jump("other")));
    }

    @Test
    void unknownKindsStayRawAndReEncodeByteForByte() {
        byte[] wire = unflagged("inner", "08000100000000010800020000000000");

        List<Expression> decoded = NftVectors.decode(wire);

        assertThat(decoded).hasSize(1).first().isInstanceOf(RawExpression.class);
        assertThat(decoded.get(0).kind()).isEqualTo("inner");
        assertThat(NftVectors.encodeData(decoded.get(0))).isEqualTo(HexFormat.of().parseHex("08000100000000010800020000000000"));
    }

    @Test
    void aKnownKindWithAnAttributeNewerThanTheLibraryStaysRaw() {
        // bitwise with NFTA_BITWISE_SREG2 (8) and op NFT_BITWISE_AND (3): kernel 6.13+
        String data = "0800010000000001080002000000000108000300000000040800060000000003" + "0800080000000002";

        List<Expression> decoded = NftVectors.decode(unflagged("bitwise", data));

        assertThat(decoded).singleElement().isInstanceOf(RawExpression.class);
        assertThat(NftVectors.hex(NftVectors.encodeData(decoded.get(0)))).isEqualTo(data);
    }

    @Test
    void anUnknownMetaKeyStaysRaw() {
        String data = "0800020000000023" + "0800010000000001"; // key 35 (bri_broute)

        assertThat(NftVectors.decode(unflagged("meta", data))).singleElement().isInstanceOf(RawExpression.class);
    }

    @Test
    void notrackListedWithoutADataNestDecodes() {
        byte[] wire = HexFormat.of().parseHex("100001000c0001006e6f747261636b00");

        assertThat(NftVectors.decode(wire)).containsExactly(new Notrack());
        assertThat(NftVectors.encode(List.of(new Notrack()))).isEqualTo(HexFormat.of().parseHex("100001800c0001006e6f747261636b00"));
    }

    @Test
    void objectNamesAreSentBareAndReadEitherWay() {
        Objref bare = (Objref) NftVectors.decode(unflagged("objref", "08000100000000010600020063310000")).get(0);
        Objref terminated = (Objref) NftVectors.decode(unflagged("objref", "0800010000000001070002006331000000")).get(0);

        assertThat(bare).isEqualTo(terminated).isEqualTo(Objref.of(NfTables.NFT_OBJECT_COUNTER, "c1"));
    }

    @Test
    void osfListedWithFlagsZeroIsSentWithoutThemForTheKernelRefusesAnExplicitZero() {
        // as the kernel lists `osf name "Linux"`: ttl 0, flags 0, dreg 1
        String listed = "0500020000000000" + "0800030000000000" + "0800010000000001";

        Expression osf = NftVectors.decode(unflagged("osf", listed)).get(0);

        assertThat(osf).isEqualTo(new Osf(1, 0, 0));
        assertThat(NftVectors.hex(NftVectors.encodeData(osf))).isEqualTo("08000100000000010500020000000000");
    }

    @Test
    void aMaskWithoutOpEqualsTheKernelsListingWithAnExplicitOpYetEachEncodesAsItCame() {
        Bitwise sent = Bitwise.maskXor(1, 1, Bytes.host32(6), Bytes.host32(0));
        Bitwise listed = new Bitwise(1, 1, 4, Bitwise.Op.MASK_XOR, Bytes.host32(6), Bytes.host32(0), null);

        assertThat(listed).isEqualTo(sent).hasSameHashCodeAs(sent);
        assertThat(NftVectors.encodeData(listed)).isNotEqualTo(NftVectors.encodeData(sent));
    }

    @Test
    void anExpressionWithoutNameIsMalformed() {
        byte[] wire = HexFormat.of().parseHex("0c000100080002000000000000");

        assertThatThrownBy(() -> NftVectors.decode(wire)).isInstanceOf(MalformedMessageException.class);
    }

    @Test
    void corruptedListingsOnlyEverRaiseMalformedMessageException() {
        Random random = new Random(4711);
        List<NftVectors.Vector> vectors = NftVectors.all();
        for (int round = 0; round < 20_000; round++) {
            byte[] b = vectors.get(random.nextInt(vectors.size())).expressions().clone();
            int mode = random.nextInt(3);
            if (mode == 0) {
                b = java.util.Arrays.copyOf(b, random.nextInt(b.length + 1));
            } else {
                for (int k = 1 + random.nextInt(4); k > 0; k--) {
                    b[random.nextInt(b.length)] = (byte) random.nextInt(256);
                }
            }
            try {
                List<Expression> decoded = NftVectors.decode(b);
                NftVectors.encode(decoded); // what decodes also encodes
            } catch (MalformedMessageException expected) {
                // the documented failure
            }
        }
    }

    @Test
    void expressionsPrintLikeNftDebugNetlink() {
        assertThat(Meta.load(Meta.Key.IIFNAME, 1)).hasToString("[ meta load iifname => reg 1 ]");
        assertThat(Payload.load(Payload.Base.NETWORK, 12, 3, 1)).hasToString("[ payload load 3b @ network header + 12 => reg 1 ]");
        assertThat(Immediate.verdict(Verdict.jump("other"))).hasToString("[ immediate reg 0 jump -> other ]");
        assertThat(Immediate.verdict(Verdict.accept())).hasToString("[ immediate reg 0 accept ]");
        assertThat(Bitwise.maskXor(1, 1, Bytes.host32(6), Bytes.host32(0)))
                .hasToString("[ bitwise reg 1 = ( reg 1 & 0x00000006 ) ^ 0x00000000 ]");
        assertThat(Masq.plain()).hasToString("[ masq ]");
        assertThat(new Nat(Nat.Type.DNAT, Nat.IPV4, 1, 0, 2, 0, NatFlags.PROTO_SPECIFIED))
                .hasToString("[ nat dnat ip addr_min reg 1 proto_min reg 2 flags 0x2 ]");
        assertThat(Limit.packets(10, Limit.SECOND, 5)).hasToString("[ limit rate 10/second burst 5 type packets flags 0x0 ]");
        assertThat(Ct.load(Ct.Key.SRC, 1, Ct.ORIGINAL)).hasToString("[ ct load src => reg 1 , dir original ]");
    }
}
