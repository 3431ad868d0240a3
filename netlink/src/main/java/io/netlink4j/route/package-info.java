/**
 * rtnetlink for Java: what {@code ip link}, {@code ip addr}, {@code ip route}, {@code sysctl net.*}
 * and {@code ip monitor} do, in-process, typed, in any network namespace.
 *
 * <p>A {@link io.netlink4j.route.RouteClient} is bound to one namespace (the current one, or any
 * {@link io.netlink4j.core.netns.NetNamespace}) and groups the operations like ip does:
 * <pre>{@code
 * try (RouteClient host = RouteClient.open(hostNs); RouteClient test = RouteClient.open(testNs)) {
 *     // ip link add veth01 type veth peer name veth02 netns test; ip link set veth01 up
 *     Link veth01 = host.links().add(LinkSpec.veth("veth01", VethPeer.named("veth02").in(testNs)).up());
 *     host.addresses().add("veth01", "192.168.8.1/24");
 *     host.sysctls().setIpForwarding(true);
 *
 *     // several changes in one datagram: the peer's index came back with the veth
 *     test.batch()
 *         .setLink(LinkChange.of(veth01.linkIndex()).up())
 *         .addAddress(AddressSpec.of(veth01.linkIndex(), "192.168.8.2/24"))
 *         .addRoute(RouteSpec.to("default").via("192.168.8.1"))
 *         .execute();
 *
 *     for (Route r : test.routes().list(RouteFilter.table(254))) {
 *         System.out.println(r);                      // default via 192.168.8.1 dev if2 ...
 *     }
 *     host.events().awaitLowerUp("veth01", Duration.ofSeconds(5));
 * }
 * }</pre>
 *
 * <p>Values are records ({@link io.netlink4j.route.Link}, {@link io.netlink4j.route.Address},
 * {@link io.netlink4j.route.Route}) whose {@code toString()} reads like ip's output; requests
 * are records with withers ({@link io.netlink4j.route.LinkSpec},
 * {@link io.netlink4j.route.LinkChange}, {@link io.netlink4j.route.AddressSpec},
 * {@link io.netlink4j.route.RouteSpec}) validated when built. Kernel refusals are typed
 * {@link io.netlink4j.core.error.NetlinkException}s naming the object and the namespace.
 * Constants come from the kernel's UAPI headers ({@link io.netlink4j.route.Rtnetlink},
 * {@link io.netlink4j.route.IfLink}, {@link io.netlink4j.route.IfAddr}).
 */
package io.netlink4j.route;
