package io.netlink4j.bench.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonTest {

    @Test
    void parsesObjectsArraysStringsNumbersAndLiterals() {
        Object v = Json.parse("{\"a\": [1, 2.5, -3e2], \"b\": \"x\\\"y\\n\\u00e9\", \"c\": true, \"d\": null, \"e\": {}}");
        Map<String, Object> m = Json.obj(v);
        assertThat(m).containsOnlyKeys("a", "b", "c", "d", "e");
        assertThat(Json.arr(m.get("a"))).containsExactly(1L, 2.5, -300.0);
        assertThat(m.get("b")).isEqualTo("x\"y\né");
        assertThat(m.get("c")).isEqualTo(true);
        assertThat(m.get("d")).isNull();
        assertThat(Json.obj(m.get("e"))).isEmpty();
    }

    @Test
    void keepsTheOrderOfKeys() {
        assertThat(Json.obj(Json.parse("{\"z\":1,\"a\":2,\"m\":3}")).keySet()).containsExactly("z", "a", "m");
    }

    @Test
    void readsJmhsNaNStringsAsNumbers() {
        assertThat(Json.num("NaN")).isNaN();
        assertThat(Json.num(12L)).isEqualTo(12.0);
    }

    @Test
    void whatItWritesItReadsBack() {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("name", "tab\there \"quoted\" back\\slash");
        doc.put("list", List.of(1.5, 2L, "three"));
        doc.put("nested", Map.of("k", List.of()));
        Object back = Json.parse(Json.write(doc));
        assertThat(Json.obj(back).get("name")).isEqualTo(doc.get("name"));
        assertThat(Json.arr(Json.obj(back).get("list"))).containsExactly(1.5, 2L, "three");
        assertThat(Json.arr(Json.obj(Json.obj(back).get("nested")).get("k"))).isEmpty();
    }

    @Test
    void namesTheOffsetOfASyntaxError() {
        assertThatThrownBy(() -> Json.parse("{\"a\": [1, 2}")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("offset 11");
        assertThatThrownBy(() -> Json.parse("[1] x")).hasMessageContaining("trailing");
        assertThatThrownBy(() -> Json.parse("{\"a\": ")).hasMessageContaining("unexpected end");
    }
}
