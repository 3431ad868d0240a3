package io.netlink4j.route;

import io.netlink4j.core.codec.MessageWriter;
import io.netlink4j.core.codec.NetlinkMessage;

/**
 * Bench-only access to the netlink module's codec, which is package-private by design: the
 * codec benchmarks measure the very encoder and decoder the clients use, without a socket.
 * Lives in the bench module (same package name, so it sees package-private code); the library
 * exposes nothing new. Stateless, thread-safe.
 */
public final class BenchCodecs {
    private BenchCodecs() {}

    /** The RTM_NEWLINK body {@code Links.add(spec)} sends (links named by index or not at all). */
    public static void encodeCreateLink(MessageWriter out, LinkSpec spec) {
        LinkCodec.encodeCreate(out, spec, IndexResolver.INDEX_ONLY);
    }

    /** One RTM_NEWLINK of a dump, decoded as {@code Links.list()} decodes it. */
    public static Link decodeLink(NetlinkMessage message) {
        return LinkCodec.decode(message);
    }
}
