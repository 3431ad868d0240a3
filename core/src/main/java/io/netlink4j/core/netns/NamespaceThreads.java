package io.netlink4j.core.netns;

import io.netlink4j.core.os.Posix;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The helper threads that enter namespaces, so a caller's thread never changes namespace.
 *
 * <p>setns/unshare act on the calling OS thread only. Each task runs on a helper platform
 * thread: it enters the target, runs, and in {@code finally} returns to the home namespace
 * (the process's, captured once). A thread that cannot return ends rather than serve another
 * task from the wrong namespace. Returning home also releases the reference an idle thread
 * would otherwise hold on an anonymous namespace.
 *
 * <p>Idle helpers wait on a stack; a helper puts itself back on it <em>before</em> it hands
 * the result to the caller, so a caller that runs tasks one after the other always reuses the
 * same thread (a thread pool with a hand-off queue would now and then start a new thread
 * because the previous one had not yet come back to the queue). A task that runs another
 * task (nested {@code run}) gets a second helper: there is no bound that could deadlock.
 * Helpers idle for {@link #KEEP_ALIVE_SECONDS} end. Thread-safe.
 */
final class NamespaceThreads {
    private static final AtomicInteger COUNTER = new AtomicInteger();
    private static final long KEEP_ALIVE_SECONDS = 20;
    /** The process's own namespace (main thread): where helper threads rest. */
    static final int HOME_FD = Posix.open("/proc/self/ns/net", Posix.O_RDONLY, 0);

    private static final ConcurrentLinkedDeque<Helper> IDLE = new ConcurrentLinkedDeque<>();

    private NamespaceThreads() {}

    /** Thrown inside a helper thread that could not get back home; ends that thread. */
    private static final class StrandedThreadError extends Error {
        private static final long serialVersionUID = 1L;

        StrandedThreadError(Throwable cause) {
            super("netlink4j helper thread could not return to its home network namespace", cause);
        }
    }

    /** One task for a helper, with the future its caller waits on. */
    private record Job(Runnable enter, Callable<?> task, CompletableFuture<Object> result) {}

    private static final class Helper extends Thread {
        /** At most one job: a helper gets work only while it is off the idle stack. */
        private final BlockingQueue<Job> inbox = new ArrayBlockingQueue<>(1);

        Helper() {
            super("netlink4j-netns-" + COUNTER.incrementAndGet());
            setDaemon(true);
        }

        @Override
        public void run() {
            while (true) {
                Job job;
                try {
                    job = inbox.poll(KEEP_ALIVE_SECONDS, TimeUnit.SECONDS);
                    if (job == null) {
                        if (IDLE.removeFirstOccurrence(this)) {
                            return; // idle too long and nobody picked us meanwhile
                        }
                        job = inbox.take(); // a caller took us off the stack: its job is coming
                    }
                } catch (InterruptedException e) {
                    continue; // helpers are only ended by idling; never drop a handed-over job
                }
                if (!runJob(job)) {
                    return;
                }
            }
        }

        /** Runs one job; false when this thread is stranded and must end. */
        private boolean runJob(Job job) {
            Object value = null;
            Throwable failure = null;
            boolean home = true;
            try {
                job.enter().run();
                value = job.task().call();
            } catch (Throwable t) {
                failure = t;
            } finally {
                try {
                    Posix.setns(HOME_FD, Posix.CLONE_NEWNET, "setns back to the home namespace");
                } catch (RuntimeException e) {
                    home = false;
                    failure = new StrandedThreadError(e);
                }
            }
            if (home) {
                IDLE.push(this); // before completing, so the caller's next task finds us
            }
            if (failure != null) {
                job.result().completeExceptionally(failure);
            } else {
                job.result().complete(value);
            }
            return home;
        }
    }

    /** Number of helper threads alive now (idle or busy), for tests and diagnostics. */
    static int helperCount() {
        int n = 0;
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            if (t instanceof Helper && t.isAlive()) {
                n++;
            }
        }
        return n;
    }

    /**
     * Runs {@code task} on a helper thread that first calls {@code enter} (setns or unshare) and
     * returns home afterwards, even when the task throws.
     */
    static <T> T run(Runnable enter, Callable<T> task) {
        CompletableFuture<Object> result = new CompletableFuture<>();
        Job job = new Job(enter, task, result);
        Helper h = IDLE.pollFirst();
        if (h == null) {
            h = new Helper();
            h.inbox.add(job);
            h.start();
        } else {
            h.inbox.add(job); // never full: an idle helper has an empty inbox
        }
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    @SuppressWarnings("unchecked")
                    T value = (T) result.get();
                    return value;
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
