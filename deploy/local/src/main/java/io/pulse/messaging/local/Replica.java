package io.pulse.messaging.local;

/**
 * One process of a service of the local suite: replica 0 is the service's only one in a single-replica suite, listens
 * on the service's own port and records the start-up cache; replicas 1 and up listen on
 * {@link LocalSuite.Ports#of(Replica)}.
 */
public record Replica(LocalSuite.Service service, int index) {

    public Replica {
        if (index < 0 || index >= LocalSuite.MAX_REPLICAS) {
            throw new IllegalArgumentException("replica " + index + " out of range 0.." + (LocalSuite.MAX_REPLICAS - 1));
        }
    }

    /** The service's name, with {@code -i} for replicas after the first (also the name of its log). */
    public String name() {
        return index == 0 ? service.name() : service.name() + "-" + index;
    }
}
