package io.pulse.messaging.common.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;

/**
 * A JSON string that is well-formed JSON but not text the suite can keep: it holds a UTF-16 surrogate without its
 * pair, or U+0000 (which PostgreSQL stores in neither text nor jsonb).
 */
public class InvalidTextException extends InvalidFormatException {

    private static final long serialVersionUID = 1L;

    static final String UNPAIRED_SURROGATE = "is not valid Unicode text (it holds an unpaired UTF-16 surrogate such as \\ud800)";
    static final String NUL = "may not contain the character U+0000";

    private final String reason;

    InvalidTextException(JsonParser parser, String reason) {
        super(parser, "Invalid text: " + reason, null, String.class);
        this.reason = reason;
    }

    /** What is wrong with the field's value, for a problem document. */
    public String reason() {
        return reason;
    }
}
