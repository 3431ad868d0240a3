package io.netlink4j.route;

import java.nio.charset.StandardCharsets;

/**
 * Names a link the way {@code ip} lets you: by name ({@code dev veth01}) or by index. A name
 * is checked when the reference is made, before anything reaches the kernel.
 *
 * <p>Immutable, hence thread-safe.
 */
public sealed interface LinkRef permits LinkRef.ByName, LinkRef.ByIndex {
    /** IFNAMSIZ minus the terminating NUL. */
    int MAX_NAME_BYTES = 15;

    /** A link by name; the name is validated ({@link #validateName}). */
    static ByName name(String name) {
        return new ByName(name);
    }

    /** A link by interface index (positive). */
    static ByIndex index(int index) {
        return new ByIndex(index);
    }

    /**
     * Checks an interface name as the kernel's dev_valid_name does.
     *
     * @return the name
     * @throws IllegalArgumentException naming the value when it is empty, longer than 15 bytes,
     *                                  {@code .} or {@code ..}, or holds '/', ':', NUL or whitespace
     */
    static String validateName(String name) {
        if (name == null || name.isEmpty()) {
            throw new IllegalArgumentException("interface name must not be empty");
        }
        int bytes = name.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > MAX_NAME_BYTES) {
            throw new IllegalArgumentException("interface name '" + name + "' is " + bytes
                    + " bytes, at most " + MAX_NAME_BYTES + " are allowed");
        }
        if (name.equals(".") || name.equals("..")) {
            throw new IllegalArgumentException("interface name '" + name + "' is not allowed");
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == '/' || c == ':' || c == 0 || Character.isWhitespace(c)) {
                throw new IllegalArgumentException("interface name '" + name + "' must not contain '/', ':', NUL or whitespace");
            }
        }
        return name;
    }

    /** A link by name. @param name a valid interface name */
    record ByName(String name) implements LinkRef {
        /** Validates the name. */
        public ByName {
            validateName(name);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    /** A link by interface index. @param index positive interface index */
    record ByIndex(int index) implements LinkRef {
        /** Checks the index is positive. */
        public ByIndex {
            if (index <= 0) {
                throw new IllegalArgumentException("interface index must be positive: " + index);
            }
        }

        /** Prints {@code if5}, as {@code ip} names a link it cannot see. */
        @Override
        public String toString() {
            return "if" + index;
        }
    }
}
