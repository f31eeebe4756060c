package io.pulse.messaging.common.json;

import java.io.IOException;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.KeyDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;

/**
 * Reads JSON strings (values and object keys) and refuses one the database could not keep as sent. JSON lets a string
 * escape half of a surrogate pair (backslash-ud800); Jackson decodes it to a lone {@code char}, and the UTF-8 encoder
 * of the database driver would then store {@code ?} in its place, silently changing what the client sent. JSON also
 * allows U+0000, which PostgreSQL refuses in text and jsonb (a 400 that would not name the field).
 */
final class WellFormedText {

    private WellFormedText() {
    }

    /** String values: everything Jackson's own deserializer accepts, if it is valid text. */
    static final class Values extends StringDeserializer {

        private static final long serialVersionUID = 1L;

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            return checked(parser, super.deserialize(parser, context));
        }
    }

    /** Object keys of maps keyed by String. */
    static final class Keys extends KeyDeserializer {

        @Override
        public Object deserializeKey(String key, DeserializationContext context) throws IOException {
            return checked(context.getParser(), key);
        }
    }

    static String checked(JsonParser parser, String text) throws InvalidTextException {
        String problem = text == null ? null : problem(text);
        if (problem != null) {
            throw new InvalidTextException(parser, problem);
        }
        return text;
    }

    /** What makes {@code text} unfit to keep (a surrogate that is not half of a high-low pair, U+0000), or null. */
    static String problem(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 0) { // U+0000
                return InvalidTextException.NUL;
            }
            if (Character.isSurrogate(c)) {
                if (!Character.isHighSurrogate(c) || i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    return InvalidTextException.UNPAIRED_SURROGATE;
                }
                i++; // the low half of the pair
            }
        }
        return null;
    }
}
