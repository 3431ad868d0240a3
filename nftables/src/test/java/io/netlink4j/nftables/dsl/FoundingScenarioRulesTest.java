package io.netlink4j.nftables.dsl;

import io.netlink4j.nftables.Family;
import io.netlink4j.nftables.expr.Cmp;
import io.netlink4j.nftables.expr.Counter;
import io.netlink4j.nftables.expr.Ct;
import io.netlink4j.nftables.expr.Bitwise;
import io.netlink4j.nftables.expr.Expression;
import io.netlink4j.nftables.expr.Immediate;
import io.netlink4j.nftables.expr.Masq;
import io.netlink4j.nftables.expr.Meta;
import io.netlink4j.nftables.expr.NftVectors;
import io.netlink4j.nftables.expr.Payload;
import java.util.List;
import org.junit.jupiter.api.Test;

import static io.netlink4j.nftables.dsl.Rules.*;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The founding scenario's rules written with the DSL are byte for byte the NEWRULE
 * expressions nft sent in the golden capture {@code shared/vectors/10-nft.json}, and those
 * captured bytes decode into the expected expression kinds.
 */
class FoundingScenarioRulesTest {
    private static byte[] captured(String ruleText) {
        return ScenarioVectors.newRules().stream().filter(r -> r.command().endsWith(ruleText)).findFirst()
                .orElseThrow(() -> new AssertionError("no NEWRULE for " + ruleText)).expressions();
    }

    @Test
    void theCaptureHoldsFourNewRules() {
        assertThat(ScenarioVectors.newRules()).hasSize(4);
    }

    @Test
    void natRuleMatchesNft() {
        List<Expression> dsl = rule(ipSaddr("192.168.8.0/24"), oifname("eth0"), masquerade());

        assertThat(NftVectors.hex(NftVectors.encode(dsl)))
                .isEqualTo(NftVectors.hex(captured("ip saddr 192.168.8.0/24 oifname eth0 masquerade")));
    }

    @Test
    void forwardAcceptRuleMatchesNft() {
        List<Expression> dsl = rule(Family.INET, iifname("veth01"), oifname("eth0"), accept());

        assertThat(NftVectors.hex(NftVectors.encode(dsl)))
                .isEqualTo(NftVectors.hex(captured("iifname veth01 oifname eth0 accept")));
    }

    @Test
    void returnTrafficRuleMatchesNft() {
        List<Expression> dsl = rule(Family.INET, iifname("eth0"), oifname("veth01"), ctState(ESTABLISHED, RELATED), accept());

        assertThat(NftVectors.hex(NftVectors.encode(dsl)))
                .isEqualTo(NftVectors.hex(captured("ct state established,related accept")));
    }

    @Test
    void counterRuleMatchesNft() {
        assertThat(NftVectors.hex(NftVectors.encode(rule(counter(), accept()))))
                .isEqualTo(NftVectors.hex(captured("forward counter accept")));
    }

    @Test
    void capturedRulesDecodeIntoTheExpectedExpressionKinds() {
        assertThat(kinds(NftVectors.decode(captured("masquerade"))))
                .containsExactly(Payload.class, Cmp.class, Meta.class, Cmp.class, Masq.class);
        assertThat(kinds(NftVectors.decode(captured("ct state established,related accept"))))
                .containsExactly(Meta.class, Cmp.class, Meta.class, Cmp.class, Ct.class, Bitwise.class, Cmp.class, Immediate.class);
        assertThat(NftVectors.decode(captured("forward counter accept"))).containsExactly(
                Counter.zero(), Immediate.verdict(io.netlink4j.nftables.Verdict.accept()));
    }

    private static List<Class<?>> kinds(List<Expression> exprs) {
        return exprs.stream().<Class<?>>map(Object::getClass).toList();
    }

    @Test
    void theScenarioReadsLikeNft() {
        assertThat(text(ipSaddr("192.168.8.0/24"), oifname("eth0"), masquerade()))
                .isEqualTo("ip saddr 192.168.8.0/24 oifname \"eth0\" masquerade");
        assertThat(text(iifname("eth0"), oifname("veth01"), ctState(ESTABLISHED, RELATED), accept()))
                .isEqualTo("iifname \"eth0\" oifname \"veth01\" ct state established,related accept");
        assertThat(text(tcpDport(22, 80), accept())).isEqualTo("tcp dport { 22, 80 } accept");
    }
}
