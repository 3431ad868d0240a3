package io.netlink4j.route;

import io.netlink4j.core.error.NetlinkException;
import io.netlink4j.core.os.Errno;
import io.netlink4j.core.socket.Exchange;
import io.netlink4j.core.socket.Expect;
import java.util.List;

/**
 * {@code ip addr} in the client's namespace: add, replace, delete, list and flush IPv4 and IPv6
 * addresses.
 *
 * <p>Thread-safe (stateless; requests go through the client's socket).
 */
public final class Addresses {
    private final RouteClient client;

    Addresses(RouteClient client) {
        this.client = client;
    }

    /**
     * {@code ip addr add ...}.
     *
     * @throws io.netlink4j.core.error.AlreadyExistsException if the link already has the address
     */
    public void add(AddressSpec spec) {
        client.runOne(new Op.AddressOp(spec, Op.Verb.ADD));
    }

    /** {@code ip addr add PREFIX dev LINK}. */
    public void add(String link, String prefix) {
        add(AddressSpec.of(link, prefix));
    }

    /** {@code ip addr replace ...}: adds, or updates the existing address (lifetimes, flags...). */
    public void replace(AddressSpec spec) {
        client.runOne(new Op.AddressOp(spec, Op.Verb.REPLACE));
    }

    /** {@code ip addr del ...}. */
    public void delete(AddressSpec spec) {
        client.runOne(new Op.AddressOp(spec, Op.Verb.DELETE));
    }

    /** {@code ip addr del PREFIX dev LINK}. */
    public void delete(String link, String prefix) {
        delete(AddressSpec.of(link, prefix));
    }

    /** {@code ip addr show}: every address of every link, IPv4 and IPv6. */
    public List<Address> list() {
        return list(null, 0, "listing addresses");
    }

    /** {@code ip -4|-6 addr show}. */
    public List<Address> list(Family family) {
        return list(family, 0, "listing " + family + " addresses");
    }

    /** {@code ip addr show dev LINK} (the kernel filters by link). */
    public List<Address> list(String link) {
        LinkRef ref = LinkRef.name(link);
        return list(null, client.indexOf(ref, "listing its addresses"), "listing addresses of " + link);
    }

    /** {@code ip addr show dev} by link index. */
    public List<Address> list(int linkIndex) {
        return list(null, LinkRef.index(linkIndex).index(),
                "listing addresses of if" + linkIndex);
    }

    private List<Address> list(Family family, int index, String what) {
        int af = family == null ? Rtnetlink.AF_UNSPEC : family.value();
        // the kernel filters by link under strict checking; checking again keeps a socket
        // opened without it right
        return client.dump(Rtnetlink.RTM_GETADDR, w -> AddressCodec.encodeDump(w, af, index), m -> {
            Address a = AddressCodec.decode(m);
            return a != null && (index == 0 || a.linkIndex() == index) && (family == null || a.family() == family) ? a : null;
        }, what);
    }

    /**
     * {@code ip addr flush dev LINK}: deletes every address of the link (IPv6 link-local ones
     * too), all deletions in one datagram.
     *
     * @return how many addresses were deleted
     */
    public int flush(String link) {
        LinkRef ref = LinkRef.name(link);
        return flush(client.indexOf(ref, "flushing its addresses"), link);
    }

    /** {@code ip addr flush dev} by link index. */
    public int flush(int linkIndex) {
        return flush(LinkRef.index(linkIndex).index(), "if" + linkIndex);
    }

    private int flush(int index, String name) {
        List<Address> all = list(null, index, "listing addresses of " + name + " to flush them");
        if (all.isEmpty()) {
            return 0;
        }
        Exchange ex = new Exchange();
        // newest first: IPv4 secondaries go before their primary, whose deletion would take them along
        for (int i = all.size() - 1; i >= 0; i--) {
            AddressSpec spec = specOf(all.get(i));
            ex.add(Rtnetlink.RTM_DELADDR, 0, Expect.ACK, w -> AddressCodec.encode(w, spec, index, true), null);
        }
        client.socket().execute(ex);
        int deleted = 0;
        NetlinkException first = null;
        for (int i = 0; i < ex.size(); i++) {
            int errno = ex.errno(i);
            if (errno == 0) {
                deleted++;
            } else if (errno != Errno.EADDRNOTAVAIL && errno != Errno.ENOENT) {
                // already gone (taken along with its primary, or by someone else) is what flush wants
                NetlinkException e = ex.error(i, "flushing address " + all.get(all.size() - 1 - i).prefix()
                        + " of " + name + " in namespace " + client.namespaceDescription());
                if (first == null) {
                    first = e;
                } else {
                    first.addSuppressed(e);
                }
            }
        }
        if (first != null) {
            throw first;
        }
        return deleted;
    }

    /** The request that deletes {@code a}. */
    static AddressSpec specOf(Address a) {
        AddressSpec s = AddressSpec.of(LinkRef.index(a.linkIndex()), new IpPrefix(a.local(), a.prefixLength()));
        if (a.peer() != null) {
            s = s.peer(a.peer());
        }
        return s;
    }
}
