package io.pulse.messaging.brainstorm.model;

import java.util.Locale;
import java.util.Optional;

/** A member's role in a session. The owner is the session's creator; editors and viewers are invited. */
public enum Role {
    OWNER, EDITOR, VIEWER;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Owner and editors add ideas, vote, ask for suggestions and cluster; viewers only read. */
    public boolean canContribute() {
        return this != VIEWER;
    }

    /** The role a collaborator may be given ({@code editor} or {@code viewer}). */
    public static Optional<Role> invitable(String key) {
        if ("editor".equals(key)) {
            return Optional.of(EDITOR);
        }
        if ("viewer".equals(key)) {
            return Optional.of(VIEWER);
        }
        return Optional.empty();
    }

    public static Role of(String key) {
        return valueOf(key.toUpperCase(Locale.ROOT));
    }
}
