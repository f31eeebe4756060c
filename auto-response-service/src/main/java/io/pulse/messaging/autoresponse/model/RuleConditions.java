package io.pulse.messaging.autoresponse.model;

import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.pulse.messaging.autoresponse.engine.Audience;
import io.pulse.messaging.autoresponse.engine.KeywordMode;
import io.pulse.messaging.common.validation.PlausibleTime;

/**
 * A rule's conditions as the API takes and gives them (and as they are stored). All are optional; all given must hold,
 * with the groups {@code all} (every item holds) and {@code any} (at least one item holds), whose items are conditions of
 * the same kinds, nested one level at most.
 */
@Schema(description = "Conditions of a rule; each is optional and all that are given must hold (AND). The groups all (\"meet ALL\": "
        + "every item holds) and any (\"meet ANY\": at least one item holds) take condition objects of the same kinds; an item may "
        + "itself hold an all or any group (one level of nesting, no deeper); at most 20 items per group and 50 conditions per rule",
        example = Examples.GROUPED_CONDITIONS)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RuleConditions(
        @Valid @Schema(description = "Words or phrases in the message, and/or a regular expression") Keywords keywords,
        @Valid @Schema(description = "Which senders the rule answers, and which it never answers") Senders senders,
        @Valid @Schema(description = "Weekly window in local time of an IANA zone; may wrap midnight") Schedule schedule,
        @Valid @Schema(description = "From (inclusive) and until (exclusive), e.g. for an absence") DateRange dateRange,
        @Schema(description = "Whom the rule answers, from the caller's flags on each message", defaultValue = "everyone") Audience audience,
        @Size(max = 20) @Schema(description = "Channels the rule answers on (all when empty)", example = "[\"email\", \"chat\"]")
        List<@NotNull @Pattern(regexp = RuleConditions.CHANNEL_PATTERN, message = "must be a lower-case channel name") String> channels,
        @Size(min = 1, max = MAX_GROUP_ITEMS) @Schema(description = "Meet ALL: every item's conditions hold")
        List<@NotNull @Valid RuleConditions> all,
        @Size(min = 1, max = MAX_GROUP_ITEMS) @Schema(description = "Meet ANY: at least one item's conditions hold")
        List<@NotNull @Valid RuleConditions> any) {

    public static final String CHANNEL_PATTERN = "[a-z0-9][a-z0-9_-]{0,31}";
    /** Items per group. */
    public static final int MAX_GROUP_ITEMS = 20;

    /** Conditions without groups. */
    public RuleConditions(Keywords keywords, Senders senders, Schedule schedule, DateRange dateRange, Audience audience, List<String> channels) {
        this(keywords, senders, schedule, dateRange, audience, channels, null, null);
    }

    @Schema(description = "Keyword condition: whole words, case- and accent-insensitive")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Keywords(
            @Schema(description = "any: one keyword occurs; all: every keyword occurs; phrase: one keyword occurs as an exact phrase",
                    defaultValue = "any") KeywordMode match,
            @Size(max = 50) @Schema(example = "[\"vacation\", \"out of office\"]")
            List<@NotBlank @Size(max = 100) String> terms,
            @Size(max = 200) @Schema(description = "Regular expression in RE2 syntax (linear-time: no backreferences or lookaround), "
                    + "case-insensitive, at most 200 characters and 1,000 compiled instructions", example = "order\\s+#?\\d{5,}") String regex) {
    }

    @Schema(description = "Sender condition: any listed id, address or domain (subdomains included); excluded senders are never answered")
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record Senders(
            @Size(max = 500) List<@NotNull UUID> ids,
            @Size(max = 500) List<@NotBlank @Email @Size(max = 320) String> emails,
            @Size(max = 200) @Schema(example = "[\"example.com\"]")
            List<@NotBlank @Pattern(regexp = DOMAIN, message = "must be a domain name such as example.com") String> domains,
            @Size(max = 500) List<@NotNull UUID> excludeIds,
            @Size(max = 500) List<@NotBlank @Email @Size(max = 320) String> excludeEmails,
            @Size(max = 200) List<@NotBlank @Pattern(regexp = DOMAIN, message = "must be a domain name such as example.com") String> excludeDomains) {

        static final String DOMAIN = "@?([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)*[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?";
    }

    @Schema(description = "Weekly window: on the listed days (every day when empty), from start (inclusive) to end (exclusive) local time; "
            + "when end is not after start the window wraps midnight and belongs to the day it starts on")
    public record Schedule(
            @Size(max = 7) @Schema(example = "[\"monday\", \"tuesday\", \"wednesday\", \"thursday\", \"friday\"]") List<@NotNull Weekday> days,
            @NotNull @Schema(type = SchemaType.STRING, example = "18:00") LocalTime start,
            @NotNull @Schema(type = SchemaType.STRING, example = "09:00") LocalTime end,
            @NotBlank @Schema(description = "IANA time zone", example = "Europe/Paris") String timeZone) {
    }

    @Schema(description = "Date range; either end may be open")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record DateRange(
            @PlausibleTime @Schema(example = "2026-07-01T00:00:00+02:00") OffsetDateTime from,
            @PlausibleTime @Schema(example = "2026-07-15T00:00:00+02:00") OffsetDateTime until) {
    }
}
