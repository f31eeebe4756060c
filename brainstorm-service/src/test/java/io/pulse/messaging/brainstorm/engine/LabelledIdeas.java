package io.pulse.messaging.brainstorm.engine;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** A hand-labelled idea set from src/test/resources/clustering: one {@code theme<TAB>idea} per line. */
public record LabelledIdeas(List<String> themes, List<String> texts) {

    public static LabelledIdeas load(String name) {
        List<String> themes = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                LabelledIdeas.class.getResourceAsStream("/clustering/" + name), StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.split("\t", 2);
                themes.add(parts[0]);
                texts.add(parts[1]);
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return new LabelledIdeas(themes, texts);
    }

    /** Stable ids (so the clustering order is the same each run) in file order. */
    public List<UUID> ids() {
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            ids.add(UUID.nameUUIDFromBytes((i + ":" + texts.get(i)).getBytes(StandardCharsets.UTF_8)));
        }
        return ids;
    }
}
