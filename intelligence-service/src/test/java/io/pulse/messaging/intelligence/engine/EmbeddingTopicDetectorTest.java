package io.pulse.messaging.intelligence.engine;

import io.pulse.messaging.common.embedding.TextEmbedder;
import io.pulse.messaging.common.embedding.MiniLmEmbedder;
import static io.pulse.messaging.intelligence.engine.Threads.T0;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Topic detection with the real in-process embedding model (loaded once for the class). */
class EmbeddingTopicDetectorTest {

    static EmbeddingTopicDetector detector;

    @BeforeAll
    static void loadModel() {
        detector = new EmbeddingTopicDetector(new MiniLmEmbedder());
    }

    private static List<ChatMessage> conversation(String... texts) {
        List<ChatMessage> messages = new ArrayList<>();
        for (int i = 0; i < texts.length; i++) {
            messages.add(new ChatMessage("m" + i, i % 2 == 0 ? "ann" : "ben", "Ann", texts[i], T0.plusSeconds(60L * i), null));
        }
        return messages;
    }

    private static List<TopicInsight> topics(List<ChatMessage> messages, List<TopicDefinition> userTopics) {
        return EmbeddingTopicDetector.aggregate(detector.detect(messages, userTopics));
    }

    @Test
    void findsBuiltInTopicsByMeaningWithConfidenceAndSupportingMessages() {
        List<TopicInsight> found = topics(conversation(
                "My laptop refuses to start since this morning's update.",
                "Did you try holding the power button for ten seconds?",
                "Yes, the screen stays black and the fan is spinning.",
                "Sounds like the disk, bring it to IT."), List.of());
        assertFalse(found.isEmpty());
        assertEquals("technical_issue", found.get(0).name(), found.toString());
        assertEquals(TopicSource.BUILT_IN, found.get(0).source());
        assertTrue(found.get(0).confidence() > 0.5 && found.get(0).confidence() <= 1);
        assertFalse(found.get(0).messageIds().isEmpty());
    }

    @Test
    void confidenceIsOrderedAndStrongerEvidenceRanksHigher() {
        List<TopicInsight> found = topics(conversation(
                "We got charged twice on the last invoice.",
                "I'll ask finance to refund the duplicate payment.",
                "Thanks. Also, can we meet on Thursday to go over the renewal?",
                "Thursday 2pm works, I'll send an invite."), List.of());
        for (int i = 1; i < found.size(); i++) {
            assertTrue(found.get(i - 1).confidence() >= found.get(i).confidence(), found.toString());
        }
        List<String> names = found.stream().map(TopicInsight::name).toList();
        assertEquals("billing", names.get(0), found.toString());
        assertTrue(names.contains("scheduling"), found.toString());
        TopicInsight billing = found.get(0);
        assertTrue(billing.keywords().contains("invoice") || billing.keywords().contains("refund"), billing.toString());
    }

    @Test
    void userDefinedTopicsAreMatchedByMeaningNotOnlyByKeywords() {
        TopicDefinition pets = new TopicDefinition("pets", "Dogs, cats and other animals people keep at home", List.of(),
                TopicSource.CUSTOM);
        List<TopicInsight> found = topics(conversation(
                "My puppy chewed through the charger cable again.",
                "Haha, our kitten does the same with the curtains.",
                "We are taking him to the vet on Saturday for his shots."), List.of(pets));
        TopicInsight match = found.stream().filter(t -> t.name().equals("pets")).findFirst().orElseThrow(() -> new AssertionError(found));
        assertEquals(TopicSource.CUSTOM, match.source());
        assertTrue(match.keywords().isEmpty(), "no keyword was given: the match is by meaning");
        assertEquals("pets", found.get(0).name(), found.toString());
    }

    @Test
    void smallTalkWithoutSubstanceGetsNoTopic() {
        assertTrue(topics(conversation("ok", "k", "👍", "yes"), List.of()).isEmpty());
    }

    @Test
    void keywordsNeedWordBoundaries() {
        assertEquals(List.of("deal"), TopicKeywords.hits(" we closed the deal ", List.of("deal")));
        assertTrue(TopicKeywords.hits(" an ideal plan ", List.of("deal")).isEmpty());
        assertEquals(List.of("reschedul"), TopicKeywords.hits(" can we reschedule? ", List.of("reschedul")));
    }

