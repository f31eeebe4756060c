package io.pulse.messaging.summarization.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** The indexed search for a restated decision finds what comparing with every earlier decision finds. */
class RestatementsTest {

    @Test
    void findsTheEarliestSimilarItemLikeAPairwiseScan() {
        ParsedThread thread = new ParsedThread(Conversation.startingAt("2026-12-01T09:00:00Z")
                .say(ExtractiveSummaryEngineTest.ALICE, "We decided to launch the beta on Dec 3 with the new login flow.").messages(),
                SummaryOptions.defaults());
        Random random = new Random(7);
        Restatements<Integer> index = new Restatements<>(thread, 0.6);
        List<Set<String>> seen = new ArrayList<>();
        for (int i = 0; i < 2_000; i++) {
            Set<String> terms = new HashSet<>();
            for (int n = 1 + random.nextInt(5); n > 0; n--) {
                terms.add("t" + random.nextInt(12));
            }
            Integer expected = null;
            for (int k = 0; k < seen.size() && expected == null; k++) {
                Set<String> shared = new HashSet<>(seen.get(k));
                shared.retainAll(terms);
                if ((double) shared.size() / (seen.get(k).size() + terms.size() - shared.size()) >= 0.6 && k % 3 != 0) {
                    expected = k;
                }
            }
            assertEquals(expected, index.same(terms, k -> k % 3 != 0), "at " + i + " " + terms);
            if (expected == null) {
                index.add(terms, seen.size());
                seen.add(terms);
            }
        }
    }
}
