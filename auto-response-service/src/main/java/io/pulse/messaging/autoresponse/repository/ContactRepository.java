package io.pulse.messaging.autoresponse.repository;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Singleton;

import io.pulse.messaging.autoresponse.model.Contact;
import io.pulse.messaging.autoresponse.model.OwnedRow;
import io.pulse.messaging.common.api.NewestFirst;
import io.pulse.messaging.common.api.Page;
import io.pulse.messaging.common.api.PageParams;
import io.pulse.messaging.common.ownership.Ids;
import io.pulse.messaging.common.ownership.Rows;
import io.pulse.messaging.common.ownership.SqlScope;
import io.pulse.messaging.common.time.Timestamps;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

/** The user's known contacts, on the reactive SQL client inside the scope's transaction. */
@Singleton
public class ContactRepository {

    private static final String T = "auto_response.message_auto_response_contacts";
    private static final String COLUMNS = "select id, created_at, email, sender_id, name from " + T + " where user_id = $1";
    private static final String PREFIX = " and ($2::text is null or email like $2 escape '\\' or lower(name) like $2 escape '\\')";
    private static final String FIRST = COLUMNS + PREFIX + NewestFirst.order(3);
    private static final String LATER = COLUMNS + PREFIX + NewestFirst.after(3) + NewestFirst.order(3);
    private static final String ONE = COLUMNS + " and id = $2";
    private static final String LISTING = COLUMNS + " and (email = any($2::text[]) or sender_id = any($3::uuid[]))";
    private static final String INSERT = "insert into " + T + " (user_id, created_at, id, email, sender_id, name)"
            + " select $1, $2, i, e, s, n from unnest($3::uuid[], $4::text[], $5::uuid[], $6::text[]) as t(i, e, s, n)";
    private static final String DELETE = "delete from " + T + " where user_id = $1 and id = $2";

    private final Clock clock;

    public ContactRepository(Clock clock) {
        this.clock = clock;
    }

    /** Newest first; with {@code prefix}, only contacts whose address or name (case-insensitive) starts with it. */
    public Uni<Page<Contact>> page(SqlScope scope, String prefix, PageParams page) {
        String like = prefix == null || prefix.isBlank() ? null
                : prefix.strip().toLowerCase().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        Tuple arguments = Tuple.of(scope.userId());
        arguments.addString(like);
        return NewestFirst.page(scope, FIRST, LATER, arguments, page, ContactRepository::contact, OwnedRow::cursor);
    }

    /** The user's contact with this id, or null. */
    public Uni<Contact> findById(SqlScope scope, UUID id) {
        return scope.query(ONE, Tuple.of(scope.userId(), id)).map(rows -> Rows.first(rows, ContactRepository::contact));
    }

    /** The contacts listing any of these addresses (lower case) or ids. */
    public Uni<List<Contact>> listing(SqlScope scope, Collection<String> emails, Collection<UUID> ids) {
        if (emails.isEmpty() && ids.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return scope.query(LISTING, Tuple.of(scope.userId(), emails.toArray(String[]::new), ids.toArray(UUID[]::new)))
                .map(rows -> Rows.all(rows, ContactRepository::contact));
    }

    /** Stores new contacts of the scope's user in one statement, giving each an id and the creation time. */
    public Uni<Void> insertAll(SqlScope scope, List<Contact> contacts) {
        if (contacts.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        OffsetDateTime now = Timestamps.now(clock);
        contacts.forEach(contact -> contact.stamp(Ids.newId(clock), now));
        Tuple arguments = Tuple.of(scope.userId(), now, contacts.stream().map(Contact::getId).toArray(UUID[]::new),
                contacts.stream().map(Contact::getEmail).toArray(String[]::new),
                contacts.stream().map(Contact::getSenderId).toArray(UUID[]::new),
                contacts.stream().map(Contact::getName).toArray(String[]::new));
        return scope.query(INSERT, arguments).replaceWithVoid();
    }

    /** Deletes the user's contact with this id; false when there is none. */
    public Uni<Boolean> deleteById(SqlScope scope, UUID id) {
        return scope.query(DELETE, Tuple.of(scope.userId(), id)).map(rows -> rows.rowCount() > 0);
    }

    private static Contact contact(Row row) {
        Contact contact = new Contact();
        contact.setId(row.getUUID(0));
        contact.setCreatedAt(row.getOffsetDateTime(1));
        contact.setEmail(row.getString(2));
        contact.setSenderId(row.getUUID(3));
        contact.setName(row.getString(4));
        return contact;
    }
}
