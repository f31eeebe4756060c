package io.pulse.messaging.autoresponse.model;

import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/** One action of a rule, as the API takes and gives it (and as it is stored). */
@Schema(description = "What a rule does when it matches. Rules are evaluated by priority: the first matching rule with a reply action "
        + "answers (cooldown, conversation cap and loop guards as for any reply); the tag and notify actions of every matching rule "
        + "apply, before or after the one that answers (a rule without reply does not stop evaluation); a matching rule with "
        + "skip_other_rules stops evaluation after itself. reply: send the rule's template; tag: add tags (returned with the "
        + "evaluation and kept in the log); notify: send an event to one of your outbound webhooks (webhookId); skip_other_rules",
        example = "{\"type\": \"tag\", \"tags\": [\"billing\"]}")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RuleAction(
        @NotNull @Schema(description = "reply, tag, notify or skip_other_rules") Type type,
        @Size(max = 10) @Schema(description = "tag only: 1 to 10 lower-case tags", example = "[\"billing\"]")
        List<@NotNull @Pattern(regexp = TAG, message = "must be a lower-case tag of letters, digits, '-', '_', '.' or ':' (at most 50)") String> tags,
        @Schema(description = "notify only: the id of one of your outbound webhooks") UUID webhookId) {

    public static final String TAG = "[a-z0-9][a-z0-9_.:-]{0,49}";

    /** The kinds of action. */
    public enum Type {
        @JsonProperty("reply") REPLY,
        @JsonProperty("tag") TAG,
        @JsonProperty("notify") NOTIFY,
        @JsonProperty("skip_other_rules") SKIP_OTHER_RULES;

        public String wire() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public static final RuleAction REPLY = new RuleAction(Type.REPLY, null, null);
}
