package io.netlink4j.core.netns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.netlink4j.core.testing.KernelTest;
import io.netlink4j.core.testing.Sandbox;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;

/** NetNamespace.run never moves the caller's thread: setns happens on a helper thread that goes home after. */
@KernelTest
class NamespaceThreadKernelTest {

    /** The namespace of the calling OS thread (not /proc/self, which is the main thread's). */
    static String threadNamespace() {
        try {
            return Files.readSymbolicLink(Path.of("/proc/thread-self/ns/net")).toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void theCallerStaysInItsNamespaceWhileTheTaskRunsInTheTarget(Sandbox sandbox) {
        NetNamespace ns = sandbox.namespace();
        String before = threadNamespace();

        String inside = ns.run(NamespaceThreadKernelTest::threadNamespace);

        assertThat(inside).isEqualTo(ns.identity()).isNotEqualTo(before);
        assertThat(threadNamespace()).isEqualTo(before);
    }

    @Test
    void theCallerStaysInItsNamespaceWhenTheTaskThrowsAndTheExceptionPassesThroughUnchanged(Sandbox sandbox) {
        NetNamespace ns = sandbox.anonymousNamespace();
        String before = threadNamespace();
        IllegalStateException boom = new IllegalStateException("boom inside");

        assertThatThrownBy(() -> ns.run(() -> {
            throw boom;
        })).isSameAs(boom);
        assertThat(threadNamespace()).isEqualTo(before);

        assertThatThrownBy(() -> ns.run(() -> {
            throw new IOException("checked inside");
        })).isInstanceOf(CompletionException.class).hasRootCauseMessage("checked inside");
        assertThat(threadNamespace()).isEqualTo(before);
    }

    @Test
    void helperThreadsGoHomeAfterEveryTaskSoTheNextTaskStartsInTheHomeNamespace(Sandbox sandbox) {
        NetNamespace a = sandbox.anonymousNamespace();
        NetNamespace b = sandbox.anonymousNamespace();
        String home;
        try (NetNamespace h = NetNamespace.home()) {
            home = h.identity();
        }
        for (int i = 0; i < 20; i++) {
            NetNamespace target = i % 2 == 0 ? a : b;
            assertThat(target.run(NamespaceThreadKernelTest::threadNamespace)).isEqualTo(target.identity());
            try {
                a.run(() -> {
                    throw new IllegalArgumentException("fail " + a);
                });
            } catch (IllegalArgumentException expected) {
                // the helper must still go home
            }
        }
        // every OS thread of this process (the helpers included) is back in the home namespace
        assertThat(threadNamespacesOfThisProcess()).isNotEmpty().allSatisfy((tid, netns) ->
                assertThat(netns).as("thread " + tid).isEqualTo(home));
    }

    /** tid+comm -> namespace for every OS thread of this process that is still alive. */
    static java.util.Map<String, String> threadNamespacesOfThisProcess() {
        java.util.Map<String, String> out = new java.util.TreeMap<>();
        try (var tasks = Files.list(Path.of("/proc/self/task"))) {
            for (Path t : tasks.toList()) {
                try {
                    String comm = Files.readString(t.resolve("comm")).strip();
                    out.put(t.getFileName() + " " + comm, Files.readSymbolicLink(t.resolve("ns/net")).toString());
                } catch (IOException exited) {
                    // the thread ended while we looked
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    @Test
    void tasksRunOneAfterTheOtherReuseOneHelperThreadAndANestedTaskGetsAnother(Sandbox sandbox) {
        NetNamespace ns = sandbox.anonymousNamespace();
        java.util.Set<Thread> used = new java.util.HashSet<>();
        ns.run(() -> used.add(Thread.currentThread())); // warm-up
        used.clear();
        for (int i = 0; i < 200; i++) {
            ns.run(() -> used.add(Thread.currentThread()));
        }
        assertThat(used).hasSize(1);
        assertThat(used.iterator().next().getName()).startsWith("netlink4j-netns-");
        assertThat(used).doesNotContain(Thread.currentThread());

        // a task that enters another namespace from inside a task: a second helper, no deadlock
        NetNamespace other = sandbox.anonymousNamespace();
        String nested = ns.run(() -> other.run(NamespaceThreadKernelTest::threadNamespace));
        assertThat(nested).isEqualTo(other.identity());
        assertThat(NamespaceThreads.helperCount()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void theCallerStaysInItsNamespaceAlsoWhenEnteringFailsBecauseTheHandleIsClosed(Sandbox sandbox) {
        NetNamespace ns = NetNamespace.createAnonymous();
        ns.close();
        String before = threadNamespace();

        assertThatThrownBy(() -> ns.run(() -> "never")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("closed");
        assertThat(threadNamespace()).isEqualTo(before);
    }
}
