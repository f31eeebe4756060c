package io.pulse.messaging.brainstorm.engine;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** An idea's lower-cased tokens, the stem of each content token (null for the others), and its content stems. */
record IdeaWords(List<String> tokens, String[] tokenStems, Set<String> stems) {

    static IdeaWords of(String text) {
        List<String> tokens = TextAnalysis.tokens(text);
        String[] tokenStems = new String[tokens.size()];
        Set<String> stems = new LinkedHashSet<>();
        for (int t = 0; t < tokens.size(); t++) {
            if (TextAnalysis.isContent(tokens.get(t))) {
                tokenStems[t] = TextAnalysis.stem(tokens.get(t));
                stems.add(tokenStems[t]);
            }
        }
        return new IdeaWords(tokens, tokenStems, stems);
    }
}
