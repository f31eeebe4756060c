package io.pulse.messaging.autoresponse.service;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.pulse.messaging.autoresponse.model.Contact;
import io.pulse.messaging.autoresponse.model.ContactImport;
import io.pulse.messaging.autoresponse.model.ContactInput;
import io.pulse.messaging.autoresponse.model.ContactView;
import io.pulse.messaging.autoresponse.repository.ContactRepository;
import io.pulse.messaging.common.api.Page;
import io.pulse.messaging.common.api.PageParams;
import io.pulse.messaging.common.error.ApiException;
import io.pulse.messaging.common.lifecycle.AuditEvent;
import io.pulse.messaging.common.orm.AuditTrail;
import io.pulse.messaging.common.orm.AsCurrentUser;
import io.pulse.messaging.common.orm.UserScope;
import io.smallrye.mutiny.Uni;

/**
 * The user's known contacts: a sender listed by address or id is a known contact at evaluation (read then, so a change
 * applies to the next evaluation on every replica). Changes are audited by count and id, never by address or name.
 */
@ApplicationScoped
public class ContactService {

    private final ContactRepository contacts;
    private final AuditTrail trail;

    public ContactService(ContactRepository contacts, AuditTrail trail) {
        this.contacts = contacts;
        this.trail = trail;
    }

    @AsCurrentUser
    public Uni<Page<ContactView>> list(String prefix, PageParams page) {
        return contacts.page(UserScope.current(), prefix, page).map(p -> p.map(ContactView::of));
    }

    @AsCurrentUser
    public Uni<ContactView> get(UUID id) {
        return contacts.findById(UserScope.current(), id).map(contact -> {
            if (contact == null) {
                throw ApiException.notFound("Contact");
            }
            return ContactView.of(contact);
        });
    }

    /** Adds one contact; 409 when the address or id is listed already. */
    @AsCurrentUser
    public Uni<ContactView> add(ContactInput input) {
        UserScope scope = UserScope.current();
        Contact contact = contact(input);
        return contacts.listing(scope, emails(List.of(contact)), ids(List.of(contact))).chain(existing -> {
            if (!existing.isEmpty()) {
                throw ApiException.conflict("This sender is already in your contacts (contact " + existing.get(0).getId() + ").");
            }
            return contacts.persist(scope, contact);
        }).call(saved -> trail.record(scope, AuditEvent.of("contact.added", "contact", saved.getId()))).map(ContactView::of);
    }

    /** Adds those not listed yet (by address or id, nor earlier in the request). */
    @AsCurrentUser
    public Uni<ContactImport.Result> importAll(ContactImport input) {
        UserScope scope = UserScope.current();
        List<Contact> given = input.contacts().stream().map(ContactService::contact).toList();
        return contacts.listing(scope, emails(given), ids(given)).chain(existing -> {
            Set<String> seenEmails = emails(existing);
            Set<UUID> seenIds = ids(existing);
            List<Contact> fresh = new ArrayList<>();
            for (Contact contact : given) {
                boolean listed = contact.getEmail() != null && seenEmails.contains(contact.getEmail())
                        || contact.getSenderId() != null && seenIds.contains(contact.getSenderId());
                if (!listed) {
                    fresh.add(contact);
                }
                if (contact.getEmail() != null) {
                    seenEmails.add(contact.getEmail());
                }
                if (contact.getSenderId() != null) {
                    seenIds.add(contact.getSenderId());
                }
            }
            ContactImport.Result result = new ContactImport.Result(fresh.size(), given.size() - fresh.size());
            return contacts.persistAll(scope, fresh)
                    .call(() -> fresh.isEmpty() ? Uni.createFrom().voidItem() : trail.record(scope,
                            AuditEvent.of("contacts.imported", "contact", null).with(Map.of("added", result.added()))))
                    .replaceWith(result);
        });
    }

    @AsCurrentUser
    public Uni<Void> delete(UUID id) {
        UserScope scope = UserScope.current();
        return contacts.deleteById(scope, id).chain(deleted -> {
            if (!deleted) {
                throw ApiException.notFound("Contact");
            }
            return trail.record(scope, AuditEvent.of("contact.deleted", "contact", id));
        });
    }

    private static Contact contact(ContactInput input) {
        if (!input.identified()) {
            throw ApiException.invalid("email", "a contact needs an email or a senderId");
        }
        Contact contact = new Contact();
        contact.setEmail(input.email() == null || input.email().isBlank() ? null : input.email().strip().toLowerCase(Locale.ROOT));
        contact.setSenderId(input.senderId());
        contact.setName(input.name() == null || input.name().isBlank() ? null : input.name().strip());
        return contact;
    }

    private static Set<String> emails(List<Contact> contacts) {
        Set<String> out = new HashSet<>();
        contacts.stream().map(Contact::getEmail).filter(e -> e != null).forEach(out::add);
        return out;
    }

    private static Set<UUID> ids(List<Contact> contacts) {
        Set<UUID> out = new HashSet<>();
        contacts.stream().map(Contact::getSenderId).filter(i -> i != null).forEach(out::add);
        return out;
    }
}
