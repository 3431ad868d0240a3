package io.netlink4j.bench.baseline;

import io.netlink4j.core.netns.NetNamespace;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Runs {@code ip}, {@code nft} and friends as child processes: what the baselines measure and
 * what the sandbox uses to set itself up. Output (stdout and stderr merged) is read in full, as
 * a caller that wants the answer would; a non-zero exit is an exception carrying that output.
 *
 * <p>Only the bench module spawns processes; the library never does. Thread-safe (stateless).
 */
public final class Processes {
    private Processes() {}

    /** A command that exited non-zero. */
    public static final class CommandFailedException extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final int exitCode;

        CommandFailedException(List<String> command, int exitCode, String output) {
            super(String.join(" ", command) + " exited " + exitCode + ": " + output.strip());
            this.exitCode = exitCode;
        }

        public int exitCode() {
            return exitCode;
        }
    }

    /** Runs {@code command} and returns its output; throws if it exits non-zero. */
    public static byte[] run(String... command) {
        return run(List.of(command), null);
    }

    /** Runs {@code command} with {@code stdin} (may be null) and returns its output; throws if it exits non-zero. */
    public static byte[] run(List<String> command, String stdin) {
        return run(command, stdin, true);
    }

    /** Runs {@code command}, ignoring its exit code (cleanup paths). Returns the exit code. */
    public static int runQuietly(String... command) {
        try {
            run(List.of(command), null, false);
            return 0;
        } catch (CommandFailedException e) {
            return e.exitCode();
        } catch (RuntimeException e) {
            return -1;
        }
    }

    /**
     * Starts {@code command} from a thread inside {@code ns}, so the child is born in that
     * namespace with no {@code ip netns exec} in front (a child inherits its creating thread's
     * namespaces). Waits for it and returns its output.
     */
    public static byte[] runIn(NetNamespace ns, List<String> command) {
        Process p = ns.run(() -> start(command));
        return finish(command, p, null, true);
    }

    private static byte[] run(List<String> command, String stdin, boolean check) {
        return finish(command, start(command), stdin, check);
    }

    private static Process start(List<String> command) {
        try {
            return new ProcessBuilder(command).redirectErrorStream(true).start();
        } catch (IOException e) {
            throw new UncheckedIOException("starting " + String.join(" ", command), e);
        }
    }

    private static byte[] finish(List<String> command, Process p, String stdin, boolean check) {
        try {
            try (OutputStream in = p.getOutputStream()) {
                if (stdin != null) {
                    in.write(stdin.getBytes(StandardCharsets.UTF_8));
                }
            } catch (IOException e) {
                // the command stopped reading (it failed early): its exit code and output say why
            }
            byte[] out;
            try (InputStream o = p.getInputStream()) {
                out = o.readAllBytes();
            }
            int rc = p.waitFor();
            if (rc != 0 && check) {
                throw new CommandFailedException(command, rc, new String(out, StandardCharsets.UTF_8));
            }
            if (rc != 0) {
                throw new CommandFailedException(command, rc, "");
            }
            return out;
        } catch (IOException e) {
            p.destroyForcibly();
            throw new UncheckedIOException("running " + String.join(" ", command), e);
        } catch (InterruptedException e) {
            p.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running " + String.join(" ", command), e);
        }
    }
}
