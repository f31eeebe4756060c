package io.pulse.messaging.autoresponse.repository;

import java.time.Clock;

import jakarta.inject.Singleton;

import io.pulse.messaging.autoresponse.model.UserSettings;
import io.pulse.messaging.common.ownership.Ids;
import io.pulse.messaging.common.ownership.Rows;
import io.pulse.messaging.common.ownership.SqlScope;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

/** The user's one settings row, on the reactive SQL client inside the scope's transaction. */
@Singleton
public class SettingsRepository {

    private static final String T = "auto_response.message_auto_response_settings";
    private static final String ONE = "select id, created_at, updated_at, internal_domains from " + T + " where user_id = $1 limit 1";
    private static final String INSERT = "insert into " + T + " (user_id, id, created_at, updated_at, internal_domains)"
            + " values ($1, $2, $3, $4, $5)";
    private static final String UPDATE = "update " + T + " set updated_at = $3, internal_domains = $4 where user_id = $1 and id = $2";

    private final Clock clock;

    public SettingsRepository(Clock clock) {
        this.clock = clock;
    }

    /** The scope user's settings, or null when never set. */
    public Uni<UserSettings> find(SqlScope scope) {
        return scope.query(ONE, Tuple.of(scope.userId())).map(rows -> Rows.first(rows, SettingsRepository::settings));
    }

    /** Stores the user's first settings (a second one is refused by the unique index: 409). */
    public Uni<UserSettings> insert(SqlScope scope, UserSettings row) {
        row.stamp(Ids.newId(clock), row.getUpdatedAt());
        return scope.query(INSERT, Tuple.of(scope.userId(), row.getId(), row.getCreatedAt(), row.getUpdatedAt(), row.getInternalDomains()))
                .replaceWith(row);
    }

    public Uni<UserSettings> update(SqlScope scope, UserSettings row) {
        return scope.query(UPDATE, Tuple.of(scope.userId(), row.getId(), row.getUpdatedAt(), row.getInternalDomains())).replaceWith(row);
    }

    private static UserSettings settings(Row row) {
        UserSettings settings = new UserSettings();
        settings.setId(row.getUUID(0));
        settings.setCreatedAt(row.getOffsetDateTime(1));
        settings.setUpdatedAt(row.getOffsetDateTime(2));
        settings.setInternalDomains(row.getString(3));
        return settings;
    }
}
