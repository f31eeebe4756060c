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
import io.pulse.messaging.common.lifecycle.SqlAuditTrail;
import io.pulse.messaging.common.ownership.SqlOwnership;
import io.smallrye.mutiny.Uni;

/**
 * The user's known contacts: a sender listed by address or id is a known contact at evaluation (read then, so a change
 * applies to the next evaluation on every replica). Changes are audited by count and id, never by address or name.
 */
@ApplicationScoped
public class ContactService {

    private final ContactRepository contacts;
    private final SqlAuditTrail trail;
    private final SqlOwnership ownership;

    public ContactService(ContactRepository contacts, SqlAuditTrail trail, SqlOwnership ownership) {
        this.contacts = contacts;
        this.trail = trail;
        this.ownership = ownership;
    }

    public Uni<Page<ContactView>> list(String prefix, PageParams page) {
        return ownership.sqlAsCurrentUser(scope -> contacts.page(scope, prefix, page)).map(p -> p.map(ContactView::of));
    }

    public Uni<ContactView> get(UUID id) {
        return ownership.sqlAsCurrentUser(scope -> contacts.findById(scope, id)).map(contact -> {
            if (contact == null) {
                throw ApiException.notFound("Contact");
            }
            return ContactView.of(contact);
        });
    }

    /** Adds one contact; 409 when the address or id is listed already. */
    public Uni<ContactView> add(ContactInput input) {
        Contact contact = contact(input);
        return ownership.sqlAsCurrentUser(scope -> contacts.listing(scope, emails(List.of(contact)), ids(List.of(contact)))
                .chain(existing -> {
                    if (!existing.isEmpty()) {
                        throw ApiException.conflict("This sender is already in your contacts (contact " + existing.get(0).getId() + ").");
                    }
                    return contacts.insertAll(scope, List.of(contact));
                })
                .chain(() -> trail.record(scope, AuditEvent.of("contact.added", "contact", contact.getId()))))
                .map(ignored -> ContactView.of(contact));
    }

    /** Adds those not listed yet (by address or id, nor earlier in the request). */
    public Uni<ContactImport.Result> importAll(ContactImport input) {
        List<Contact> given = input.contacts().stream().map(ContactService::contact).toList();
        return ownership.sqlAsCurrentUser(scope -> contacts.listing(scope, emails(given), ids(given)).chain(existing -> {
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
            return contacts.insertAll(scope, fresh)
                    .call(() -> fresh.isEmpty() ? Uni.createFrom().voidItem() : trail.record(scope,
                            AuditEvent.of("contacts.imported", "contact", null).with(Map.of("added", result.added()))))
                    .replaceWith(result);
        }));
    }

    public Uni<Void> delete(UUID id) {
        return ownership.sqlAsCurrentUser(scope -> contacts.deleteById(scope, id).chain(deleted -> {
            if (!deleted) {
                throw ApiException.notFound("Contact");
            }
            return trail.record(scope, AuditEvent.of("contact.deleted", "contact", id));
        }));
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
