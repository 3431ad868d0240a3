package io.netlink4j.core.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * Finds and loads the golden netlink vectors ({@code shared/vectors/*.json}: real messages of
 * {@code ip} and {@code nft} with the kernel's answers, see that folder's README).
 *
 * <p>Where: the system property {@code netlink4j.shared}, else the environment variable
 * {@code NETLINK4J_SHARED} (either names the {@code shared} folder that holds
 * {@code vectors/}), else the nearest ancestor of the working directory that has
 * {@code shared/vectors} (CI puts a copy of {@code shared/} beside its clone). When none is
 * found, {@link #require()} skips the test with the reason, or fails it when {@code CI=true}.
 * Thread-safe (the loaded files are cached immutably).
 */
public final class Vectors {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static volatile List<VectorFile> cache;

    private Vectors() {}

    /** One scenario file. */
    public record VectorFile(String fileName, JsonNode root) {
        /** Its messages, in capture order. */
        public List<JsonNode> messages() {
            List<JsonNode> out = new ArrayList<>();
            root.path("messages").forEach(out::add);
            return out;
        }
    }

    /** The vectors directory, if it can be found (see the class comment for where it looks). */
    public static Optional<Path> locate() {
        String prop = System.getProperty("netlink4j.shared");
        if (prop != null && !prop.isBlank()) {
            return vectorsIn(Paths.get(prop));
        }
        String env = System.getenv("NETLINK4J_SHARED");
        if (env != null && !env.isBlank()) {
            return vectorsIn(Paths.get(env));
        }
        for (Path p = Paths.get("").toAbsolutePath(); p != null; p = p.getParent()) {
            Path candidate = p.resolve("shared").resolve("vectors");
            if (Files.isDirectory(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** {@code dir/vectors}, or {@code dir} itself when it already is the vectors folder. */
    private static Optional<Path> vectorsIn(Path dir) {
        if (Files.isDirectory(dir.resolve("vectors"))) {
            return Optional.of(dir.resolve("vectors"));
        }
        if (Files.isRegularFile(dir.resolve("README.md")) && Files.isDirectory(dir)) {
            return Optional.of(dir);
        }
        return Optional.empty();
    }

    /**
     * The vectors directory; skips the calling test when it is missing, or fails it under
     * {@code CI=true} (a CI run must not pass by skipping the golden tests).
     */
    public static Path require() {
        Optional<Path> dir = locate();
        if (dir.isPresent()) {
            return dir.get();
        }
        String why = "netlink vectors not found: set -Dnetlink4j.shared=DIR or NETLINK4J_SHARED=DIR"
                + " (the folder holding vectors/), or keep shared/vectors beside an ancestor of "
                + Paths.get("").toAbsolutePath();
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new AssertionError(why + "; CI=true forbids skipping");
        }
        Assumptions.abort(why);
        throw new AssertionError("unreachable");
    }

    /** Every {@code *.json} scenario, sorted by file name (skips or fails like {@link #require()}). */
    public static List<VectorFile> all() {
        List<VectorFile> files = cache;
        if (files != null) {
            return files;
        }
        Path dir = require();
        List<VectorFile> loaded = new ArrayList<>();
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : s.filter(f -> f.getFileName().toString().endsWith(".json")).sorted().toList()) {
                loaded.add(new VectorFile(p.getFileName().toString(), JSON.readTree(p.toFile())));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (loaded.isEmpty()) {
            throw new AssertionError("no *.json vectors in " + dir);
        }
        cache = List.copyOf(loaded);
        return cache;
    }

    /** The scenario file named {@code fileName} (e.g. {@code "01-veth-add.json"}). */
    public static VectorFile file(String fileName) {
        return all().stream().filter(f -> f.fileName().equals(fileName)).findFirst()
                .orElseThrow(() -> new AssertionError("no vector file " + fileName));
    }

    /** A message's bytes, from its {@code hex} field. */
    public static byte[] bytes(JsonNode message) {
        return hex(message.path("hex").asText());
    }

    /** Decodes a hex string (two digits per byte). */
    public static byte[] hex(String hex) {
        if (hex.length() % 2 != 0) {
            throw new IllegalArgumentException("odd-length hex: " + hex.length());
        }
        byte[] out = new byte[hex.length() / 2];
        for (int i = 0; i < out.length; i++) {
            out[i] = (byte) Integer.parseInt(hex, 2 * i, 2 * i + 2, 16);
        }
        return out;
    }

    /** Encodes bytes as lower-case hex, for comparisons that print well. */
    public static String hex(byte[] bytes) {
        StringBuilder sb = new StringBuilder(bytes.length * 2);
        for (byte b : bytes) {
            sb.append(Character.forDigit((b >> 4) & 0xf, 16)).append(Character.forDigit(b & 0xf, 16));
        }
        return sb.toString();
    }
}
