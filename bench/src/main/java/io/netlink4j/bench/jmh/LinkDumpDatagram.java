package io.netlink4j.bench.jmh;

import io.netlink4j.bench.baseline.SharedFiles;
import io.netlink4j.bench.report.Json;
import io.netlink4j.core.codec.Netlink;
import io.netlink4j.core.codec.NetlinkMessage;
import io.netlink4j.core.netns.NetNamespace;
import io.netlink4j.core.socket.MessageEncoder;
import io.netlink4j.core.socket.NetlinkSocket;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A real link-dump datagram for the decode benchmark: the largest one of {@code ip -d link show}
 * in the golden vectors (08-dumps.json: lo, a veth, a bridge, a macvlan, 4 messages in one
 * recvmsg), or, without the vectors, one captured live from a throwaway anonymous namespace
 * holding lo and a veth pair.
 */
final class LinkDumpDatagram {
    private LinkDumpDatagram() {}

    /** The datagram's bytes in a direct buffer, and where they came from. */
    record Loaded(ByteBuf datagram, String source) {}

    static Loaded load() {
        Optional<Path> vectors = SharedFiles.vectors();
        if (vectors.isPresent() && Files.isRegularFile(vectors.get().resolve("08-dumps.json"))) {
            return fromVectors(vectors.get().resolve("08-dumps.json"));
        }
        return captureLive();
    }

    private static Loaded fromVectors(Path file) {
        Map<String, Object> root;
        try {
            root = Json.obj(Json.parse(Files.readString(file, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // group the RTM_NEWLINK dump parts by (command, datagram), keep the biggest datagram
        Map<String, List<Map<String, Object>>> datagrams = new LinkedHashMap<>();
        for (Object o : Json.arr(root.get("messages"))) {
            Map<String, Object> m = Json.obj(o);
            Map<String, Object> hdr = Json.obj(m.get("nlmsghdr"));
            if (!"recv".equals(m.get("direction")) || ((Number) hdr.get("nlmsg_type")).intValue() != Rtnl.RTM_NEWLINK) {
                continue;
            }
            datagrams.computeIfAbsent(m.get("command") + "/" + m.get("datagram"), k -> new ArrayList<>()).add(m);
        }
        List<Map<String, Object>> best = null;
        String bestKey = null;
        for (Map.Entry<String, List<Map<String, Object>>> e : datagrams.entrySet()) {
            if (best == null || e.getValue().size() > best.size()) {
                best = e.getValue();
                bestKey = e.getKey();
            }
        }
        if (best == null) {
            throw new IllegalStateException(file + " holds no RTM_NEWLINK dump part");
        }
        best.sort((a, b) -> Long.compare(((Number) a.get("part")).longValue(), ((Number) b.get("part")).longValue()));
        ByteBuf buf = Unpooled.directBuffer(64 << 10);
        for (Map<String, Object> m : best) {
            String hex = (String) m.get("hex");
            for (int i = 0; i < hex.length(); i += 2) {
                buf.writeByte(Integer.parseInt(hex, i, i + 2, 16));
            }
            buf.writeZero(Netlink.align(buf.writerIndex()) - buf.writerIndex());
        }
        return new Loaded(buf, file + " (command/datagram " + bestKey + ", " + best.size() + " links, "
                + buf.readableBytes() + " bytes)");
    }

    static Loaded captureLive() {
        ByteBuf buf = Unpooled.directBuffer(64 << 10);
        try (NetNamespace ns = NetNamespace.createAnonymous();
             NetlinkSocket rt = NetlinkSocket.open(Netlink.NETLINK_ROUTE, ns)) {
            rt.request(Rtnl.RTM_NEWLINK, Rtnl.NLM_F_CREATE | Rtnl.NLM_F_EXCL,
                    out -> Rtnl.vethNewLink(out, "veth01", "veth02", -1));
            MessageEncoder all = out -> Rtnl.ifinfomsg(out, 0, 0, 0);
            rt.dump(Rtnl.RTM_GETLINK, 0, all, (NetlinkMessage m) -> {
                buf.writeBytes(m.buffer(), m.start(), m.length());
                buf.writeZero(Netlink.align(buf.writerIndex()) - buf.writerIndex());
            });
        }
        return new Loaded(buf, "captured live from an anonymous namespace (lo + veth pair, "
                + buf.readableBytes() + " bytes)");
    }
}
