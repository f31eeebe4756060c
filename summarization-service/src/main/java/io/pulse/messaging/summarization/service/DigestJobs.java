package io.pulse.messaging.summarization.service;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Singleton;

import io.pulse.messaging.common.ai.AiFeature;
import io.pulse.messaging.common.ai.Generated;
import io.pulse.messaging.common.ai.ModelOrLocal;
import io.pulse.messaging.common.error.ApiException;
import io.pulse.messaging.common.error.FieldError;
import io.pulse.messaging.summarization.engine.ChatMessage;
import io.pulse.messaging.summarization.engine.DailyDigest;
import io.pulse.messaging.summarization.engine.DailyDigester;
import io.pulse.messaging.summarization.engine.SummaryEngine;
import io.pulse.messaging.summarization.engine.SummaryOptions;
import io.pulse.messaging.summarization.engine.llm.DigestTask;
import io.pulse.messaging.summarization.model.DigestConversationInput;
import io.pulse.messaging.summarization.model.DigestRequest;
import io.pulse.messaging.summarization.model.MessageInput;
import io.pulse.messaging.summarization.model.SummaryType;

/** Turns a digest request (a reader's day over several conversations) into a {@link SummaryJob}. */
@Singleton
class DigestJobs {

    private static final int DEFAULT_HIGHLIGHTS = 3;

    private final DailyDigester digester;
    private final ModelOrLocal models;
    private final SummarizationConfig config;
    private final String engineName;
    private final int messageLimit;

    DigestJobs(DailyDigester digester, SummaryEngine engine, ModelOrLocal models, SummarizationConfig config) {
        this.digester = digester;
        this.models = models;
        this.config = config;
        this.engineName = engine.name();
        this.messageLimit = config.engineMessageLimit();
    }

    /** The job of {@code request} for {@code owner}; 400 for duplicate ids, too many messages or an unknown zone. */
    SummaryJob job(UUID owner, DigestRequest request) {
        ZoneId zone = validate(request);
        String readerName = RequestInputs.blankToNull(request.readerName());
        UUID reader = request.readerId() == null ? owner : request.readerId();
        int highlights = request.highlightsPerConversation() == null ? DEFAULT_HIGHLIGHTS : request.highlightsPerConversation();
        SummaryOptions options = new SummaryOptions(SummaryOptions.DEFAULT_MAX_KEY_POINTS, reader, readerName, zone, messageLimit);
        AiFeature feature = models.feature(DigestTask.FEATURE);
        CacheKeys key = new CacheKeys().add("digest/v1").add(owner).add(request.date()).add(zone.getId()).add(reader).add(readerName)
                .add(highlights).add(engineName).add(messageLimit).add(Features.cacheIdentity(feature));
        List<DailyDigest.Conversation> conversations = new ArrayList<>();
        int total = 0;
        for (DigestConversationInput c : request.conversations()) {
            List<ChatMessage> messages = RequestInputs.messages(c.messages());
            key.add(c.conversationId()).add(c.title()).addMessages(messages);
            conversations.add(new DailyDigest.Conversation(c.conversationId(), c.title(), messages));
            total += messages.size();
        }
        DigestTask task = new DigestTask(digester, conversations, request.date(), options, highlights);
        return new SummaryJob(owner, null, SummaryType.DAILY_DIGEST, request.date(), zone, total, key.hex(),
                Features.lease(feature, config), () -> {
                    Generated<DailyDigest> made = models.generate(DigestTask.FEATURE, task);
                    return new Generated<>(SummaryMapper.digest(made.value()), made.engine());
                });
    }

    private static ZoneId validate(DigestRequest request) {
        List<FieldError> errors = new ArrayList<>();
        ZoneId zone = RequestInputs.zone(request.timeZone(), "timeZone", errors);
        RequestInputs.checkDay(request.date(), "date", errors);
        Map<UUID, RequestInputs.Seen> seenMessages = new HashMap<>();
        Map<UUID, Integer> seenConversations = new HashMap<>();
        int total = 0;
        for (int i = 0; i < request.conversations().size(); i++) {
            DigestConversationInput c = request.conversations().get(i);
            Integer before = seenConversations.putIfAbsent(c.conversationId(), i);
            if (before != null) {
                errors.add(new FieldError("conversations[" + i + "].conversationId", "duplicates conversations[" + before + "].conversationId"));
            }
            RequestInputs.checkDuplicates(c.messages(), "conversations[" + i + "].messages", seenMessages, errors);
            total += c.messages().size();
        }
        if (total > MessageInput.MAX_PER_REQUEST) {
            errors.add(new FieldError("conversations", "hold " + total + " messages; at most " + MessageInput.MAX_PER_REQUEST + " are accepted"));
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        return zone;
    }
}
