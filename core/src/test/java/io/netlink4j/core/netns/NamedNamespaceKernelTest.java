package io.netlink4j.core.netns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.netlink4j.core.error.AlreadyExistsException;
import io.netlink4j.core.error.NoSuchObjectException;
import io.netlink4j.core.testing.KernelTest;
import io.netlink4j.core.testing.Sandbox;
import io.netlink4j.core.testing.Shell;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Named namespaces interoperate with iproute2 in both directions, and delete leaves nothing behind. */
@KernelTest
class NamedNamespaceKernelTest {

    private static List<String> ipNetnsList() {
        // "NAME" or "NAME (id: N)" per line
        return Shell.run("ip", "netns", "list").lines().map(l -> l.split(" ")[0]).toList();
    }

    private static List<String> mountinfoLinesFor(String name) throws IOException {
        String path = "/run/netns/" + name;
        return Files.readAllLines(Path.of("/proc/self/mountinfo")).stream()
                .filter(l -> List.of(l.split(" ")).contains(path))
                .toList();
    }

    @Test
    void aNamespaceCreatedByNetlink4jIsListedByIpNetnsAndIpNetnsExecWorksInIt(Sandbox sandbox) throws IOException {
        NetNamespace ns = sandbox.namespace();
        String name = ns.name().orElseThrow();

        assertThat(ipNetnsList()).contains(name);
        assertThat(mountinfoLinesFor(name)).as("bind mount of the namespace").hasSize(1);
        JsonNode links = Shell.json("ip", "netns", "exec", name, "ip", "-j", "link");
        assertThat(links).hasSize(1);
        assertThat(links.get(0).path("ifname").asText()).isEqualTo("lo");
        // and it is really the namespace our handle holds
        String inode = Shell.run("ip", "netns", "exec", name, "readlink", "/proc/self/ns/net").strip();
        assertThat(inode).isEqualTo(ns.identity());
    }

    @Test
    void aNamespaceCreatedByIpNetnsAddOpensInNetlink4j(Sandbox sandbox) {
        String name = sandbox.adopt(sandbox.uniqueName());
        Shell.run("ip", "netns", "add", name);

        try (NetNamespace ns = NetNamespace.open(name)) {
            assertThat(ns.name()).contains(name);
            assertThat(NetNamespace.listNamed()).contains(name);
            String inode = Shell.run("ip", "netns", "exec", name, "readlink", "/proc/self/ns/net").strip();
            assertThat(ns.identity()).isEqualTo(inode);
            assertThat(ns.sameAs(NetNamespace.home())).isFalse();
        }
    }

    @Test
    void openPathOnTheRunNetnsBindMountOpensTheSameNamespaceAsTheNamedHandle(Sandbox sandbox) {
        NetNamespace ns = sandbox.namespace();
        try (NetNamespace byPath = NetNamespace.openPath(Path.of("/run/netns", ns.name().orElseThrow()));
             NetNamespace byName = NetNamespace.open(ns.name().orElseThrow())) {
            assertThat(byPath.identity()).isEqualTo(ns.identity()).isEqualTo(byName.identity());
            assertThat(byPath.sameAs(ns)).isTrue();
            assertThat(ns.run(() -> NamespaceThreadKernelTest.threadNamespace())).isEqualTo(byPath.identity());
        }
    }

    @Test
    void deletingANamespaceLeavesNothingInRunNetnsNorInMountinfo(Sandbox sandbox) throws IOException {
        String name = sandbox.uniqueName();
        NetNamespace ns = NetNamespace.create(name);
        assertThat(Files.exists(Path.of("/run/netns", name))).isTrue();

        ns.delete();

        assertThat(Files.exists(Path.of("/run/netns", name))).isFalse();
        assertThat(mountinfoLinesFor(name)).isEmpty();
        assertThat(ipNetnsList()).doesNotContain(name);
        assertThatThrownBy(ns::fd).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aNamespaceMadeByIpNetnsAddCanBeDeletedByNetlink4j(Sandbox sandbox) throws IOException {
        String name = sandbox.adopt(sandbox.uniqueName());
        Shell.run("ip", "netns", "add", name);

        NetNamespace.delete(name);

        assertThat(Files.exists(Path.of("/run/netns", name))).isFalse();
        assertThat(mountinfoLinesFor(name)).isEmpty();
        assertThat(ipNetnsList()).doesNotContain(name);
    }

    @Test
    void creatingATakenNameIsRefusedWithAlreadyExistsAndLeavesTheOriginalIntact(Sandbox sandbox) {
        NetNamespace ns = sandbox.namespace();
        String name = ns.name().orElseThrow();

        assertThatThrownBy(() -> NetNamespace.create(name))
                .isInstanceOf(AlreadyExistsException.class)
                .hasMessageContaining("EEXIST")
                .hasMessageContaining(name);
        try (NetNamespace again = NetNamespace.open(name)) {
            assertThat(again.sameAs(ns)).isTrue();
        }
    }

    @Test
    void openingOrDeletingAMissingNamespaceRaisesNoSuchObjectWithENOENT(Sandbox sandbox) {
        String name = sandbox.uniqueName();
        assertThatThrownBy(() -> NetNamespace.open(name))
                .isInstanceOfSatisfying(NoSuchObjectException.class, e -> assertThat(e.errnoName()).isEqualTo("ENOENT"))
                .hasMessageContaining(name);
        assertThatThrownBy(() -> NetNamespace.delete(name))
                .isInstanceOf(NoSuchObjectException.class)
                .hasMessageContaining(name);
    }

    @Test
    void anAnonymousNamespaceIsNotTheHomeNamespaceAndNoEntryOfRunNetnsPinsIt(Sandbox sandbox) throws IOException {
        NetNamespace anon = sandbox.anonymousNamespace();
        try (NetNamespace home = NetNamespace.home()) {
            assertThat(anon.sameAs(home)).isFalse();
        }
        assertThat(anon.name()).isEmpty();
        assertThat(anon.identity()).matches("net:\\[\\d+]");
        for (String n : NetNamespace.listNamed()) {
            try {
                // a bind-mounted nsfs file has the namespace's inode number
                Object inode = Files.getAttribute(Path.of("/run/netns", n), "unix:ino");
                assertThat("net:[" + inode + "]").as("/run/netns/" + n).isNotEqualTo(anon.identity());
            } catch (java.nio.file.NoSuchFileException gone) {
                // another test run removed its namespace meanwhile
            }
        }
    }

    @Test
    void openPathAndOfPidOpenTheSameNamespaceAsTheProcessAndRefuseNonNamespaceFiles() {
        try (NetNamespace home = NetNamespace.home();
             NetNamespace byPid = NetNamespace.ofPid((int) ProcessHandle.current().pid());
             NetNamespace byPath = NetNamespace.openPath(Path.of("/proc/self/ns/net"))) {
            assertThat(byPid.sameAs(home)).isTrue();
            assertThat(byPath.sameAs(home)).isTrue();
        }
        assertThatThrownBy(() -> NetNamespace.openPath(Path.of("/proc/self/status")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("/proc/self/status");
        assertThatThrownBy(() -> NetNamespace.ofPid(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
