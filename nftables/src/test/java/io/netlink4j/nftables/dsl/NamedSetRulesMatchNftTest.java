package io.netlink4j.nftables.dsl;

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
 * Lookups in named sets and verdict maps encode to the bytes nft 1.0.6 sent for the same text,
 * but for one attribute: nft also sends NFTA_LOOKUP_SET_ID, the number its own cache gave the
 * existing set, which the kernel does not read when the name finds the set. The DSL sends no
 * id (an id only means something for a set made earlier in the same batch), so the test checks
 * that the DSL's lookup has none and names the same set, then gives it nft's id to compare the rest.
 */
class NamedSetRulesMatchNftTest {
    static Stream<NamedSetCases.Case> cases() {
        return NamedSetCases.all().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void dslEncodesToTheBytesNftSentForTheSameText(NamedSetCases.Case c) {
        NftVectors.Vector v = NftVectors.find(c.family().nftName(), c.nft());
        List<Expression> nft = NftVectors.decode(v.expressions());
        List<Expression> dsl = c.expressions();
        assertThat(dsl).hasSameSizeAs(nft);

        List<Expression> withNftIds = new ArrayList<>(dsl);
        for (int i = 0; i < dsl.size(); i++) {
            if (dsl.get(i) instanceof Lookup l) {
                Lookup n = (Lookup) nft.get(i);
                assertThat(l.anonymousSet()).isNull();
                assertThat(l.setId()).isZero();
                assertThat(l.set()).isEqualTo(n.set());
                withNftIds.set(i, l.bindSet(n.set(), n.setId()));
            }
        }
        assertThat(withNftIds).as("%s", c).isEqualTo(nft);
        assertThat(NftVectors.hex(NftVectors.encode(withNftIds))).as("%s", c).isEqualTo(NftVectors.hex(v.expressions()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void theDslWritesTheNftText(NamedSetCases.Case c) {
        assertThat(Rules.text(c.family(), c.dsl().toArray(new Statement[0]))).isEqualTo(c.nft());
    }
}
