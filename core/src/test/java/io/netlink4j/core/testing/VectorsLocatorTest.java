package io.netlink4j.core.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where the golden vectors are looked for: the property first, then the walk up from the working directory. */
class VectorsLocatorTest {

    @AfterEach
    void clearProperty() {
        System.clearProperty("netlink4j.shared");
    }

    @Test
    void theSystemPropertyNamesTheSharedFolderAndWinsOverTheWalk(@TempDir Path dir) throws Exception {
        Path vectors = Files.createDirectories(dir.resolve("vectors"));
        System.setProperty("netlink4j.shared", dir.toString());
        assertThat(Vectors.locate()).contains(vectors);

        // the vectors folder itself is accepted too
        Files.writeString(vectors.resolve("README.md"), "vectors");
        System.setProperty("netlink4j.shared", vectors.toString());
        assertThat(Vectors.locate()).contains(vectors);
    }

    @Test
    void aPropertyThatPointsNowhereFindsNothingRatherThanSomethingElse(@TempDir Path dir) {
        System.setProperty("netlink4j.shared", dir.resolve("missing").toString());
        assertThat(Vectors.locate()).isEmpty();
    }

    @Test
    void withoutConfigurationTheWalkUpFindsSharedVectorsBesideAnAncestor() {
        org.junit.jupiter.api.Assumptions.assumeTrue(System.getenv("NETLINK4J_SHARED") == null,
                "NETLINK4J_SHARED is set: the walk is not used");
        var found = Vectors.locate();
        if (found.isEmpty()) {
            assertThat(System.getenv("CI")).as("CI puts shared/ beside its clone").isNotEqualToIgnoringCase("true");
            org.junit.jupiter.api.Assumptions.abort("no shared/vectors beside any ancestor of " + Path.of("").toAbsolutePath());
        }
        Path p = found.get();
        assertThat(p.getFileName().toString()).isEqualTo("vectors");
        assertThat(p.getParent().getFileName().toString()).isEqualTo("shared");
        assertThat(Path.of("").toAbsolutePath().startsWith(p.getParent().getParent())).isTrue();
    }

    @Test
    void hexRoundTrips() {
        byte[] b = {0, 1, (byte) 0xab, (byte) 0xff};
        assertThat(Vectors.hex(b)).isEqualTo("0001abff");
        assertThat(Vectors.hex("0001abff")).containsExactly(b);
    }
}
