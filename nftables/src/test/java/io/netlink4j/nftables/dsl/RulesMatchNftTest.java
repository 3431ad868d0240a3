package io.netlink4j.nftables.dsl;

import io.netlink4j.nftables.Family;
import io.netlink4j.nftables.expr.Expression;
import io.netlink4j.nftables.expr.Lookup;
import io.netlink4j.nftables.expr.NftVectors;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The DSL emits exactly what nft 1.0.6 sends for the same rule text: for each case the
 * expressions encode to the NFTA_RULE_EXPRESSIONS bytes captured from nft (inline sets bound
 * to the name and id nft gave them, as the transaction binds them).
 */
class RulesMatchNftTest {
    static Stream<DslCases.Case> cases() {
        return DslCases.all().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void dslEncodesToTheBytesNftSentForTheSameText(DslCases.Case c) {
        NftVectors.Vector v = NftVectors.find(c.family().nftName(), c.nft());
        List<Expression> nft = NftVectors.decode(v.expressions());

        List<Expression> dsl = bindLikeNft(c.expressions(), nft);

        assertThat(dsl).as("%s", c).isEqualTo(nft);
        assertThat(NftVectors.hex(NftVectors.encode(dsl))).as("%s", c).isEqualTo(NftVectors.hex(v.expressions()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void ipTablesGetTheSameExpressionsWithOrWithoutTheFamily(DslCases.Case c) {
        if (c.family() != Family.IP) {
            return;
        }
        assertThat(Rules.rule(c.dsl().toArray(new Statement[0]))).isEqualTo(c.expressions());
    }

    private static List<Expression> bindLikeNft(List<Expression> dsl, List<Expression> nft) {
        List<Expression> out = new ArrayList<>(dsl);
        for (int i = 0; i < out.size(); i++) {
            if (out.get(i) instanceof Lookup l && l.anonymousSet() != null && i < nft.size() && nft.get(i) instanceof Lookup n) {
                out.set(i, l.bindSet(n.set(), n.setId()));
            }
        }
        return out;
    }
}
