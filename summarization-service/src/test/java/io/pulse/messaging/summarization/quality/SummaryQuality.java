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
import io.pulse.messaging.testing.quality.Target;

/**
 * The local summary engine on DialogSum's validation dialogues (../shared/data/dialogsum/dev.jsonl): ROUGE-1, -2 and
 * -L F1 of the engine's paragraph against the human summary, beside the two standard extractive baselines of the same
 * run (the first three turns; the three longest turns). Run by {@code bench/quality}.
 */
class SummaryQuality {

    record Dialogue(String id, List<ChatMessage> turns, String reference) {
    }

    /** How far above the better extractive baseline of the same run the engine must be (issue 14). */
    static final double ROUGE_1_MARGIN = 0.04;
    static final double ROUGE_2_MARGIN = 0.02;

    @Test
    void dialogSum() {
        List<Dialogue> dialogues = load();
        QualityReport report = new QualityReport("summaries", "Thread summaries (summarization-service)",
                "dialogsum/dev.jsonl, " + dialogues.size() + " dialogues with one human summary each");
        Rouge.Scores[] all = systems(dialogues);
        Rouge.Scores engine = all[0];
        double bestR1 = Math.max(all[1].rouge1(), all[2].rouge1());
        double bestR2 = Math.max(all[1].rouge2(), all[2].rouge2());
        report.figure("ROUGE-1 F1", "local engine", engine.rouge1(), Target.atLeast(round(bestR1 + ROUGE_1_MARGIN)))
                .figure("ROUGE-2 F1", "local engine", engine.rouge2(), Target.atLeast(round(bestR2 + ROUGE_2_MARGIN)))
                .baseline("ROUGE-L F1", "local engine", engine.rougeL());
        baselines(report, "", all);
        for (int half = 0; half < 2; half++) {
            int h = half;
            List<Dialogue> part = java.util.stream.IntStream.range(0, dialogues.size()).filter(i -> i % 2 == h)
                    .mapToObj(dialogues::get).toList();
            Rouge.Scores[] s = systems(part);
            String name = h == 0 ? " (even rows, tuning half)" : " (odd rows, held out)";
            report.baseline("ROUGE-1 F1", "local engine" + name, s[0].rouge1()).baseline("ROUGE-2 F1", "local engine" + name, s[0].rouge2())
                    .baseline("ROUGE-L F1", "local engine" + name, s[0].rougeL());
            baselines(report, name, s);
        }
        report.note("Targets (issue 14): ROUGE-1 at least " + ROUGE_1_MARGIN + " and ROUGE-2 at least " + ROUGE_2_MARGIN
                + " above the better of the two extractive baselines of this run. Speakers are named Person1, Person2 as in "
                + "the references (#Person1#). The few settings of the prose (how many key points it adds) were chosen on the "
                + "even-indexed dialogues only; the odd-indexed half is reported as held out.");
        report.publish();
        assertEquals(List.of(), report.unmet());
    }

    /** The engine, lead-3 turns and longest-3 turns on the dialogues. */
    private static Rouge.Scores[] systems(List<Dialogue> dialogues) {
        return new Rouge.Scores[] {average(dialogues, SummaryQuality::engine),
                average(dialogues, d -> join(d.turns().stream().limit(3).toList())),
                average(dialogues, d -> join(d.turns().stream()
                        .sorted(Comparator.comparingInt((ChatMessage m) -> -m.content().length())).limit(3).toList()))};
    }

    private static void baselines(QualityReport report, String suffix, Rouge.Scores[] s) {
        for (int k = 1; k < 3; k++) {
            String system = (k == 1 ? "lead-3 turns" : "longest-3 turns") + suffix;
            report.baseline("ROUGE-1 F1", system, s[k].rouge1()).baseline("ROUGE-2 F1", system, s[k].rouge2())
                    .baseline("ROUGE-L F1", system, s[k].rougeL());
        }
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
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
