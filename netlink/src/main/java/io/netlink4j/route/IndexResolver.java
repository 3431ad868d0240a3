package io.netlink4j.route;

/** Turns a link reference into an interface index while a request is encoded. */
@FunctionalInterface
interface IndexResolver {
    /** Index of {@code ref}; by-index references resolve to themselves. */
    int index(LinkRef ref);

    /** Resolves only by-index references: for requests that have no names left to resolve. */
    IndexResolver INDEX_ONLY = ref -> {
        if (ref instanceof LinkRef.ByIndex) {
            return ((LinkRef.ByIndex) ref).index();
        }
        throw new IllegalStateException("link " + ref + " was not resolved to an index");
    };
}
