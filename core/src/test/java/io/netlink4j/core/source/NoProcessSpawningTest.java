package io.netlink4j.core.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The library never shells out: no ProcessBuilder or Runtime.exec in any module's main code. */
class NoProcessSpawningTest {
    private static final List<String> MAIN_TREES = List.of("core/src/main", "netlink/src/main", "nftables/src/main");
    /** ProcessBuilder in any form, Runtime...exec( also across a line break, ProcessHandle launching. */
    private static final Pattern SPAWN = Pattern.compile(
            "\\bProcessBuilder\\b|Runtime\\s*\\.\\s*getRuntime\\s*\\(\\s*\\)\\s*\\.\\s*exec\\s*\\(|\\bRuntime\\.exec\\b");

    /** The repository root: the nearest ancestor whose pom.xml is the netlink4j parent. */
    static Path repositoryRoot() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            Path pom = p.resolve("pom.xml");
            try {
                if (Files.isRegularFile(pom) && Files.readString(pom).contains("<artifactId>netlink4j-parent</artifactId>")
                        && Files.isDirectory(p.resolve("core"))) {
                    return p;
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        throw new AssertionError("no netlink4j repository root above " + Path.of("").toAbsolutePath());
    }

    @Test
    void noMainSourceOfCoreNetlinkOrNftablesStartsAProcess() throws IOException {
        Path root = repositoryRoot();
        List<String> offenders = new ArrayList<>();
        int scanned = 0;
        for (String tree : MAIN_TREES) {
            Path dir = root.resolve(tree);
            if (!Files.isDirectory(dir)) {
                continue; // a module that has no main code yet
            }
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                    scanned++;
                    String text = Files.readString(f);
                    var m = SPAWN.matcher(text);
                    while (m.find()) {
                        int line = (int) text.substring(0, m.start()).chars().filter(c -> c == '\n').count() + 1;
                        offenders.add(root.relativize(f) + ":" + line + ": " + m.group());
                    }
                }
            }
        }
        assertThat(Files.isDirectory(root.resolve("core/src/main"))).isTrue();
        assertThat(scanned).as("Java files scanned").isGreaterThan(20);
        assertThat(offenders).as("process spawning in library code").isEmpty();
    }

    @Test
    void thePatternCatchesTheFormsItMustCatch() {
        assertThat(SPAWN.matcher("new ProcessBuilder(\"ip\")").find()).isTrue();
        assertThat(SPAWN.matcher("Runtime.getRuntime().exec(cmd)").find()).isTrue();
        assertThat(SPAWN.matcher("Runtime.getRuntime()\n        .exec(cmd)").find()).isTrue();
        assertThat(SPAWN.matcher("java.lang.ProcessBuilder pb;").find()).isTrue();
        assertThat(SPAWN.matcher("execute(exchange)").find()).isFalse();
    }
}
