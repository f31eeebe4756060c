package io.pulse.messaging.summarization.engine.llm;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import io.pulse.messaging.common.ai.Drops;
import io.pulse.messaging.common.ai.ModelFailure;
import io.pulse.messaging.common.ai.ModelJson;

/**
 * Reads the items of an answer one by one, as strictly as the answer itself ({@link ModelJson}: no coerced scalars, no
 * duplicate fields): an item of the wrong shape ({@code "done": "yes"}, a string where an object belongs) is dropped
 * ({@code schema}) and the others are kept. At most {@link #MAX_ITEMS} of a kind are read; more are dropped
 * ({@code too-many}).
 */
final class ItemReader {

    static final int MAX_ITEMS = 50;

    private ItemReader() {
    }

    static <T> List<T> read(List<JsonNode> nodes, Class<T> type, Drops drops) {
        List<T> items = new ArrayList<>();
        if (nodes == null) {
            return items;
        }
        for (JsonNode node : nodes) {
            if (items.size() == MAX_ITEMS) {
                drops.drop("too-many");
                continue;
            }
            if (node == null || !node.isObject()) {
                drops.drop("schema");
                continue;
            }
            try {
                items.add(ModelJson.read(node.toString(), type));
            } catch (ModelFailure e) {
                drops.drop("schema");
            }
        }
        return items;
    }
}
