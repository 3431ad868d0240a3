package io.netlink4j.bench;

/** Entry point of the bench jar: the founding scenario, the benchmarks, and tools. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        System.out.println("netlink4j-bench: the scenario command arrives with the scenario issue");
    }
}
