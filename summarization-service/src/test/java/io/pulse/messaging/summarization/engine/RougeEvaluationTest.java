package io.pulse.messaging.summarization.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.pulse.messaging.testing.quality.Rouge;

/**
 * The regression guard on our own evaluation set (src/test/resources/evaluation/chats.json: realistic chats with
 * human-written reference summaries). The engine's paragraph must stay clearly above the two standard extractive
 * baselines (the first three messages; the three longest messages) and not fall below the scores it had when
 * the set was made.
 */
class RougeEvaluationTest {

    /** The engine's scores when this guard was set, less a small margin for harmless changes. */
    private static final Rouge.Scores FLOOR = new Rouge.Scores(0.58, 0.40, 0.51);

    record Chat(String id, String reference, List<ChatMessage> messages) {
    }

    private static List<Chat> chats;

    @BeforeAll
    static void load() throws IOException {
        chats = new ArrayList<>();
        try (InputStream in = RougeEvaluationTest.class.getResourceAsStream("/evaluation/chats.json")) {
            JsonNode root = new ObjectMapper().readTree(in);
            for (JsonNode chat : root) {
                List<ChatMessage> messages = new ArrayList<>();
                Instant t = Instant.parse("2026-11-25T09:00:00Z");
                for (JsonNode m : chat.get("messages")) {
                    String name = m.get(0).asText();
                    t = t.plusSeconds(60);
                    messages.add(new ChatMessage(UUID.randomUUID(), new Person(UUID.nameUUIDFromBytes(name.getBytes()), name),
                            m.get(1).asText(), t, null));
                }
                chats.add(new Chat(chat.get("id").asText(), chat.get("reference").asText(), messages));
            }
        }
    }

    static Rouge.Scores average(Function<Chat, String> summariser) {
        Rouge.Scores total = new Rouge.Scores(0, 0, 0);
        for (Chat chat : chats) {
            total = total.plus(Rouge.score(summariser.apply(chat), chat.reference()));
        }
        return total.divide(chats.size());
    }

    static String engine(Chat chat) {
        return new ExtractiveSummaryEngine().summarize(chat.messages(), SummaryOptions.defaults()).summary();
    }

    static String lead3(Chat chat) {
        return String.join(" ", chat.messages().stream().limit(3).map(RougeEvaluationTest::line).toList());
    }

    static String longest3(Chat chat) {
        return String.join(" ", chat.messages().stream()
                .sorted(Comparator.comparingInt((ChatMessage m) -> -m.content().length())).limit(3)
                .map(RougeEvaluationTest::line).toList());
    }

    private static String line(ChatMessage m) {
        return m.sender().name() + ": " + m.content();
    }

    @Test
    void theEngineBeatsTheExtractiveBaselinesClearly() {
        Rouge.Scores ours = average(RougeEvaluationTest::engine);
        Rouge.Scores lead = average(RougeEvaluationTest::lead3);
        Rouge.Scores longest = average(RougeEvaluationTest::longest3);
        System.out.printf("ROUGE on %d chats%n  engine     %s%n  lead-3     %s%n  longest-3  %s%n", chats.size(), ours, lead, longest);
        for (Rouge.Scores baseline : List.of(lead, longest)) {
            assertTrue(ours.rouge1() > baseline.rouge1(), () -> "R-1 " + ours + " vs " + baseline);
            assertTrue(ours.rouge2() > baseline.rouge2() + 0.05, () -> "R-2 " + ours + " vs " + baseline);
            assertTrue(ours.rougeL() > baseline.rougeL() + 0.03, () -> "R-L " + ours + " vs " + baseline);
        }
        assertTrue(ours.rouge1() >= FLOOR.rouge1() && ours.rouge2() >= FLOOR.rouge2() && ours.rougeL() >= FLOOR.rougeL(),
                () -> "regression: " + ours + " is below " + FLOOR);
    }

    @Test
    void rougeItselfScoresKnownCases() {
        assertEquals(1.0, Rouge.score("the cat sat", "The cat sat.").rouge1(), 1e-9);
        assertEquals(1.0, Rouge.score("the cat sat", "the cat sat").rougeL(), 1e-9);
        assertEquals(0.0, Rouge.score("dogs bark", "the cat sat").rouge1(), 1e-9);
        // 2 of 3 candidate unigrams match, 2 of 4 reference unigrams: P = 2/3, R = 1/2, F = 4/7.
        assertEquals(4.0 / 7, Rouge.score("the cat ran", "the cat sat down").rouge1(), 1e-9);
        assertEquals(0.4, Rouge.score("the cat ran", "the cat sat down").rouge2(), 1e-9);
    }

    @Test
    void printPerChat() {
        for (Chat chat : chats) {
            String ours = engine(chat);
            System.out.printf("%-14s %s%n   %s%n", chat.id(), Rouge.score(ours, chat.reference()), ours);
        }
        assertEquals(15, chats.size());
    }
}
