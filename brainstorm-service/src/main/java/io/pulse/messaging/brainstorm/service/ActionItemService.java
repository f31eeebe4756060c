package io.pulse.messaging.brainstorm.service;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.pulse.messaging.brainstorm.model.ActionItem;
import io.pulse.messaging.brainstorm.model.ActionItemView;
import io.pulse.messaging.brainstorm.model.CreateActionItemRequest;
import io.pulse.messaging.brainstorm.model.Idea;
import io.pulse.messaging.brainstorm.model.UpdateActionItemRequest;
import io.pulse.messaging.brainstorm.repository.ActionItemRepository;
import io.pulse.messaging.brainstorm.repository.ActionItemRepository.Filter;
import io.pulse.messaging.brainstorm.repository.ActionItemRepository.Row;
import io.pulse.messaging.brainstorm.repository.CollaboratorRepository;
import io.pulse.messaging.brainstorm.service.SessionAccess.Member;
import io.pulse.messaging.common.api.Cursor;
import io.pulse.messaging.common.api.Page;
import io.pulse.messaging.common.api.PageParams;
import io.pulse.messaging.common.error.ApiException;
import io.pulse.messaging.common.ownership.Ids;
import io.pulse.messaging.common.ownership.SqlScope;
import io.pulse.messaging.common.time.Timestamps;
import io.pulse.messaging.common.ownership.SqlOwnership;
import io.smallrye.mutiny.Uni;

/**
 * Action items out of a session: an idea becomes one with an owner (the session's owner or a collaborator, else 400)
 * and a due date (not in the past, UTC, else 400); members list them, owner and editors change and delete them
 * (viewers 403), in closed sessions too (that is when action items are made). Every public method is one transaction
 * as the caller; each change is announced to the session's members.
 */
@ApplicationScoped
public class ActionItemService {

    static final String OPEN = "open";
    static final String DONE = "done";

    private final SessionAccess access;
    private final ActionItemRepository items;
    private final CollaboratorRepository collaborators;
    private final SessionEvents events;
    private final Clock clock;

    private final SqlOwnership ownership;

    public ActionItemService(SqlOwnership ownership, SessionAccess access, ActionItemRepository items, CollaboratorRepository collaborators,
            SessionEvents events, Clock clock) {
        this.ownership = ownership;
        this.access = access;
        this.items = items;
        this.collaborators = collaborators;
        this.events = events;
        this.clock = clock;
    }

    public Uni<ActionItemView> create(UUID sessionId, UUID ideaId, CreateActionItemRequest input) {
        return ownership.sqlAsCurrentUser(scope -> {
            requireNotPast(input.dueDate());
            return access.require(scope, sessionId).invoke(Member::requireContributor)
                    .chain(member -> access.idea(scope, sessionId, ideaId)
                            .call(() -> requireAssignable(scope, member, input.ownerId()))
                            .call(() -> items.findByIdea(scope, sessionId, ideaId).invoke(existing -> {
                                if (existing != null) {
                                    throw ApiException.conflict("The idea is an action item already: change that one.");
                                }
                            })))
                    .chain(idea -> items.persist(scope, newItem(scope, idea, input))
                            .call(saved -> events.publish(scope, sessionId, SessionEvents.ACTION_ITEM_ADDED, Map.of("actionItemId", saved.getId())))
                            .map(saved -> view(new Row(saved, idea.getText()))));
        });
    }

    /** One keyset page of the session's action items, by due date, filtered by owner, status and being overdue. */
    public Uni<Page<ActionItemView>> list(UUID sessionId, UUID ownerId, String status, String overdueParameter, PageParams page) {
        return ownership.sqlAsCurrentUser(scope -> {
            requireStatus(status);
            boolean overdue = flag(overdueParameter, "overdue");
            Cursor cursor = page.cursor() == null ? null : Cursor.decode(page.cursor(), 2);
            LocalDate afterDue = cursor == null ? null : date(cursor);
            UUID afterId = cursor == null ? null : cursor.uuid(1);
            Filter filter = new Filter(ownerId, status, overdue ? today() : null);
            return access.require(scope, sessionId)
                    .chain(() -> items.page(scope, sessionId, filter, afterDue, afterId, page.limit() + 1))
                    .map(rows -> Page.of(rows, page.limit(), row -> Cursor.of(row.item().getDueDate(), row.item().getId())).map(this::view));
        });
    }

    public Uni<ActionItemView> get(UUID sessionId, UUID itemId) {
        return ownership.sqlAsCurrentUser(scope -> access.require(scope, sessionId).chain(() -> find(scope, sessionId, itemId)).map(this::view));
    }

