package io.netlink4j.nftables.expr;

import io.netlink4j.nftables.NfTables;
import io.netlink4j.nftables.Verdict;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Every expression kind, with its optional fields set and unset, encodes and decodes back to an equal record. */
class ExpressionRoundTripTest {
    static Stream<Expression> samples() {
        Bytes four = Bytes.hex("c0a80801");
        return Stream.of(
                Meta.load(Meta.Key.IIFNAME, 1), Meta.set(Meta.Key.MARK, NfTables.NFT_REG32_00), Meta.load(Meta.Key.SDIFNAME, 2),
                new Cmp(1, Cmp.Op.GTE, Bytes.be16(1024)), new Cmp(9, Cmp.Op.NEQ, Bytes.string("eth0", 16)),
                Payload.load(Payload.Base.NETWORK, 12, 4, 1), Payload.load(Payload.Base.INNER, 0, 8, 10),
                Payload.write(Payload.Base.TRANSPORT, 2, 2, 1, 1, 16, 0), Payload.write(Payload.Base.NETWORK, 12, 4, 1, 1, 10, 1),
                Bitwise.maskXor(1, 1, Bytes.hex("ffffff00"), Bytes.hex("00000000")),
                new Bitwise(1, 2, 4, Bitwise.Op.MASK_XOR, Bytes.hex("000000ff"), Bytes.hex("00000001"), null),
                Bitwise.shift(Bitwise.Op.LSHIFT, 1, 1, 4, 8), Bitwise.shift(Bitwise.Op.RSHIFT, 3, 4, 4, 1),
                Immediate.verdict(Verdict.accept()), Immediate.verdict(Verdict.drop()), Immediate.verdict(Verdict.jump("other")),
                Immediate.verdict(Verdict.goTo("x")), Immediate.verdict(Verdict.returnVerdict()), Immediate.value(2, four),
                Counter.zero(), new Counter(5, 1500),
                Ct.load(Ct.Key.STATE, 1), Ct.load(Ct.Key.SRC, 1, Ct.ORIGINAL), Ct.set(Ct.Key.MARK, 1), new Ct(Ct.Key.ZONE, 0, 1, Ct.REPLY),
                Masq.plain(), new Masq(NatFlags.PROTO_RANDOM | NatFlags.PERSISTENT, 0, 0), new Masq(NatFlags.PROTO_SPECIFIED, 1, 2),
                new Nat(Nat.Type.SNAT, Nat.IPV4, 1, 0, 0, 0, 0), new Nat(Nat.Type.DNAT, Nat.IPV6, 1, 2, 3, 4, NatFlags.PROTO_SPECIFIED),
                new Redir(0, 0, 0), new Redir(1, 2, NatFlags.PROTO_SPECIFIED),
                Lookup.of("allowed", 1), new Lookup("__set%d", 3, 1, null, NfTables.NFT_LOOKUP_F_INV, null),
                new Lookup("__map%d", 9, 1, 0, 0, null), new Lookup("m", 0, 9, 1, 0, null),
                Log.plain(), Log.prefix("dropped: "), new Log("p", 2, 100, 3, null, null), new Log(null, null, null, null, 7, 0x2f),
                Limit.packets(10, Limit.SECOND, 5), new Limit(102400, Limit.SECOND, 10240, true, NfTables.NFT_LIMIT_F_INV),
                new Reject(0, 3), new Reject(1, 0), new Reject(2, 1),
                new Quota(10 << 20, 0, 0), new Quota(1000, 10, NfTables.NFT_QUOTA_F_INV),
                new Range(1, true, Bytes.be16(1), Bytes.be16(1024)), new Range(1, false, four, Bytes.hex("c0a808ff")),
                Exthdr.load(NfTables.NFT_EXTHDR_OP_TCPOPT, 2, 2, 2, 0, 1),
                Exthdr.load(NfTables.NFT_EXTHDR_OP_IPV6, 0, 0, 1, NfTables.NFT_EXTHDR_F_PRESENT, 1),
                new Exthdr(NfTables.NFT_EXTHDR_OP_TCPOPT, 2, 2, 2, 0, 0, 1), new Exthdr(NfTables.NFT_EXTHDR_OP_TCPOPT, 4, 0, 0, 0, 0, 0),
                new Fib(NfTables.NFTA_FIB_F_DADDR, NfTables.NFT_FIB_RESULT_ADDRTYPE, 1), new Rt(NfTables.NFT_RT_NEXTHOP4, 1),
                new Numgen(1, 10, NfTables.NFT_NG_RANDOM, 0), new Numgen(1, 2, NfTables.NFT_NG_INCREMENTAL, null),
                new Hash(null, 1, 1, 4, 2, 0xdead, 0), new Hash(NfTables.NFT_HASH_SYM, null, 1, null, 2, null, 100),
                new Byteorder(1, 1, NfTables.NFT_BYTEORDER_HTON, 4, 4),
                new Dynset(NfTables.NFT_DYNSET_OP_ADD, 1, 0, 0, "s", 0, 0, List.of()),
                new Dynset(NfTables.NFT_DYNSET_OP_UPDATE, 1, 2, 10_000, "m", 4, NfTables.NFT_DYNSET_F_INV, List.of(Counter.zero())),
                new Dynset(NfTables.NFT_DYNSET_OP_ADD, 1, 0, 0, "s", 0, 0, List.of(Counter.zero(), Limit.packets(1, Limit.SECOND, 5))),
                Objref.of(NfTables.NFT_OBJECT_COUNTER, "c1"), new Objref(0, null, 1, "__objmap%d", 14),
                new Tproxy(2, 1, 2), new Tproxy(0, 0, 1), new Synproxy(1460, 7, 3),
                new Socket(NfTables.NFT_SOCKET_TRANSPARENT, 1, 0), new Socket(NfTables.NFT_SOCKET_CGROUPV2, 1, 2),
                new Socket(NfTables.NFT_SOCKET_MARK, 1, null),
                new Osf(1, 0, 0), new Osf(1, null, 0), new Osf(1, 1, NfTables.NFT_OSF_F_VERSION),
                new Xfrm(NfTables.NFT_XFRM_KEY_REQID, 0, 0, 1),
                new Last(null, null), new Last(1, 1234L),
                new Connlimit(10, NfTables.NFT_CONNLIMIT_F_INV),
                new Queue(2, 1, null, 0), new Queue(1, 3, NfTables.NFT_QUEUE_FLAG_CPU_FANOUT, 0), new Queue(null, null, null, 1),
                new Dup(1, 0), new Dup(1, 2), new Fwd(1, 0, null), new Fwd(1, 2, 2),
                new Notrack(), new FlowOffload("ft"), new Tunnel(NfTables.NFT_TUNNEL_ID, 1, null),
                new RawExpression("inner", Bytes.hex("0800010000000001").toArray()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void encodesAndDecodesBackToAnEqualRecord(Expression e) {
        byte[] wire = NftVectors.encode(List.of(e));

        List<Expression> back = NftVectors.decode(wire);

        assertThat(back).containsExactly(e);
        assertThat(NftVectors.encode(back)).isEqualTo(wire);
        assertThat(back.get(0).getClass()).isEqualTo(e.getClass());
    }
}
