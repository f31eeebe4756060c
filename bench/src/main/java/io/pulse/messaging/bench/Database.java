package io.pulse.messaging.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import io.pulse.messaging.local.DatabaseRoles;
import io.pulse.messaging.local.EmbeddedDatabase;

/** The benchmark's access to the suite's database: the owner role seeds, the app role is what pgbench runs as. */
final class Database {

    private final EmbeddedDatabase database;

    Database(EmbeddedDatabase database) {
        this.database = database;
    }

    DatabaseRoles roles() {
        return database.roles();
    }

    int port() {
        return database.port();
    }

    /** A connection as the owner role (which the tables' maintenance policy lets reach every row). */
    Connection owner() throws SQLException {
        return DriverManager.getConnection(database.jdbcUrl(), roles().ownerUser(), roles().ownerPassword());
    }

    /** A superuser connection: only it sees every session's state in pg_stat_activity. */
    Connection superuser() throws SQLException {
        return database.superuserConnection();
    }

    /** Runs maintenance SQL as the superuser (tables whose policies give the owner role no maintenance access). */
    long executeAsSuperuser(String sql) throws SQLException {
        try (Connection connection = superuser(); Statement statement = connection.createStatement()) {
            return statement.executeLargeUpdate(sql);
        }
    }

    long execute(String sql) throws SQLException {
        try (Connection connection = owner(); Statement statement = connection.createStatement()) {
            return statement.executeLargeUpdate(sql);
        }
    }

    long count(String table) throws SQLException {
        try (Connection connection = owner(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("select count(*) from " + table)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /** Fresh planner statistics after seeding, as autovacuum would give a long-running database. */
    void analyze() throws SQLException {
        try (Connection connection = owner(); Statement statement = connection.createStatement()) {
            statement.execute("analyze");
        }
    }

    /** Connections to the suite's database from everything but this sampler: [active, open]. */
    long[] connections(Connection sampler) throws SQLException {
        try (Statement statement = sampler.createStatement(); ResultSet rows = statement.executeQuery("""
                select count(*) filter (where state = 'active'), count(*)
                from pg_stat_activity
                where datname = current_database() and backend_type = 'client backend' and pid <> pg_backend_pid()""")) {
            rows.next();
            return new long[] {rows.getLong(1), rows.getLong(2)};
        }
    }
}
