package io.pulse.messaging.local;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A real PostgreSQL server started from the binaries in a Maven artifact, prepared exactly as production
 * expects: the {@link DatabaseRoles#database() database} owned by the owner role, an app role that owns
 * nothing, and no privileges for PUBLIC.
 *
 * <p>With a data directory the cluster survives restarts (dev mode, local suite); without one it lives in a
 * temporary directory that is removed on close (tests).
 */
public final class EmbeddedDatabase implements AutoCloseable {

    private final EmbeddedPostgres postgres;
    private final DatabaseRoles roles;

    private EmbeddedDatabase(EmbeddedPostgres postgres, DatabaseRoles roles) {
        this.postgres = postgres;
        this.roles = roles;
    }

    /**
     * Starts a server.
     *
     * @param port the port to listen on, or 0 for any free port
     * @param dataDirectory where the cluster lives across restarts, or null for a throwaway cluster
     */
    public static EmbeddedDatabase start(int port, Path dataDirectory, DatabaseRoles roles) {
        try {
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setPGStartupWait(Duration.ofSeconds(60))
                    // Loopback only (PostgreSQL's default, stated): the cluster trusts every local connection.
                    .setServerConfig("listen_addresses", "localhost")
                    .setServerConfig("max_connections", "300") // the benchmark's pgbench ceiling runs 256 clients beside the services
                    .setServerConfig("timezone", "UTC")
                    .setServerConfig("fsync", dataDirectory == null ? "off" : "on")
                    .setServerConfig("synchronous_commit", dataDirectory == null ? "off" : "on")
                    .setServerConfig("full_page_writes", dataDirectory == null ? "off" : "on");
            if (port > 0) {
                builder.setPort(port);
            }
            if (dataDirectory != null) {
                Files.createDirectories(dataDirectory);
                builder.setDataDirectory(dataDirectory).setCleanDataDirectory(false);
            }
            EmbeddedDatabase database = new EmbeddedDatabase(builder.start(), roles);
            database.bootstrap();
            return database;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL server", e);
        }
    }

    public int port() {
        return postgres.getPort();
    }

    public DatabaseRoles roles() {
        return roles;
    }

    /** JDBC URL of the suite's database (Flyway uses it). */
    public String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + port() + "/" + roles.database();
    }

    /** Reactive client URL of the suite's database (the services use it). */
    public String reactiveUrl() {
        return "postgresql://localhost:" + port() + "/" + roles.database();
    }

    /**
     * The configuration a Quarkus service needs to use this database: the app role for queries and the
     * owner role for migrations.
     */
    public Map<String, String> quarkusConfig() {
        return Map.of(
                "quarkus.datasource.reactive.url", reactiveUrl(),
                "quarkus.datasource.jdbc.url", jdbcUrl(),
                "quarkus.datasource.username", roles.appUser(),
                "quarkus.datasource.password", roles.appPassword(),
                "quarkus.flyway.username", roles.ownerUser(),
                "quarkus.flyway.password", roles.ownerPassword());
    }

    /** A connection as the superuser, for test set-up and inspection only. */
    public Connection superuserConnection() throws SQLException {
        return postgres.getDatabase("postgres", roles.database()).getConnection();
    }

    private void bootstrap() {
        try (Connection admin = postgres.getPostgresDatabase().getConnection()) {
            execute(admin, resource("bootstrap-roles.sql"));
            if (!databaseExists(admin)) {
                try (Statement statement = admin.createStatement()) {
                    statement.execute("create database " + ident(roles.database()) + " owner " + ident(roles.ownerUser()));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create the roles of the embedded database", e);
        }
        try (Connection admin = superuserConnection()) {
            execute(admin, resource("bootstrap-database.sql"));
        } catch (SQLException e) {
            throw new IllegalStateException("Could not prepare the embedded database", e);
        }
    }

    private boolean databaseExists(Connection admin) throws SQLException {
        try (PreparedStatement query = admin.prepareStatement("select 1 from pg_database where datname = ?")) {
            query.setString(1, roles.database());
            try (ResultSet rows = query.executeQuery()) {
                return rows.next();
            }
        }
    }

    private String resource(String name) {
        try (InputStream in = Objects.requireNonNull(EmbeddedDatabase.class.getResourceAsStream(name), name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .replace("${database}", ident(roles.database()))
                    .replace("${owner_role}", ident(roles.ownerUser()))
                    .replace("${owner_password}", literal(roles.ownerPassword()))
                    .replace("${app_role}", ident(roles.appUser()))
                    .replace("${app_password}", literal(roles.appPassword()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static String ident(String name) {
        if (!name.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("Not a plain lower-case SQL identifier: " + name);
        }
        return name;
    }

    private static String literal(String value) {
        return "'" + value.replace("'", "''") + "'";
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
