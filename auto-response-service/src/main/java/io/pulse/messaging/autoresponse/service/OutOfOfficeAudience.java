package io.pulse.messaging.autoresponse.service;

import io.pulse.messaging.autoresponse.engine.Audience;
import io.pulse.messaging.autoresponse.model.OutOfOfficeInput;
import io.pulse.messaging.common.error.ApiException;

/**
 * The out-of-office's audience as Outlook has it, a pair (internal: everyone | nobody; external: everyone | contacts_only |
 * nobody), stored as one {@link Audience} value in the rule's conditions. The single {@code audience} field of earlier
 * clients maps onto the pair: {@code known_contacts} means every internal sender and external known contacts.
 */
final class OutOfOfficeAudience {

    private OutOfOfficeAudience() {
    }

    /** The audience the settings ask for (null when they say none: everyone); 400 when {@code audience} and the pair are both given and disagree. */
    static Audience of(OutOfOfficeInput input) {
        Audience legacy = input.audience() == null ? null : fromLegacy(input.audience());
        if (input.internalAudience() == null && input.externalAudience() == null) {
            return legacy; // null: as before the pair, conditions without an audience (everyone)
        }
        Audience pair = Audience.of(input.internalAudience() == null ? Audience.Internal.EVERYONE : input.internalAudience(),
                input.externalAudience() == null ? Audience.External.EVERYONE : input.externalAudience());
        if (legacy != null && legacy != pair) {
            throw ApiException.invalid("audience", "says " + input.audience().name().toLowerCase() + ", which contradicts internalAudience "
                    + "and externalAudience; send only the pair");
        }
        return pair;
    }

    /** The pair an earlier client's single value means. */
    static Audience fromLegacy(Audience audience) {
        return audience == Audience.KNOWN_CONTACTS ? Audience.INTERNAL_AND_EXTERNAL_CONTACTS : audience;
    }

    /** The single value shown to earlier clients: known_contacts for everyone / contacts_only, else the stored value. */
    static Audience legacy(Audience stored) {
        return stored == Audience.INTERNAL_AND_EXTERNAL_CONTACTS ? Audience.KNOWN_CONTACTS : stored;
    }
}
