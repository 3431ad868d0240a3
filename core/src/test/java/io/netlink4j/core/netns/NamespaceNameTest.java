package io.netlink4j.core.netns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Namespace names that could escape /run/netns are programming errors, refused before any syscall. */
class NamespaceNameTest {

    @ParameterizedTest
    @ValueSource(strings = {"../x", ".", "..", "a/b", "/abs", "x/", "", "nul\0byte"})
    void aNameThatIsNotASingleFileNameIsRefusedByEveryEntryPointBeforeAnySyscall(String bad) {
        assertThatThrownBy(() -> NetNamespace.validateName(bad)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> NetNamespace.create(bad)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> NetNamespace.open(bad)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> NetNamespace.delete(bad)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> NetNamespace.exists(bad)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"../x", ".", "..", "a/b"})
    void theRefusalNamesTheBadValue(String bad) {
        assertThatThrownBy(() -> NetNamespace.create(bad)).hasMessageContaining("'" + bad + "'");
    }

    @org.junit.jupiter.api.Test
    void aRefusedCreateOfDotDotSlashXCreatesNothingOutsideRunNetns() {
        org.junit.jupiter.api.Assumptions.assumeFalse(Files.exists(Path.of("/run/x")), "/run/x already exists");
        assertThatThrownBy(() -> NetNamespace.create("../x")).isInstanceOf(IllegalArgumentException.class);
        assertThat(Files.exists(Path.of("/run/x"))).isFalse();
    }

    @org.junit.jupiter.api.Test
    void aNameOfMoreThan255BytesIsRefusedAndOneOf255IsAccepted() {
        assertThatThrownBy(() -> NetNamespace.validateName("x".repeat(256)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("255");
        assertThat(NetNamespace.validateName("x".repeat(255))).hasSize(255);
        assertThat(NetNamespace.validateName("test-ns.1_a")).isEqualTo("test-ns.1_a");
    }
}
