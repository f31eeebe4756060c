package io.pulse.messaging.intelligence.service;

import java.time.Clock;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.pulse.messaging.common.api.Page;
import io.pulse.messaging.common.auth.CurrentUser;
import io.pulse.messaging.common.error.ApiException;
import io.pulse.messaging.common.events.LiveEvent;
import io.pulse.messaging.common.lifecycle.ErasedUsers;
import io.pulse.messaging.common.ownership.SqlOwnership;
import io.pulse.messaging.common.ownership.SqlScope;
import io.pulse.messaging.common.reactive.OffLoop;
import io.pulse.messaging.intelligence.engine.ConversationInsight;
import io.pulse.messaging.intelligence.model.ConversationIntelligence;
import io.pulse.messaging.intelligence.model.ConversationIntelligenceView;
import io.pulse.messaging.intelligence.model.OverviewView;
import io.pulse.messaging.intelligence.model.SentimentSeriesView;
import io.pulse.messaging.intelligence.model.TopicHistoryView;
import io.pulse.messaging.intelligence.repository.ConversationIntelligenceRepository;
import io.pulse.messaging.intelligence.repository.ConversationListRepository;
import io.pulse.messaging.intelligence.repository.FollowUpStateRepository;
import io.pulse.messaging.intelligence.repository.OverviewQuery;
import io.pulse.messaging.intelligence.repository.SentimentHistoryRepository;
import io.pulse.messaging.intelligence.repository.TopicDetectionRepository;
import io.pulse.messaging.intelligence.service.InsightViews.OverviewRows;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

/** What the user reads back: a conversation's stored insight, its sentiment and topic history, the overview. */
@ApplicationScoped
public class IntelligenceReads {

    /** How many conversations each list of the overview shows. */
    static final int OVERVIEW_ITEMS = 5;

    private final SqlOwnership ownership;
    private final CurrentUser currentUser;
    private final IntelligenceEvents events;
    private final ErasedUsers erasedUsers;
    private final ConversationIntelligenceRepository conversations;
    private final SentimentHistoryRepository sentimentHistory;
    private final TopicDetectionRepository topicHistory;
    private final InsightViews views;
    private final FollowUpStateRepository followUpStates;
    private final ConversationListRepository list;
    private final Clock clock;

    public IntelligenceReads(SqlOwnership ownership, CurrentUser currentUser, IntelligenceEvents events, ErasedUsers erasedUsers,
            ConversationIntelligenceRepository conversations, SentimentHistoryRepository sentimentHistory,
            TopicDetectionRepository topicHistory, InsightViews views, FollowUpStateRepository followUpStates,
            ConversationListRepository list, Clock clock) {
        this.followUpStates = followUpStates;
        this.list = list;
        this.clock = clock;
        this.ownership = ownership;
        this.currentUser = currentUser;
        this.events = events;
        this.erasedUsers = erasedUsers;
        this.conversations = conversations;
        this.sentimentHistory = sentimentHistory;
        this.topicHistory = topicHistory;
        this.views = views;
    }

    /** The stored insight of the user's conversation; 404 when there is none (or it is someone else's). */
    public Uni<ConversationIntelligenceView> get(UUID conversationId) {
        return ownership.sqlAsCurrentUser(scope -> conversations.findByConversation(scope, conversationId).chain(row -> {
            if (!analysed(row)) {
                throw ApiException.notFound("Conversation intelligence");
            }
            return stored(scope, row);
        }));
    }

    /** The row's insight as stored, with the statuses of its follow-ups (read in the scope's transaction). */
    private Uni<ConversationIntelligenceView> stored(SqlScope scope, ConversationIntelligence row) {
        ConversationInsight insight = views.insight(row);
        return followUpStates.statuses(scope, row.getConversationId(), FollowUpIds.all(row.getConversationId(), insight.followUps()))
                .map(statuses -> views.stored(row, insight, statuses));
    }

    /**
     * The user's conversation live: its current insight, then the new one after each analysis, whichever replica ran
     * it. Subscribing comes first ({@code READY}: this replica now listens, so nothing committed later is missed);
     * each event is answered with the insight as stored, read as the user, on this request's Vert.x context. The stream
     * ends when the user is erased (on any replica).
     */
    public Multi<ConversationIntelligenceView> live(UUID conversationId) {
        UUID user = currentUser.id();
        Multi<LiveEvent> mine = OffLoop.backToCaller(events.subscribe(user, conversationId));
        return erasedUsers.endWhenErased(user, mine.onItem().transformToUniAndConcatenate(event -> find(user, conversationId))
                .filter(view -> view != null));
    }

    /**
     * The stored insight of {@code user}'s conversation, or null. The live stream reads after each event, outside the
     * transaction of any request, as the user its request established when it subscribed.
     */
    private Uni<ConversationIntelligenceView> find(UUID user, UUID conversationId) {
        return ownership.sqlAsUser(user, scope -> conversations.findByConversation(scope, conversationId)
                .chain(row -> analysed(row) ? stored(scope, row) : Uni.createFrom().nullItem()));
    }

    /** The conversation's sentiment aggregated by the query's bucket; 404 when the user has no such conversation. */
    public Uni<SentimentSeriesView> sentimentHistory(UUID conversationId, HistoryQuery query) {
        return ownership.sqlAsCurrentUser(scope -> requireConversation(scope, conversationId)
                .chain(() -> sentimentHistory.buckets(scope, conversationId, query.bucket(), query.from(), query.to())))
                .map(buckets -> views.series(conversationId, query, buckets));
    }

    /** The topics detected in the query's range; 404 when the user has no such conversation. */
    public Uni<TopicHistoryView> topicHistory(UUID conversationId, HistoryQuery query) {
        return ownership.sqlAsCurrentUser(scope -> requireConversation(scope, conversationId)
                .chain(() -> topicHistory.totals(scope, conversationId, query.from(), query.to(), InsightViews.TOPIC_MESSAGE_IDS)))
                .map(totals -> views.topicHistory(conversationId, query, totals));
    }

    /**
     * Across the user's conversations: the most negative, the declining ones, the questions waiting longest; then one
     * page of the conversations that match the query, in its order.
     */
    public Uni<OverviewView> overview(OverviewQuery query) {
        return ownership.sqlAsCurrentUser(scope -> conversations.count(scope)
                .chain(count -> conversations.mostNegative(scope, OVERVIEW_ITEMS).map(rows -> new OverviewRows(count, rows)))
                .chain(overview -> conversations.declining(scope, OVERVIEW_ITEMS).map(overview::withDeclining))
                .chain(overview -> conversations.waitingLongest(scope, OVERVIEW_ITEMS).map(overview::withWaitingLongest))
                .chain(overview -> list.page(scope, query)
                        .map(rows -> overview.withItems(Page.of(rows, query.limit(), last -> OverviewParams.cursor(query, last))))))
                .map(overview -> views.overview(overview, clock.instant()));
    }

    private static boolean analysed(ConversationIntelligence row) {
        return row != null && row.getMessageCount() > 0;
    }

    private Uni<Void> requireConversation(SqlScope scope, UUID conversationId) {
        return conversations.findByConversation(scope, conversationId).invoke(row -> {
            if (row == null) {
                throw ApiException.notFound("Conversation intelligence");
            }
        }).replaceWithVoid();
    }
}
