package io.pulse.messaging.local;

/**
 * The database and the two login roles the suite expects, in every environment.
 *
 * <p>The owner role owns every schema, table and function and is what Flyway migrates as. The app role is
 * what the services connect as at run time: it owns nothing and has no BYPASSRLS, so PostgreSQL row-level
 * security applies to every query it runs.
 */
public record DatabaseRoles(String database, String ownerUser, String ownerPassword, String appUser, String appPassword) {

    /** The names used by tests, dev mode and the local suite; production may choose others. */
    public static DatabaseRoles defaults() {
        return new DatabaseRoles("pulse", "pulse_owner", "pulse_owner_dev", "pulse_app", "pulse_app_dev");
    }
}
