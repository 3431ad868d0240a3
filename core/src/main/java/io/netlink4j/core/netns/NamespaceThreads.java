package io.netlink4j.core.netns;

import io.netlink4j.core.os.Posix;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The helper threads that enter namespaces, so a caller's thread never changes namespace.
 *
 * <p>setns/unshare act on the calling OS thread only. Each task runs on a pooled platform
 * thread: it enters the target, runs, and in {@code finally} returns to the home namespace
 * (the main thread's, captured once). A thread that cannot return kills itself rather than
 * serve another task from the wrong namespace. Returning home also releases the reference an
 * idle thread would otherwise hold on an anonymous namespace. Thread-safe.
 */
final class NamespaceThreads {
    private static final AtomicInteger COUNTER = new AtomicInteger();
    /** The process's own namespace (main thread): where helper threads rest. */
    static final int HOME_FD = Posix.open("/proc/self/ns/net", Posix.O_RDONLY, 0);

    private static final ThreadPoolExecutor POOL = new ThreadPoolExecutor(
            0, Integer.MAX_VALUE, 20, TimeUnit.SECONDS, new SynchronousQueue<>(), r -> {
                Thread t = new Thread(r, "netlink4j-netns-" + COUNTER.incrementAndGet());
                t.setDaemon(true);
                return t;
            });

    private NamespaceThreads() {}

    /** Thrown inside a helper thread that could not get back home; ends that thread. */
    private static final class StrandedThreadError extends Error {
        private static final long serialVersionUID = 1L;

        StrandedThreadError(Throwable cause) {
            super("netlink4j helper thread could not return to its home network namespace", cause);
        }
    }

    /**
     * Runs {@code task} on a helper thread that first calls {@code enter} (setns or unshare) and
     * returns home afterwards, even when the task throws.
     */
    static <T> T run(Runnable enter, Callable<T> task) {
        Future<T> f = POOL.submit(() -> {
            try {
                enter.run();
                return task.call();
            } finally {
                try {
                    Posix.setns(HOME_FD, Posix.CLONE_NEWNET, "setns back to the home namespace");
                } catch (RuntimeException e) {
                    throw new StrandedThreadError(e);
                }
            }
        });
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return f.get();
                } catch (InterruptedException e) {
                    // the task is in the kernel and short: finish it rather than leave state half-made
                    interrupted = true;
                }
            }
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            if (c instanceof StrandedThreadError) {
                c = c.getCause();
            }
            if (c instanceof RuntimeException) {
                throw (RuntimeException) c;
            }
            if (c instanceof Error) {
                throw (Error) c;
            }
            throw new CompletionException(c);
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
