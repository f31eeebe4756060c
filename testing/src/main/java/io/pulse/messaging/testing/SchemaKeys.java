package io.pulse.messaging.testing;

/**
 * Catalog queries (run as the owner role, one parameter: the schema) naming the keys of a schema that would let one
 * user's row collide with or refer to another's: a unique index (primary keys and unique constraints included) without
 * {@code user_id} on a table of user rows (one with a {@code user_id} column; tables such as {@code job_runs} have none), and a foreign key whose columns do not pair {@code user_id} with the referenced table's. Each
 * service's {@code PerUserKeysTest} expects both to name nothing in its schema.
 */
public final class SchemaKeys {

    public static final String KEYS_WITHOUT_OWNER = """
            select t.relname || '.' || i.relname
              from pg_index x
              join pg_class i on i.oid = x.indexrelid
              join pg_class t on t.oid = x.indrelid
              join pg_namespace n on n.oid = t.relnamespace
             where n.nspname = ? and x.indisunique and t.relname <> 'flyway_schema_history'
               and exists (select 1 from pg_attribute o where o.attrelid = t.oid and o.attname = 'user_id')
               and not exists (select 1 from pg_attribute a
                                where a.attrelid = t.oid and a.attname = 'user_id' and a.attnum = any (x.indkey::int2[]))
             order by 1""";

    public static final String REFERENCES_WITHOUT_OWNER = """
            select c.conrelid::regclass::text || '.' || c.conname
              from pg_constraint c join pg_namespace n on n.oid = c.connamespace
             where n.nspname = ? and c.contype = 'f'
               and not exists (select 1 from unnest(c.conkey, c.confkey) as k(own, referenced)
                                 join pg_attribute a on a.attrelid = c.conrelid and a.attnum = k.own and a.attname = 'user_id'
                                 join pg_attribute r on r.attrelid = c.confrelid and r.attnum = k.referenced
                                                    and r.attname = 'user_id')
             order by 1""";

    private SchemaKeys() {
    }
}
