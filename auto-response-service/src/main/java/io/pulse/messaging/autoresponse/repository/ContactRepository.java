package io.pulse.messaging.autoresponse.repository;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Singleton;

import io.pulse.messaging.autoresponse.model.Contact;
import io.pulse.messaging.common.api.Page;
import io.pulse.messaging.common.api.PageParams;
import io.pulse.messaging.common.orm.OwnedRepository;
import io.pulse.messaging.common.orm.UserScope;
import io.smallrye.mutiny.Uni;

/** The user's known contacts. */
@Singleton
public class ContactRepository extends OwnedRepository<Contact> {

    public ContactRepository(Clock clock) {
        super(Contact.class, clock);
    }

    /** Newest first; with {@code prefix}, only contacts whose address or name (case-insensitive) starts with it. */
    public Uni<Page<Contact>> page(UserScope scope, String prefix, PageParams page) {
        if (prefix == null || prefix.isBlank()) {
            return page(scope, page);
        }
        String like = prefix.strip().toLowerCase().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        return page(scope, "email like :prefix escape '\\' or lower(name) like :prefix escape '\\'", Map.of("prefix", like), page);
    }

    /** The contacts listing any of these addresses (lower case) or ids. */
    public Uni<List<Contact>> listing(UserScope scope, Collection<String> emails, Collection<UUID> ids) {
        if (emails.isEmpty() && ids.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return select(scope, "email in (:emails) or senderId in (:ids)",
                Map.of("emails", emails.isEmpty() ? List.of("") : emails, "ids", ids.isEmpty() ? List.of(new UUID(0, 0)) : ids))
                .getResultList();
    }

    /** Stores new contacts of the scope's user, flushing once. */
    public Uni<Void> persistAll(UserScope scope, List<Contact> contacts) {
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (Contact contact : contacts) {
            chain = chain.chain(() -> persist(scope, contact)).replaceWithVoid();
        }
        return chain;
    }
}
