package io.pulse.messaging.testing.fuzz;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.pulse.messaging.testing.TestDatabase;

/**
 * A digest of every row of every table of a service's schema (Flyway's history excepted), read as the owner role,
 * whose maintenance policies see every user's rows: equal digests mean nothing was inserted, changed or deleted.
 */
final class SchemaDigest {

    private SchemaDigest() {
    }

    /** Table name to {@code <row count>:<md5 of the rows in text form, sorted>}. */
    static Map<String, String> of(Connection owner, String schema) throws SQLException {
        Map<String, String> digest = new TreeMap<>();
        List<Object> tables = TestDatabase.column(owner, """
                select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace
                 where n.nspname = ? and c.relkind in ('r', 'p') and c.relname <> 'flyway_schema_history'
                 order by 1
                """, schema);
        for (Object table : tables) {
            String name = quote(schema) + "." + quote(table.toString());
            List<Object> rows = TestDatabase.column(owner, "select count(*) || ':' || coalesce(md5(string_agg(t::text, "
                    + "E'\\n' order by t::text)), '') from " + name + " t");
            digest.put(table.toString(), rows.get(0).toString());
        }
        return digest;
    }

    /** The tables whose digest differs. */
    static List<String> changed(Map<String, String> before, Map<String, String> after) {
        List<String> changed = new ArrayList<>();
        after.forEach((table, digest) -> {
            if (!digest.equals(before.get(table))) {
                changed.add(table);
            }
        });
        before.keySet().stream().filter(table -> !after.containsKey(table)).forEach(changed::add);
        return changed;
    }

    private static String quote(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }
}