    /** Changes the status (open, done), due date, owner or note (owner and editors). */
    public Uni<ActionItemView> update(UUID sessionId, UUID itemId, UpdateActionItemRequest input) {
        return ownership.sqlAsCurrentUser(scope -> {
            requireStatus(input.status());
            if (input.dueDate() != null) {
                requireNotPast(input.dueDate());
            }
            return access.require(scope, sessionId).invoke(Member::requireContributor)
                    .chain(member -> find(scope, sessionId, itemId)
                            .call(() -> input.ownerId() == null ? Uni.createFrom().voidItem() : requireAssignable(scope, member, input.ownerId())))
                    .chain(row -> {
                        ActionItem item = row.item();
                        apply(item, input);
                        return items.update(scope, item)
                                .call(() -> events.publish(scope, sessionId, SessionEvents.ACTION_ITEM_UPDATED, Map.of("actionItemId", itemId)))
                                .replaceWith(view(row));
                    });
        });
    }

    public Uni<Void> delete(UUID sessionId, UUID itemId) {
        return ownership.sqlAsCurrentUser(scope -> access.require(scope, sessionId).invoke(Member::requireContributor)
                .chain(() -> find(scope, sessionId, itemId))
                .chain(row -> items.remove(scope, row.item()))
                .call(() -> events.publish(scope, sessionId, SessionEvents.ACTION_ITEM_DELETED, Map.of("actionItemId", itemId))));
    }

    private Uni<Row> find(SqlScope scope, UUID sessionId, UUID itemId) {
        return items.find(scope, sessionId, itemId).map(row -> {
            if (row == null) {
                throw ApiException.notFound("Action item");
            }
            return row;
        });
    }

    /** 400 unless the user is the session's owner or one of its collaborators. */
    private Uni<Void> requireAssignable(SqlScope scope, Member member, UUID ownerId) {
        if (member.session().getUserId().equals(ownerId)) {
            return Uni.createFrom().voidItem();
        }
        return collaborators.find(scope, member.sessionId(), ownerId).invoke(collaborator -> {
            if (collaborator == null) {
                throw ApiException.invalid("ownerId", "must be the session's owner or one of its collaborators");
            }
        }).replaceWithVoid();
    }

    private void apply(ActionItem item, UpdateActionItemRequest input) {
        OffsetDateTime now = Timestamps.now(clock);
        if (input.status() != null && !input.status().equals(item.getStatus())) {
            item.setStatus(input.status());
            item.setDoneAt(DONE.equals(input.status()) ? now : null);
        }
        if (input.dueDate() != null) {
            item.setDueDate(input.dueDate());
        }
        if (input.ownerId() != null) {
            item.setOwnerId(input.ownerId());
        }
        if (input.note() != null) {
            item.setNote(input.note().isBlank() ? null : input.note().strip());
        }
        item.setUpdatedAt(now);
    }

    private ActionItem newItem(SqlScope scope, Idea idea, CreateActionItemRequest input) {
        OffsetDateTime now = Timestamps.now(clock);
        ActionItem item = new ActionItem();
        item.setId(Ids.newId(clock));
        item.setSessionId(idea.getSessionId());
        item.setIdeaId(idea.getId());
        item.setUserId(scope.userId());
        item.setOwnerId(input.ownerId());
        item.setDueDate(input.dueDate());
        item.setStatus(OPEN);
        item.setNote(input.note() == null ? null : input.note().strip());
        item.setCreatedAt(now);
        item.setUpdatedAt(now);
        return item;
    }

    ActionItemView view(Row row) {
        return view(row, today());
    }

    /** The item as members see it; overdue when open and due before {@code today}. */
    static ActionItemView view(Row row, LocalDate today) {
        ActionItem a = row.item();
        return new ActionItemView(a.getId(), a.getSessionId(), a.getIdeaId(), row.ideaText(), a.getOwnerId(), a.getDueDate(), a.getStatus(),
                OPEN.equals(a.getStatus()) && a.getDueDate().isBefore(today), a.getNote(), a.getUserId(), a.getCreatedAt(),
                a.getUpdatedAt(), a.getDoneAt());
    }

    LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    private void requireNotPast(LocalDate due) {
        if (due.isBefore(today())) {
            throw ApiException.invalid("dueDate", "must be today or later (UTC), not in the past");
        }
    }

    private static void requireStatus(String status) {
        if (status != null && !OPEN.equals(status) && !DONE.equals(status)) {
            throw ApiException.invalid("status", "must be open or done");
        }
    }

    /** A true/false query parameter (absent: false); 400 naming it for anything else. */
    private static boolean flag(String value, String name) {
        if (value == null || value.isEmpty() || value.equals("false")) {
            return false;
        }
        if (value.equals("true")) {
            return true;
        }
        throw ApiException.invalid(name, "must be true or false");
    }

    private static LocalDate date(Cursor cursor) {
        try {
            return LocalDate.parse(cursor.text(0));
        } catch (DateTimeParseException e) {
            throw ApiException.invalid("cursor", "is not a cursor returned by this list");
        }
    }
}
