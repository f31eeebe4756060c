package io.pulse.messaging.common.lifecycle;

import java.util.UUID;

/**
 * A CDI event fired on the replica that finished erasing {@code user} (observe it to drop what this replica holds in
 * memory for that user); {@link ErasedUsers} tells the other replicas' live streams.
 */
public record UserErased(UUID user) {
}
