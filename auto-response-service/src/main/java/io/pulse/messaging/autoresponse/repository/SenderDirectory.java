package io.pulse.messaging.autoresponse.repository;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.inject.Singleton;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.pulse.messaging.common.ownership.SqlScope;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * What evaluation needs to know about senders, read in its first transaction in one statement: the user's domains,
 * and which of the messages' senders (by address or id) the user's contacts list.
 */
@Singleton
public class SenderDirectory {

    /** The user's domains and the contacts among the senders asked about. */
    public record Known(List<String> domains, Set<String> emails, Set<UUID> senderIds) {

        public static final Known NONE = new Known(List.of(), Set.of(), Set.of());

        public boolean listed(UUID senderId, String email) {
            return senderId != null && senderIds.contains(senderId) || email != null && emails.contains(email);
        }
    }

    private static final String READ = "select (select internal_domains from auto_response.message_auto_response_settings"
            + " where user_id = $1),"
            + " array(select email from auto_response.message_auto_response_contacts where user_id = $1 and email = any($2::text[])),"
            + " array(select sender_id from auto_response.message_auto_response_contacts where user_id = $1 and sender_id = any($3::uuid[]))";

    private final ObjectMapper json;

    public SenderDirectory(ObjectMapper json) {
        this.json = json;
    }

    /** @param emails lower-case addresses of the senders; @param ids the senders' ids */
    public Uni<Known> read(SqlScope scope, Collection<String> emails, Collection<UUID> ids) {
        Tuple arguments = Tuple.of(scope.userId(), emails.toArray(String[]::new), ids.toArray(UUID[]::new));
        return scope.query(READ, arguments).map(rows -> {
            Row row = rows.iterator().next();
            String[] listedEmails = row.getArrayOfStrings(1);
            UUID[] listedIds = row.getArrayOfUUIDs(2);
            return new Known(domains(row.getString(0)), listedEmails == null ? Set.of() : new HashSet<>(List.of(listedEmails)),
                    listedIds == null ? Set.of() : new HashSet<>(List.of(listedIds)));
        });
    }

    private List<String> domains(String stored) {
        if (stored == null) {
            return List.of();
        }
        try {
            return new ArrayList<>(List.of(json.readValue(stored, String[].class)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored internal domains are not readable", e);
        }
    }
}
