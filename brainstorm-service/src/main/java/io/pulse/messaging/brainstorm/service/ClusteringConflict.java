package io.pulse.messaging.brainstorm.service;

import io.pulse.messaging.brainstorm.model.ClusteringView;

/**
 * An edit made on a version of the clustering that is not the current one any more: answered 409 with the clustering
 * as it is now ({@code rest/ClusteringConflictMapper}), so the client can show it and let the member edit again.
 */
public class ClusteringConflict extends RuntimeException {

    private final transient ClusteringView current;

    public ClusteringConflict(ClusteringView current) {
        super("The clustering changed since the version the edit was made on; it is at version " + current.version() + " now.",
                null, false, false);
        this.current = current;
    }

    public ClusteringView current() {
        return current;
    }
}
