#!/usr/bin/env python3
"""Captures the change requests iproute2's `ip` sends, as test vectors for netlink4j's encoders.

Run as root: python3 capture.py > ip-requests.json
Everything happens in two throwaway namespaces (deleted at the end, also on failure); the
machine's own namespace is never touched. Each case runs its setup commands untraced, then
one traced `ip -n NS ...` command; the script keeps the last netlink message of type
RTM_NEW*/RTM_DEL*/RTM_GET* that `ip` sent with a non-zero sequence number (the real request,
not iproute2's probe, and, for addr and route commands, not its RTM_GETLINK name lookups),
plus ip's exit code and stderr.
"""
import json
import os
import re
import subprocess
import sys
import tempfile

NS = "nl4j-capture-%d" % os.getpid()
PEER_NS = NS + "-b"

SETUP = [
    "link add veth01 type veth peer name veth02",
    "link add br0 type bridge",
    "addr add 192.168.8.1/24 dev veth01",
    "link set veth01 up",
]

CASES = [
    # (name, setup commands, traced command)
    ("bridge", [], "link add br1 type bridge"),
    ("bridge-stp", [], "link add br2 type bridge stp_state 1"),
    ("bridge-vlan-filtering", [], "link add br3 type bridge vlan_filtering 1"),
    ("macvlan-bridge", [], "link add mv0 link veth01 type macvlan mode bridge"),
    ("macvlan-private", [], "link add mv1 link veth01 type macvlan mode private"),
    ("vxlan", [], "link add vx0 type vxlan id 42 remote 192.168.8.2 local 192.168.8.1 dev veth01 dstport 4789"),
    ("vlan", [], "link add link veth01 name veth01.10 type vlan id 10"),
    ("veth-peer-mtu-address", [],
     "link add veth03 mtu 1400 address 02:00:00:00:00:03 type veth peer name veth04 mtu 1300 address 02:00:00:00:00:04"),
    ("link-set-master", [], "link set veth02 master br0"),
    ("link-set-nomaster", ["link set veth02 master br0"], "link set veth02 nomaster"),
    ("link-set-txqueuelen", [], "link set veth01 txqueuelen 500"),
    ("link-del-by-name", ["link add veth05 type veth peer name veth06"], "link del veth05"),
    ("addr-brd-plus-label", [], "addr add 192.168.9.1/24 brd + label veth01:x dev veth01"),
    ("addr-peer", [], "addr add 10.0.0.1 peer 10.0.0.2/32 dev veth01"),
    ("addr-v6-nodad-lifetimes", [], "addr add fd00:9::1/64 dev veth01 nodad valid_lft 300 preferred_lft 200"),
    ("addr-v6-noprefixroute", [], "addr add fd00:a::1/64 dev veth01 noprefixroute"),
    ("addr-replace", ["addr add 192.168.10.1/24 dev veth01"], "addr replace 192.168.10.1/24 dev veth01"),
    ("addr-loopback-scope", [], "addr add 127.0.0.2/8 dev lo"),
    ("route-dev-only", [], "route add 10.10.0.0/16 dev veth01"),
    ("route-blackhole", [], "route add blackhole 10.11.0.0/16"),
    ("route-unreachable", [], "route add unreachable 10.21.0.0/16"),
    ("route-prohibit", [], "route add prohibit 10.22.0.0/16"),
    ("route-onlink", [], "route add 10.12.0.0/16 via 192.168.8.2 dev veth01 onlink"),
    ("route-multipath", [],
     "route add 10.13.0.0/16 nexthop via 192.168.8.2 dev veth01 weight 2 nexthop via 192.168.8.3 dev veth01"),
    ("route-big-table-src-metric", [], "route add 10.14.0.0/16 via 192.168.8.2 table 1000 metric 7 src 192.168.8.1"),
    ("route-v6-metric", ["-6 addr add fd00:8::1/64 dev veth01 nodad"], "-6 route add fd00:1::/64 via fd00:8::2 dev veth01 metric 5"),
    ("route-replace", [], "route replace 10.15.0.0/16 via 192.168.8.2"),
    ("route-del-prefix", ["route add 10.16.0.0/16 via 192.168.8.2"], "route del 10.16.0.0/16 via 192.168.8.2"),
    ("route-get", [], "route get 192.168.8.77"),
    ("route-local", [], "route add local 10.17.0.1 dev veth01 table 200"),
    ("link-set-down", [], "link set veth01 down"),
]


