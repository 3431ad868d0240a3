package io.netlink4j.nftables;

/** Checks of object names before anything is sent (IllegalArgumentException naming the value). */
final class Names {
    private Names() {}

    /**
     * A table, chain, set or object name the kernel accepts: not empty, no NUL, fewer than
     * NFT_NAME_MAXLEN (256) bytes of UTF-8 (the kernel's NLA_STRING limit counts the NUL).
     */
    static String check(String what, String name) {
        if (name == null) {
            throw new IllegalArgumentException(what + " name is null");
        }
        if (name.isEmpty()) {
            throw new IllegalArgumentException(what + " name is empty");
        }
        int bytes = utf8Length(name);
        if (bytes >= NfTables.NFT_NAME_MAXLEN) {
            throw new IllegalArgumentException(what + " name is " + bytes + " bytes, the kernel takes at most "
                    + (NfTables.NFT_NAME_MAXLEN - 1) + ": \"" + abbreviate(name) + "\"");
        }
        if (name.indexOf('\0') >= 0) {
            throw new IllegalArgumentException(what + " name contains a NUL character: \"" + abbreviate(name) + "\"");
        }
        return name;
    }

    /** A set name: also no '%', which the kernel reads as a format for anonymous set names. */
    static String checkSet(String name) {
        check("set", name);
        if (name.indexOf('%') >= 0) {
            throw new IllegalArgumentException("set name contains '%', which the kernel reserves for anonymous sets: \""
                    + abbreviate(name) + "\"");
        }
        return name;
    }

    /** Device (interface) names: 1..15 bytes, no '/', ':' or whitespace. */
    static String checkDevice(String name) {
        if (name == null || name.isEmpty()) {
            throw new IllegalArgumentException("device name is empty");
        }
        int bytes = utf8Length(name);
        if (bytes > 15) {
            throw new IllegalArgumentException("device name is " + bytes + " bytes, at most 15: \"" + name + "\"");
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == '/' || c == ':' || c == '\0' || Character.isWhitespace(c)) {
                throw new IllegalArgumentException("device name contains '" + c + "': \"" + name + "\"");
            }
        }
        return name;
    }

    static int utf8Length(CharSequence s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                n++;
            } else if (c < 0x800) {
                n += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                n += 4;
                i++;
            } else {
                n += 3;
            }
        }
        return n;
    }

    private static String abbreviate(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "..." : s;
    }
}
