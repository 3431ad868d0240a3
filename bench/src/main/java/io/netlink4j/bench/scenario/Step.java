package io.netlink4j.bench.scenario;

/** The founding scenario's steps, numbered as in the tutorial. Thread-safe (an enum). */
public enum Step {
    NAMESPACE(1, "create namespace, lo up"),
    VETH(2, "create veth pair, peer into test-ns"),
    ADDRESSES(3, "addresses on both ends, links up"),
    FORWARDING(4, "IPv4 forwarding toward the uplink"),
    NFTABLES(5, "nftables: forward accept + masquerade"),
    ROUTE(6, "default route in test-ns"),
    TEARDOWN(8, "teardown");

    private final int number;
    private final String title;

    Step(int number, String title) {
        this.number = number;
        this.title = title;
    }

    public int number() {
        return number;
    }

    public String title() {
        return title;
    }

    @Override
    public String toString() {
        return "step " + number + " (" + title + ")";
    }
}