def ip(ns, cmd, check=True):
    r = subprocess.run(["ip", "-n", ns] + cmd.split(), capture_output=True, text=True)
    if check and r.returncode != 0:
        raise RuntimeError("ip -n %s %s: %s" % (ns, cmd, r.stderr.strip()))
    return r


def sent_messages(trace):
    """Every buffer `ip` sent with sendmsg (strace's "* N bytes in buffer" dumps), split into messages."""
    buffers = []
    cur = None
    total = 0
    for line in trace.splitlines():
        m = re.match(r"^\s*\* (\d+) bytes in buffer", line)
        if m:
            if cur is not None:
                buffers.append(bytes(cur))
            cur = bytearray()
            total = int(m.group(1))
            continue
        m = re.match(r"^\s*\| ([0-9a-f]{5})  (.*)\|\s*$", line)
        if m and cur is not None:
            offset = int(m.group(1), 16)
            count = min(16, total - offset)
            cur.extend(bytes.fromhex("".join(m.group(2).split()[:count])))
            continue
        if cur is not None:
            buffers.append(bytes(cur))
            cur = None
    if cur is not None:
        buffers.append(bytes(cur))
    msgs = []
    for buf in buffers:
        pos = 0
        while len(buf) - pos >= 16:
            n = int.from_bytes(buf[pos:pos + 4], "little")
            if n < 16 or n > len(buf) - pos:
                break
            msgs.append(buf[pos:pos + n])
            pos += (n + 3) & ~3
    return msgs


def capture(cmd):
    with tempfile.NamedTemporaryFile("r", suffix=".strace") as f:
        r = subprocess.run(["strace", "-f", "-qq", "-e", "trace=sendmsg,sendto", "-e", "write=all", "-xx",
                            "-s", "65535", "-o", f.name, "ip", "-n", NS] + cmd.split(),
                           capture_output=True, text=True)
        trace = open(f.name).read()
    chosen = None
    for m in sent_messages(trace):
        typ = int.from_bytes(m[4:6], "little")
        seq = int.from_bytes(m[8:12], "little")
        # name lookups (RTM_GETLINK) also follow `ip route get` to print the device: skip them
        if 16 <= typ <= 26 and seq != 0 and (typ != 18 or cmd.startswith("link")):
            chosen = m
    return r, chosen


def main():
    subprocess.run(["ip", "netns", "add", NS], check=True)
    subprocess.run(["ip", "netns", "add", PEER_NS], check=True)
    results = []
    try:
        for c in SETUP:
            ip(NS, c)
        for name, setup, cmd in CASES:
            for s in setup:
                ip(NS, s)
            r, msg = capture(cmd)
            results.append({
                "name": name,
                "command": "ip -n NS " + cmd,
                "exit_code": r.returncode,
                "stderr": r.stderr.strip(),
                "hex": msg.hex() if msg else None,
            })
        indexes = {l["ifname"]: l["ifindex"] for l in json.loads(ip(NS, "-j link show").stdout)}
    finally:
        subprocess.run(["ip", "netns", "del", NS])
        subprocess.run(["ip", "netns", "del", PEER_NS])
    json.dump({
        "about": "Change requests of iproute2 `ip` (" + subprocess.run(["ip", "-V"], capture_output=True, text=True).stdout.strip()
                 + "), captured with strace by capture.py in throwaway namespaces. "
                 "Setup before the cases: " + "; ".join(SETUP) + ".",
        "kernel": os.uname().release,
        "indexes": indexes,
        "cases": results,
    }, sys.stdout, indent=1)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
