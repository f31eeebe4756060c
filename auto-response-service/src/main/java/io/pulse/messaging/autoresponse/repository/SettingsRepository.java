package io.pulse.messaging.autoresponse.repository;

import java.time.Clock;
import java.util.Map;

import jakarta.inject.Singleton;

import io.pulse.messaging.autoresponse.model.UserSettings;
import io.pulse.messaging.common.orm.OwnedRepository;
import io.pulse.messaging.common.orm.UserScope;
import io.smallrye.mutiny.Uni;

/** The user's one settings row. */
@Singleton
public class SettingsRepository extends OwnedRepository<UserSettings> {

    public SettingsRepository(Clock clock) {
        super(UserSettings.class, clock);
    }

    /** The scope user's settings, or null when never set. */
    public Uni<UserSettings> find(UserScope scope) {
        return select(scope, "true = true", Map.of()).setMaxResults(1).getSingleResultOrNull();
    }
}
