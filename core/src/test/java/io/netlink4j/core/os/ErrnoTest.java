package io.netlink4j.core.os;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** Errno names are the kernel's, checked against the installed asm-generic headers. */
class ErrnoTest {
    private static final Pattern DEFINE = Pattern.compile("^#define\\s+(E[A-Z0-9]+)\\s+(\\d+)\\b", Pattern.MULTILINE);

    @Test
    void everyErrnoNameMatchesTheKernelHeaders() throws IOException {
        Path base = Path.of("/usr/include/asm-generic/errno-base.h");
        Path more = Path.of("/usr/include/asm-generic/errno.h");
        Assumptions.assumeTrue(Files.exists(base) && Files.exists(more), "kernel headers not installed");
        Map<Integer, String> defined = new LinkedHashMap<>();
        for (Path p : new Path[] {base, more}) {
            Matcher m = DEFINE.matcher(Files.readString(p));
            while (m.find()) {
                defined.putIfAbsent(Integer.parseInt(m.group(2)), m.group(1)); // numeric defines only: no aliases
            }
        }
        assertThat(defined).hasSizeGreaterThan(130);
        defined.forEach((number, name) -> assertThat(Errno.name(number)).as("errno " + number).isEqualTo(name));
        // the constants the library branches on
        assertThat(defined.get(Errno.EEXIST)).isEqualTo("EEXIST");
        assertThat(defined.get(Errno.ENODEV)).isEqualTo("ENODEV");
        assertThat(defined.get(Errno.ENOBUFS)).isEqualTo("ENOBUFS");
        assertThat(defined.get(Errno.EOPNOTSUPP)).isEqualTo("EOPNOTSUPP");
        assertThat(defined.get(Errno.EHOSTUNREACH)).isEqualTo("EHOSTUNREACH");
        assertThat(defined.get(Errno.EMSGSIZE)).isEqualTo("EMSGSIZE");
        assertThat(defined.get(Errno.EADDRNOTAVAIL)).isEqualTo("EADDRNOTAVAIL");
    }

    @Test
    void negativeAndKernelInternalNumbersStillGetAName() {
        assertThat(Errno.name(-17)).isEqualTo("EEXIST");
        assertThat(Errno.name(524)).isEqualTo("ENOTSUPP");
        assertThat(Errno.name(9999)).isEqualTo("E9999");
        assertThat(Errno.text(Errno.EEXIST)).isEqualTo("File exists");
    }
}
