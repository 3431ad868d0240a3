package io.netlink4j.bench.baseline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CReferenceTest {

    private static Path fakeRunSh(Path dir, String body) throws IOException {
        Path script = dir.resolve("run.sh");
        Files.writeString(script, "#!/usr/bin/env bash\n" + body);
        return dir;
    }

    @Test
    void readsTheFiguresAndPerStepMediansTheReferencePrints(@TempDir Path dir) throws IOException {
        fakeRunSh(dir, """
                echo "building" >&2
                echo "c-libmnl-fused 1634 1790 35210 41000"
                echo "# c-libmnl-fused: 220 iterations in 8000.0 ms wall (36363 us/iter incl. async work)" >&2
                echo "# c-libmnl-fused per-step median/p90 us: 1.netns+sock=650/700 3.veth-add=350/400 t2.veth-del=34000/39000" >&2
                [ "$1 $2" = "--fused -w" ] || exit 3
                """);
        List<String> progress = new ArrayList<>();
        CReference.Result r = CReference.run(dir, "fused", List.of("--fused", "-w", "1"), progress::add);
        assertThat(r.impl()).isEqualTo("c-libmnl-fused");
        assertThat(r.setupMedianUs()).isEqualTo(1634);
        assertThat(r.setupP90Us()).isEqualTo(1790);
        assertThat(r.teardownMedianUs()).isEqualTo(35210);
        assertThat(r.teardownP90Us()).isEqualTo(41000);
        assertThat(r.steps()).containsOnlyKeys("1.netns+sock", "3.veth-add", "t2.veth-del");
        assertThat(r.steps().get("3.veth-add")).containsExactly(350, 400);
        assertThat(r.note()).contains("220 iterations");
        assertThat(progress).contains("building");
    }

    @Test
    void aRunWithoutFiguresIsAnErrorThatShowsWhatItPrinted(@TempDir Path dir) throws IOException {
        fakeRunSh(dir, "echo 'scenario.c: libmnl not found' >&2; exit 2\n");
        assertThatThrownBy(() -> CReference.run(dir, "fused", List.of(), line -> { }))
                .hasMessageContaining("exited 2").hasMessageContaining("libmnl not found");
    }

    @Test
    void aDirectoryWithoutRunShIsRefused(@TempDir Path dir) {
        assertThatThrownBy(() -> CReference.run(dir, "fused", List.of(), line -> { }))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no run.sh");
    }
}
