package io.pulse.messaging.common.ai;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;

/**
 * Reads a model's answer as JSON of an expected shape, strictly: one JSON object (a surrounding markdown fence is
 * tolerated, nothing else), no duplicate fields, no coerced scalars ({@code "0.8"} is not a number). Unknown fields
 * are ignored: a model adding a field is not an invalid answer, but nothing reads it. What this returns is still
 * untrusted: each feature validates it against its input.
 */
public final class ModelJson {

    /** A bound on what is parsed at all: far above any answer within the output-token budget. */
    static final int MAX_ANSWER_CHARS = 200_000;

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    static {
        for (LogicalType type : new LogicalType[] { LogicalType.Integer, LogicalType.Float, LogicalType.Boolean,
                LogicalType.Textual }) {
            for (CoercionInputShape shape : new CoercionInputShape[] { CoercionInputShape.String,
                    CoercionInputShape.Integer, CoercionInputShape.Float, CoercionInputShape.Boolean }) {
                MAPPER.coercionConfigFor(type).setCoercion(shape, CoercionAction.Fail);
            }
        }
        MAPPER.coercionConfigFor(LogicalType.Float).setCoercion(CoercionInputShape.Integer, CoercionAction.TryConvert);
    }

    private ModelJson() {
    }

    /** The answer as {@code type}; {@link FallbackReason#INVALID_OUTPUT} when it is not one JSON object of it. */
    public static <T> T read(String answer, Class<T> type) throws ModelFailure {
        String json = unfenced(answer);
        try {
            JsonNode tree = MAPPER.readTree(json);
            if (tree == null || !tree.isObject()) {
                throw new ModelFailure(FallbackReason.INVALID_OUTPUT, "the answer is not a JSON object");
            }
            return MAPPER.treeToValue(tree, type);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new ModelFailure(FallbackReason.INVALID_OUTPUT, "the answer is not JSON of the asked shape: "
                    + (e instanceof JsonProcessingException j ? j.getOriginalMessage() : e.getMessage()), e);
        }
    }

    private static String unfenced(String answer) throws ModelFailure {
        if (answer == null || answer.isBlank()) {
            throw new ModelFailure(FallbackReason.INVALID_OUTPUT, "the answer is empty");
        }
        if (answer.length() > MAX_ANSWER_CHARS) {
            throw new ModelFailure(FallbackReason.INVALID_OUTPUT, "the answer is too long");
        }
        String text = answer.strip();
        if (text.startsWith("```")) {
            int open = text.indexOf('\n');
            int close = text.lastIndexOf("```");
            if (open < 0 || close <= open) {
                throw new ModelFailure(FallbackReason.INVALID_OUTPUT, "the answer's fence is not closed");
            }
            text = text.substring(open + 1, close).strip();
        }
        return text;
    }
}
