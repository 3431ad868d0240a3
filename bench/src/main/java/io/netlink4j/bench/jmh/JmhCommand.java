package io.netlink4j.bench.jmh;

/**
 * The {@code jmh} subcommand: hands its arguments to JMH's own command line
 * ({@code org.openjdk.jmh.Main}), so {@code jmh -l}, {@code jmh -prof gc Codec}, {@code jmh -h}
 * work as with any JMH uber-jar.
 *
 * <p>A command-line entry point; not thread-safe.
 */
public final class JmhCommand {
    private JmhCommand() {}

    public static void main(String[] args) throws Exception {
        org.openjdk.jmh.Main.main(args);
    }
}
