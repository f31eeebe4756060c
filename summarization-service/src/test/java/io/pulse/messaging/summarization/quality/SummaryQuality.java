package io.pulse.messaging.summarization.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.pulse.messaging.summarization.engine.ChatMessage;
import io.pulse.messaging.summarization.engine.ExtractiveSummaryEngine;
import io.pulse.messaging.summarization.engine.Person;
import io.pulse.messaging.summarization.engine.SummaryOptions;
import io.pulse.messaging.testing.quality.DevData;
import io.pulse.messaging.testing.quality.QualityReport;
import io.pulse.messaging.testing.quality.Rouge;

/**
 * The local summary engine on DialogSum's validation dialogues (../shared/data/dialogsum/dev.jsonl): ROUGE-1, -2 and
 * -L F1 of the engine's paragraph against the human summary, beside the two standard extractive baselines of the same
 * run (the first three turns; the three longest turns). Run by {@code bench/quality}.
 */
class SummaryQuality {

    record Dialogue(String id, List<ChatMessage> turns, String reference) {
    }

    @Test
    void dialogSum() {
        List<Dialogue> dialogues = load();
        Rouge.Scores engine = average(dialogues, SummaryQuality::engine);
        Rouge.Scores lead = average(dialogues, d -> join(d.turns().stream().limit(3).toList()));
        Rouge.Scores longest = average(dialogues, d -> join(d.turns().stream()
                .sorted(Comparator.comparingInt((ChatMessage m) -> -m.content().length())).limit(3).toList()));
        QualityReport report = new QualityReport("summaries", "Thread summaries (summarization-service)",
                "dialogsum/dev.jsonl, " + dialogues.size() + " dialogues with one human summary each");
        for (var row : List.of(new Object[] {"extractive engine", engine}, new Object[] {"lead-3 turns", lead},
                new Object[] {"longest-3 turns", longest})) {
            Rouge.Scores s = (Rouge.Scores) row[1];
            report.baseline("ROUGE-1 F1", (String) row[0], s.rouge1()).baseline("ROUGE-2 F1", (String) row[0], s.rouge2())
                    .baseline("ROUGE-L F1", (String) row[0], s.rougeL());
        }
        report.note("Speakers are named Person1, Person2 as in the references (#Person1#). No target is set here yet: "
                + "the recap issue sets it against the better baseline.");
        report.publish();
        assertEquals(List.of(), report.unmet());
    }

    private static String engine(Dialogue d) {
        return new ExtractiveSummaryEngine().summarize(d.turns(), SummaryOptions.defaults()).summary();
    }

    private static String join(List<ChatMessage> turns) {
        return String.join(" ", turns.stream().map(m -> m.sender().name() + ": " + m.content()).toList());
    }

    private static Rouge.Scores average(List<Dialogue> dialogues, Function<Dialogue, String> summariser) {
        Rouge.Scores total = new Rouge.Scores(0, 0, 0);
        for (Dialogue d : dialogues) {
            total = total.plus(Rouge.score(summariser.apply(d), d.reference()));
        }
        return total.divide(dialogues.size());
    }

    static List<Dialogue> load() {
        ObjectMapper json = new ObjectMapper();
        List<Dialogue> dialogues = new ArrayList<>();
        for (String line : DevData.jsonLines("dialogsum/dev.jsonl")) {
            try {
                JsonNode node = json.readTree(line);
                dialogues.add(new Dialogue(node.get("id").asText(), turns(node.get("dialogue").asText()),
                        node.get("summary").asText()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return dialogues;
    }

    /** {@code #Person1#: text} lines as chat messages a minute apart. */
    static List<ChatMessage> turns(String dialogue) {
        List<ChatMessage> turns = new ArrayList<>();
        Instant at = Instant.parse("2026-11-25T09:00:00Z");
        for (String line : dialogue.split("\n")) {
            int colon = line.indexOf(':');
            if (!line.startsWith("#") || colon < 0 || line.substring(colon + 1).isBlank()) {
                continue;
            }
            String name = line.substring(0, colon).replace("#", "").strip();
            at = at.plusSeconds(60);
            turns.add(new ChatMessage(UUID.randomUUID(), new Person(UUID.nameUUIDFromBytes(name.getBytes()), name),
                    line.substring(colon + 1).strip(), at, null));
        }
        return turns;
    }
}
