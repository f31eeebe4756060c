package io.pulse.messaging.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.pulse.messaging.local.DatabaseRoles;

/**
 * Plain JDBC access to the test database as the roles production uses, for tests that must bypass the
 * application: proving row-level security on its own, or inspecting what a request stored.
 */
public final class TestDatabase {

    private static final DatabaseRoles ROLES = DatabaseRoles.defaults();

    private TestDatabase() {
    }

    /** The Quarkus configuration for the test database (the app role for queries, the owner role for Flyway). */
    public static Map<String, String> config() {
        String hostPort = "localhost:" + PulseTestResource.port() + "/" + ROLES.database();
        return Map.of(
                "quarkus.datasource.reactive.url", "postgresql://" + hostPort,
                "quarkus.datasource.jdbc.url", "jdbc:postgresql://" + hostPort,
                "quarkus.datasource.username", ROLES.appUser(),
                "quarkus.datasource.password", ROLES.appPassword(),
                "quarkus.flyway.username", ROLES.ownerUser(),
                "quarkus.flyway.password", ROLES.ownerPassword());
    }

    public static String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + PulseTestResource.port() + "/" + ROLES.database();
    }

    /**
     * A connection as the app role the services use (no table ownership, no BYPASSRLS), not in autocommit, with
     * {@code app.user_id} set to {@code user} for the whole connection (so it survives a rollback), or left unset
     * when {@code user} is null. The application's own filter plays no part in what it sees: only row-level
     * security does.
     */
    public static Connection asAppRole(UUID user) throws SQLException {
        Connection connection = DriverManager.getConnection(jdbcUrl(), ROLES.appUser(), ROLES.appPassword());
        connection.setAutoCommit(false);
        if (user != null) {
            try (PreparedStatement bind = connection.prepareStatement("select set_config('app.user_id', ?, false)")) {
                bind.setString(1, user.toString());
                bind.executeQuery().close();
            }
            connection.commit(); // a setting made in a transaction that later rolls back would be undone with it
        }
        return connection;
    }

    /** A connection as the owner role (the one migrations and cleanup functions run as), for set-up and inspection. */
    public static Connection asOwner() throws SQLException {
        return DriverManager.getConnection(jdbcUrl(), ROLES.ownerUser(), ROLES.ownerPassword());
    }

    /** Runs a query and returns the first column of every row. */
    public static List<Object> column(Connection connection, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            List<Object> values = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    values.add(rows.getObject(1));
                }
            }
            return values;
        }
    }

    /** Runs an update or delete and returns the number of rows it changed. */
    public static int update(Connection connection, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            return statement.executeUpdate();
        }
    }

    /**
     * Tables of {@code schema} that are not protected the suite's way: row-level security enabled and forced and
     * at least one policy for the app role, or (for tables the app role reaches only through SECURITY DEFINER
     * functions, such as {@code job_runs}) no privilege of the app role on it at all. Flyway's history table is
     * exempt. A service's test asserts this is
     * empty, so a new table cannot ship without RLS.
     */
    public static List<String> unprotectedTables(String schema) throws SQLException {
        try (Connection owner = asOwner()) {
            List<Object> names = column(owner, """
                    select c.relname
                      from pg_class c join pg_namespace n on n.oid = c.relnamespace
                     where n.nspname = ? and c.relkind in ('r', 'p') and c.relname <> 'flyway_schema_history'
                       and not (c.relrowsecurity and c.relforcerowsecurity
                                and (exists (select 1 from pg_policies p
                                              where p.schemaname = n.nspname and p.tablename = c.relname
                                                and ? = any (p.roles))
                                     or not has_table_privilege(?, c.oid, 'select, insert, update, delete')))
                     order by 1
                    """, schema, ROLES.appUser(), ROLES.appUser());
            return names.stream().map(Object::toString).toList();
        }
    }
}
