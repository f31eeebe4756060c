package io.pulse.messaging.autoresponse.engine;

import java.util.Locale;

/** Names as people are greeted by them. */
public final class Names {

    private Names() {
    }

    /**
     * The first name in a display name ("Anna Müller" gives "Anna", "Müller, Anna" gives "Anna"), or from an email
     * local part that looks like a name ("anna.mueller@..." gives "Anna"); null when none can be told.
     */
    public static String firstName(String displayName, String email) {
        if (displayName != null && !displayName.isBlank()) {
            String name = displayName.strip();
            int comma = name.indexOf(',');
            if (comma > 0 && comma < name.length() - 1) {
                name = name.substring(comma + 1).strip();
            }
            String first = name.split("\\s+")[0];
            if (first.codePoints().anyMatch(Character::isLetter)) {
                return first;
            }
        }
        if (email != null) {
            int at = email.indexOf('@');
            if (at > 0) {
                String local = email.substring(0, at).split("[._+\\-]")[0];
                if (local.length() >= 2 && local.chars().allMatch(Character::isLetter)) {
                    return Character.toUpperCase(local.charAt(0)) + local.substring(1).toLowerCase(Locale.ROOT);
                }
            }
        }
        return null;
    }
}
