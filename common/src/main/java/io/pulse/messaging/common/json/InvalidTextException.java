package io.pulse.messaging.common.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;

/** A JSON string that is well-formed JSON but not valid text: it holds a UTF-16 surrogate without its pair. */
public class InvalidTextException extends InvalidFormatException {

    private static final long serialVersionUID = 1L;

    InvalidTextException(JsonParser parser) {
        super(parser, "Text contains an unpaired UTF-16 surrogate", null, String.class);
    }

    /** What is wrong with the field's value, for a problem document. */
    public String reason() {
        return "is not valid Unicode text (it holds an unpaired UTF-16 surrogate such as \\ud800)";
    }
}