    @Test
    void aLongWindowKeepsItsMostSubstantialMessagesWithinTheBudget() {
        List<ChatMessage> window = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            String text = i == 40 ? "The invoice for March was charged twice and the refund has not arrived yet, can you check?"
                    : i == 70 ? "Can we move the billing review to Thursday afternoon instead?" : "ok";
            window.add(new ChatMessage("m" + i, "ann", "Ann", text, T0.plusSeconds(i), null));
        }
        String text = MessageWindows.text(window, 0, window.size());
        assertTrue(text.length() <= MessageWindows.WINDOW_CHARS + MessageWindows.MESSAGE_CHARS, text);
        assertTrue(text.contains("The invoice for March"), text);
        assertTrue(text.contains("billing review"), text);
        assertTrue(text.indexOf("The invoice") < text.indexOf("billing review"), "kept messages stay in order");
        assertTrue(text.split("\n").length < 100, "trivial messages are dropped once the budget is spent");
    }

    @Test
    void aThousandMessagesCostABoundedNumberOfEmbeddings() {
        List<String> texts = new ArrayList<>();
        TextEmbedder counting = batch -> {
            texts.addAll(batch);
            return batch.stream().map(t -> new float[] {1, 0}).toList();
        };
        EmbeddingTopicDetector bounded = new EmbeddingTopicDetector(counting);
        List<ChatMessage> many = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            many.add(new ChatMessage("m" + i, "ann", "Ann", "message number " + i + " about the release plan", T0.plusSeconds(i), null));
        }
        bounded.detect(many, List.of());
        int prototypes = BuiltInTopics.ALL.stream().mapToInt(t -> 1 + t.examples().size()).sum();
        assertEquals(prototypes + MessageWindows.MAX_WINDOWS + EmbeddingTopicDetector.MAX_MESSAGE_VECTORS, texts.size());
    }

    @Test
    void aCompanyTravelTopicCatchesAMessageAboutALisbonOffsite() {
        TopicDefinition travel = new TopicDefinition("company travel", "Business trips, offsites and team travel",
                List.of("flight", "hotel"), TopicSource.CUSTOM);
        List<TopicEvidence> evidence = detector.detect(conversation(
                "The Lisbon offsite is confirmed for the second week of May, everyone is invited."), List.of(travel));
        assertTrue(evidence.stream().anyMatch(e -> e.topic().equals("company travel")), evidence.toString());
        assertTrue(evidence.stream().filter(e -> e.topic().equals("company travel")).allMatch(e -> e.keywords().isEmpty()),
                "matched by meaning, no keyword in the text");
    }

    @Test
    void aMessageGetsItsBestTopicsNotEveryTopic() {
        List<TopicDefinition> mine = List.of(
                new TopicDefinition("company travel", "Business trips and offsites", List.of("flight", "hotel"), TopicSource.CUSTOM),
                new TopicDefinition("pets", "Dogs, cats and other animals people keep at home", List.of(), TopicSource.CUSTOM),
                new TopicDefinition("fundraising", "Raising money from investors", List.of("investor", "term sheet"), TopicSource.CUSTOM),
                new TopicDefinition("office move", "Moving to a new office", List.of("movers", "desk"), TopicSource.CUSTOM));
        List<ChatMessage> messages = conversation(
                "We got charged twice on the last invoice, can you refund the duplicate payment?",
                "My flight to Lisbon lands at 6pm, I'll go straight to the hotel.",
                "The movers come Friday, please pack your desk by Thursday.");
        List<TopicEvidence> evidence = detector.detect(messages, mine);
        int looked = BuiltInTopics.ALL.size() + mine.size();
        for (ChatMessage m : messages) {
            List<TopicEvidence> own = evidence.stream().filter(e -> e.messageId().equals(m.id())).toList();
            assertFalse(own.isEmpty(), m.content());
            assertTrue(own.size() <= EmbeddingTopicDetector.MAX_TOPICS_PER_MESSAGE && own.size() < looked, own.toString());
            for (TopicSource source : TopicSource.values()) {
                assertTrue(own.stream().filter(e -> e.source() == source).mapToDouble(TopicEvidence::confidence).sum() <= 1.0001,
                        "confidences are shares: " + own);
            }
        }
        assertEquals("billing", top(evidence, "m0", TopicSource.BUILT_IN));
        assertEquals("none", top(evidence, "m0", TopicSource.CUSTOM));
        assertEquals("company travel", top(evidence, "m1", TopicSource.CUSTOM));
        assertEquals("office move", top(evidence, "m2", TopicSource.CUSTOM));
    }

    private static String top(List<TopicEvidence> evidence, String messageId, TopicSource source) {
        return evidence.stream().filter(e -> e.messageId().equals(messageId) && e.source() == source).findFirst()
                .map(TopicEvidence::topic).orElse("none");
    }

    @Test
    void builtInTopicsCanBeLeftOut() {
        EmbeddingTopicDetector customOnly = new EmbeddingTopicDetector(new MiniLmEmbedder(), false);
        TopicDefinition pets = new TopicDefinition("pets", "", List.of("dog", "cat"), TopicSource.CUSTOM);
        List<TopicEvidence> evidence = customOnly.detect(conversation("We got charged twice on the last invoice.",
                "Our puppy chewed the sofa again."), List.of(pets));
        assertTrue(evidence.stream().allMatch(e -> e.source() == TopicSource.CUSTOM), evidence.toString());
        assertTrue(evidence.stream().anyMatch(e -> e.messageId().equals("m1") && e.topic().equals("pets")), evidence.toString());
        assertTrue(customOnly.builtInTopics().isEmpty());
    }
}
