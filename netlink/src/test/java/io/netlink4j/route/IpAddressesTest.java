package io.netlink4j.route;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Addresses print as ip (inet_ntop) prints them. */
class IpAddressesTest {
    private static String roundTrip(String s) {
        return IpAddresses.format(IpAddresses.parse(s));
    }

    @Test
    void ipv6IsPrintedCompressedAsInetNtopPrintsIt() {
        assertThat(roundTrip("fd00:8:0:0:0:0:0:1")).isEqualTo("fd00:8::1");
        assertThat(roundTrip("::")).isEqualTo("::");
        assertThat(roundTrip("::1")).isEqualTo("::1");
        assertThat(roundTrip("fd00::")).isEqualTo("fd00::");
        assertThat(roundTrip("1:0:0:2:0:0:0:3")).isEqualTo("1:0:0:2::3");  // the longer run wins
        assertThat(roundTrip("1:0:0:2:0:0:3:4")).isEqualTo("1::2:0:0:3:4"); // the first of equal runs
        assertThat(roundTrip("1:0:2:3:4:5:6:7")).isEqualTo("1:0:2:3:4:5:6:7"); // a single zero stays
        assertThat(roundTrip("FE80::ABCD")).isEqualTo("fe80::abcd");
        assertThat(roundTrip("::ffff:192.168.8.1")).isEqualTo("::ffff:192.168.8.1");
        assertThat(IpAddresses.parse("::ffff:192.168.8.1").getAddress()).hasSize(16); // stays IPv6
    }

    @Test
    void ipv4IsADottedQuad() {
        assertThat(roundTrip("192.168.8.1")).isEqualTo("192.168.8.1");
        assertThat(roundTrip("0.0.0.0")).isEqualTo("0.0.0.0");
    }

    @Test
    void prefixesDeriveNetworkAndBroadcast() {
        IpPrefix p = IpPrefix.parse("192.168.9.77/22");
        assertThat(IpAddresses.format(p.network())).isEqualTo("192.168.8.0");
        assertThat(IpAddresses.format(p.lastAddress())).isEqualTo("192.168.11.255");
        assertThat(IpAddresses.format(IpPrefix.parse("fd00:8::1/64").network())).isEqualTo("fd00:8::");
    }
}
