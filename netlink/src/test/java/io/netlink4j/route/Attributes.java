package io.netlink4j.route;

import io.netlink4j.core.codec.AttributeCursor;
import io.netlink4j.core.codec.NetlinkMessage;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;

/**
 * A request as an order-free description: header type and flags, the family header's bytes, and
 * the attributes (nests opened where rtnetlink nests them), each level sorted. Two requests that
 * carry the same attributes in another order describe equally; this is how requests compare
 * whose attribute order in ip follows the order of its command line.
 */
final class Attributes {
    private Attributes() {}

    static String describe(byte[] message) {
        NetlinkMessage m = Vectors.message(message);
        int type = m.type();
        int headerLen = headerLength(type);
        StringBuilder sb = new StringBuilder();
        sb.append("type ").append(type).append(" flags 0x").append(Integer.toHexString(m.flags()))
                .append(" header ").append(HexFormat.of().formatHex(message, 16, 16 + headerLen)).append('\n');
        sb.append(level(m.attributes(headerLen), type, 0, "", isVeth(m, headerLen)));
        return sb.toString();
    }

    private static int headerLength(int type) {
        if (type >= Rtnetlink.RTM_NEWLINK && type <= Rtnetlink.RTM_GETLINK) {
            return Rtnetlink.IFINFOMSG_SIZE;
        }
        if (type >= Rtnetlink.RTM_NEWADDR && type <= Rtnetlink.RTM_GETADDR) {
            return Rtnetlink.IFADDRMSG_SIZE;
        }
        return Rtnetlink.RTMSG_SIZE;
    }

    private static boolean isVeth(NetlinkMessage m, int headerLen) {
        AttributeCursor c = m.attributes(headerLen);
        if (m.type() != Rtnetlink.RTM_NEWLINK || !c.find(IfLink.IFLA_LINKINFO)) {
            return false;
        }
        AttributeCursor info = c.nested();
        return info.find(IfLink.IFLA_INFO_KIND) && info.string().equals("veth");
    }

    private static String level(AttributeCursor c, int type, int depth, String path, boolean veth) {
        List<String> items = new ArrayList<>();
        while (c.next()) {
            String p = path + "/" + c.type();
            String pad = "  ".repeat(depth);
            boolean link = type >= Rtnetlink.RTM_NEWLINK && type <= Rtnetlink.RTM_GETLINK;
            if (link && (p.equals("/" + IfLink.IFLA_LINKINFO) || p.equals("/18/" + IfLink.IFLA_INFO_DATA))) {
                items.add(pad + c.type() + " {\n" + level(c.nested(), type, depth + 1, p, veth) + pad + "}");
            } else if (veth && p.equals("/18/2/" + IfLink.VETH_INFO_PEER)) {
                byte[] hdr = new byte[Rtnetlink.IFINFOMSG_SIZE];
                c.buffer().getBytes(c.valueIndex(), hdr);
                items.add(pad + c.type() + " ifinfomsg " + HexFormat.of().formatHex(hdr) + " {\n"
                        + level(c.nestedAfter(Rtnetlink.IFINFOMSG_SIZE), type, depth + 1, p, veth) + pad + "}");
            } else {
                items.add(pad + c.type() + " = " + HexFormat.of().formatHex(c.bytes()));
            }
        }
        Collections.sort(items);
        StringBuilder sb = new StringBuilder();
        for (String i : items) {
            sb.append(i).append('\n');
        }
        return sb.toString();
    }
}
