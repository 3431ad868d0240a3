package io.netlink4j.core.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs the real clients ({@code ip}, {@code nft}) as test oracles. Tests only: library code
 * never spawns processes.
 */
public final class Shell {
    private static final ObjectMapper JSON = new ObjectMapper();

    private Shell() {}

    /** The result of one command. */
    public record Result(int exitCode, String stdout, String stderr) {
        public Result ok() {
            if (exitCode != 0) {
                throw new AssertionError("command failed (" + exitCode + "): " + stderr.strip());
            }
            return this;
        }
    }

    /** Runs a command; never throws for a non-zero exit. */
    public static Result exec(String... command) {
        return exec(null, command);
    }

    /** Runs a command with {@code stdin} as its input. */
    public static Result exec(String stdin, String... command) {
        try {
            ProcessBuilder pb = new ProcessBuilder(command);
            pb.environment().put("LC_ALL", "C");
            Process p = pb.start();
            if (stdin != null) {
                p.getOutputStream().write(stdin.getBytes(StandardCharsets.UTF_8));
            }
            p.getOutputStream().close();
            byte[][] out = new byte[2][];
            Thread err = new Thread(() -> out[1] = readAll(p.getErrorStream()));
            err.start();
            out[0] = readAll(p.getInputStream());
            err.join();
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new AssertionError("timed out: " + String.join(" ", command));
            }
            return new Result(p.exitValue(), new String(out[0], StandardCharsets.UTF_8),
                    new String(out[1], StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new AssertionError("cannot run " + String.join(" ", command), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static byte[] readAll(InputStream in) {
        try {
            return in.readAllBytes();
        } catch (IOException e) {
            return new byte[0];
        }
    }

    /** Runs a command that must succeed; returns stdout. */
    public static String run(String... command) {
        Result r = exec(command);
        if (r.exitCode() != 0) {
            throw new AssertionError(String.join(" ", command) + " failed (" + r.exitCode() + "): " + r.stderr().strip());
        }
        return r.stdout();
    }

    /** Runs a command that prints JSON and parses it. */
    public static JsonNode json(String... command) {
        String out = run(command);
        try {
            return JSON.readTree(out.isBlank() ? "[]" : out);
        } catch (IOException e) {
            throw new AssertionError("not JSON from " + String.join(" ", command) + ": " + out, e);
        }
    }

    /** {@code ip -n NS ARGS...} */
    public static String ip(String ns, String... args) {
        return run(prepend(new String[] {"ip", "-n", ns}, args));
    }

    /** {@code ip -j -n NS ARGS...}, parsed. */
    public static JsonNode ipJson(String ns, String... args) {
        return json(prepend(new String[] {"ip", "-j", "-n", ns}, args));
    }

    /** {@code ip netns exec NS nft ARGS...} */
    public static Result nft(String ns, String... args) {
        return exec(prepend(new String[] {"ip", "netns", "exec", ns, "nft"}, args));
    }

    /** {@code ip netns exec NS nft -j ARGS...}, parsed. */
    public static JsonNode nftJson(String ns, String... args) {
        return json(prepend(new String[] {"ip", "netns", "exec", ns, "nft", "-j"}, args));
    }

    private static String[] prepend(String[] head, String[] tail) {
        List<String> all = new ArrayList<>(List.of(head));
        all.addAll(List.of(tail));
        return all.toArray(new String[0]);
    }
}
