package io.pulse.messaging.intelligence.engine;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Per-participant metrics in the spirit of Gong and Chorus talk ratios: messages, words, shares, questions asked,
 * median time to answer someone else, and an engagement score that rewards a fair share of the talk, answering
 * at least as fast as the conversation usually does, and substance (words per message).
 */
public final class ParticipantAnalyzer {

    public List<ParticipantInsight> analyze(List<MessageFacts> messages) {
        Map<String, Acc> bySender = new LinkedHashMap<>();
        Map<String, MessageFacts> byId = new HashMap<>();
        int totalWords = 0;
        List<Long> allResponses = new ArrayList<>();
        MessageFacts previous = null;
        for (MessageFacts m : messages) {
            byId.put(m.id(), m);
            Acc acc = bySender.computeIfAbsent(m.senderId(), k -> new Acc(m.senderId(), m.senderName()));
            acc.messages++;
            acc.words += m.words();
            totalWords += m.words();
            if (m.question()) {
                acc.questions++;
            }
            MessageFacts answered = m.replyTo() != null ? byId.get(m.replyTo()) : previous;
            if (answered != null && !answered.senderId().equals(m.senderId())) {
                long seconds = Math.max(0, Duration.between(answered.sentAt(), m.sentAt()).getSeconds());
                acc.responses.add(seconds);
                allResponses.add(seconds);
            }
            previous = m;
        }
        int total = messages.size();
        int people = bySender.size();
        Long overall = median(allResponses);
        List<ParticipantInsight> out = new ArrayList<>();
        for (Acc acc : bySender.values()) {
            double messageShare = total == 0 ? 0 : (double) acc.messages / total;
            double wordShare = totalWords == 0 ? 0 : (double) acc.words / totalWords;
            Long own = median(acc.responses);
            double fairShare = Math.min(1, (messageShare + wordShare) / 2 * people);
            double responsiveness = own == null || overall == null ? 0.5
                    : Math.min(1, (overall + 60.0) / (own + 60.0));
            double substance = Math.min(1, (acc.messages == 0 ? 0 : (double) acc.words / acc.messages) / 12.0);
            double engagement = people <= 1 ? substance * 0.5 : 0.5 * fairShare + 0.3 * responsiveness + 0.2 * substance;
            out.add(new ParticipantInsight(acc.id, acc.name, acc.messages, acc.words, round(messageShare), round(wordShare),
                    acc.questions, own, round(engagement)));
        }
        out.sort(Comparator.comparingInt(ParticipantInsight::messages).reversed());
        return out;
    }

    static Long median(List<Long> values) {
        if (values.isEmpty()) {
            return null;
        }
        List<Long> sorted = new ArrayList<>(values);
        sorted.sort(null);
        int mid = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(mid) : (sorted.get(mid - 1) + sorted.get(mid)) / 2;
    }

    private static double round(double value) {
        return Math.round(value * 10_000) / 10_000.0;
    }

    private static final class Acc {
        final String id;
        final String name;
        int messages;
        int words;
        int questions;
        final List<Long> responses = new ArrayList<>();

        Acc(String id, String name) {
            this.id = id;
            this.name = name;
        }
    }
}
