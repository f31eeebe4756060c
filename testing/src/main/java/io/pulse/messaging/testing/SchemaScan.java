package io.pulse.messaging.testing;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Looks through every row of every table of a schema, as the owner role (which row-level security does not limit),
 * for the given values in any column: a user's id, a phrase of their message text. An erasure test expects it to find
 * nothing of the erased user, and the other users' rows unchanged.
 */
public final class SchemaScan {

    private SchemaScan() {
    }

    /**
     * The tables of {@code schema} with rows whose text (the whole row, every column, JSON included, cast to text)
     * contains any of {@code values}, case-insensitively, each as {@code table: n rows}; empty when none does.
     */
    public static List<String> rowsMentioning(String schema, String... values) throws SQLException {
        List<String> found = new ArrayList<>();
        try (Connection owner = TestDatabase.asOwner()) {
            for (Object table : tables(owner, schema)) {
                for (String value : values) {
                    long rows = ((Number) TestDatabase.column(owner, "select count(*) from " + schema + "." + table
                            + " t where strpos(lower(t::text), lower(?)) > 0", value).get(0)).longValue();
                    if (rows > 0) {
                        found.add(table + ": " + rows + " rows with '" + value + "'");
                    }
                }
            }
        }
        return found;
    }

    /** How many rows each table of {@code schema} holds, as {@code table=n}: to show other users' data untouched. */
    public static List<String> rowCounts(String schema) throws SQLException {
        List<String> counts = new ArrayList<>();
        try (Connection owner = TestDatabase.asOwner()) {
            for (Object table : tables(owner, schema)) {
                counts.add(table + "=" + TestDatabase.column(owner, "select count(*) from " + schema + "." + table).get(0));
            }
        }
        return counts;
    }

    private static List<Object> tables(Connection owner, String schema) throws SQLException {
        return TestDatabase.column(owner, """
                select quote_ident(c.relname)
                  from pg_class c join pg_namespace n on n.oid = c.relnamespace
                 where n.nspname = ? and c.relkind in ('r', 'p') and c.relname <> 'flyway_schema_history'
                 order by 1""", schema);
    }
}
