package io.netlink4j.bench.baseline;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Optional;

/**
 * Finds the project's shared reference material ({@code shared/vectors},
 * {@code shared/reference/c-floor}) outside the repository: a system property, else an
 * environment variable, else the first {@code shared/...} found walking up from the working
 * directory. Nothing of it is copied into the repository. Stateless, thread-safe.
 */
public final class SharedFiles {
    private SharedFiles() {}

    /** The golden vectors directory: {@code -Dnetlink4j.vectors}, {@code NETLINK4J_VECTORS}, or {@code shared/vectors} above. */
    public static Optional<Path> vectors() {
        return locate("shared/vectors", "netlink4j.vectors", "NETLINK4J_VECTORS");
    }

    /** The C reference: {@code -Dnetlink4j.cfloor}, {@code NETLINK4J_CFLOOR}, or {@code shared/reference/c-floor} above. */
    public static Optional<Path> cFloor() {
        return locate("shared/reference/c-floor", "netlink4j.cfloor", "NETLINK4J_CFLOOR");
    }

    static Optional<Path> locate(String relative, String property, String env) {
        String configured = System.getProperty(property);
        if (configured == null || configured.isBlank()) {
            configured = System.getenv(env);
        }
        if (configured != null && !configured.isBlank()) {
            Path p = Paths.get(configured);
            return Files.isDirectory(p) ? Optional.of(p.toAbsolutePath()) : Optional.empty();
        }
        for (Path dir = Paths.get("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve(relative);
            if (Files.isDirectory(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
