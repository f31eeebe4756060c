package io.pulse.messaging.autoresponse.service;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.inject.Singleton;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.pulse.messaging.autoresponse.engine.Conditions;
import io.pulse.messaging.autoresponse.engine.DateRange;
import io.pulse.messaging.autoresponse.engine.KeywordCondition;
import io.pulse.messaging.autoresponse.engine.RuleActions;
import io.pulse.messaging.autoresponse.engine.RuleDefinition;
import io.pulse.messaging.autoresponse.engine.SafeRegex;
import io.pulse.messaging.autoresponse.engine.Schedule;
import io.pulse.messaging.autoresponse.engine.SenderCondition;
import io.pulse.messaging.autoresponse.engine.Template;
import io.pulse.messaging.autoresponse.engine.TemplateException;
import io.pulse.messaging.autoresponse.engine.Tone;
import io.pulse.messaging.autoresponse.model.AutoResponseRule;
import io.pulse.messaging.autoresponse.model.RuleAction;
import io.pulse.messaging.autoresponse.model.RuleConditions;
import io.pulse.messaging.autoresponse.model.Weekday;
import io.pulse.messaging.common.error.FieldError;

/**
 * Turns rules as stored (or about to be stored) into engine rules, collecting every problem as a field error: a
 * template with an unknown placeholder or broken syntax (with its position), a pattern too long or invalid, an
 * unknown time zone, a date range that ends before it starts, a keyword without letters.
 */
@Singleton
public class RuleCompiler {

    private final ObjectMapper json;

    public RuleCompiler(ObjectMapper json) {
        this.json = json;
    }

    /** Field names of the template fields, which differ between the rules API and the out-of-office API. */
    public record Fields(String template, String internalTemplate, String conditions) {
        public static final Fields RULE = new Fields("template", "internalTemplate", "conditions");
        public static final Fields OUT_OF_OFFICE = new Fields("message", "internalMessage", "");
    }

    /**
     * Compiles a stored rule. Stored rules were validated on save, so a failure here is a bug (thrown), with one exception:
     * a pattern saved before patterns ran on RE2 that RE2 cannot run compiles to one that never matches and says why.
     */
    public RuleDefinition compile(AutoResponseRule rule) {
        List<FieldError> errors = new ArrayList<>();
        RuleDefinition definition = compile(rule, Fields.RULE, errors, true);
        if (!errors.isEmpty()) {
            throw new IllegalStateException("Stored rule " + rule.getId() + " does not compile: " + errors);
        }
        return definition;
    }

    /** Compiles a rule about to be saved, adding a field error for each problem; the result is null when there are any. */
    public RuleDefinition compile(AutoResponseRule rule, Fields fields, List<FieldError> errors) {
        return compile(rule, fields, errors, false);
    }

    private RuleDefinition compile(AutoResponseRule rule, Fields fields, List<FieldError> errors, boolean stored) {
        RuleConditions c = conditionsOf(rule);
        int before = errors.size();
        ZoneId zone = zone(rule.getTimeZone(), "timeZone", errors);
        List<RuleAction> given = actionsOf(rule.getId(), rule.getActions());
        RuleActions actions = ActionCompiler.compile(given, errors);
        Template template = null;
        if (rule.getResponseTemplate() != null && !rule.getResponseTemplate().isBlank()) {
            template = template(rule.getResponseTemplate(), fields.template(), errors);
        } else if (actions.reply()) {
            errors.add(new FieldError(fields.template(), "must not be blank: the rule has a reply action"));
        }
        Template internal = rule.getInternalTemplate() == null ? null : template(rule.getInternalTemplate(), fields.internalTemplate(), errors);
        Conditions conditions = conditions(c, fields.conditions(), errors, stored);
        if (errors.size() > before) {
            return null;
        }
        return new RuleDefinition(
                rule.getId() == null ? new UUID(0, 0) : rule.getId(),
                rule.getName(),
                rule.isEnabled(),
                rule.getPriority(),
                rule.getCreatedAt() == null ? Instant.MAX : rule.getCreatedAt().toInstant(),
                conditions,
                template,
                internal,
                rule.isPersonalise(),
                Tone.valueOf(rule.getTone().toUpperCase()),
                zone,
                Duration.ofSeconds(rule.getCooldownSeconds()),
                rule.isGeneratedReply(),
                rule.getReplySubject(),
                actions);
    }

    public RuleConditions conditionsOf(AutoResponseRule rule) {
        return conditionsOf(rule.getId(), rule.getConditions());
    }

    /** Stored conditions (the JSON of rule {@code id}) as the API gives them. */
    public RuleConditions conditionsOf(UUID id, String conditions) {
        try {
            return conditions == null ? empty() : json.readValue(conditions, RuleConditions.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored conditions of rule " + id + " are not readable", e);
        }
    }

    /** Stored actions (the JSON of rule {@code id}) as the API gives them; null when the rule has none stored (reply only). */
    public List<RuleAction> actionsOf(UUID id, String actions) {
        try {
            return actions == null ? null : json.convertValue(json.readTree(actions).path("items"), ACTIONS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored actions of rule " + id + " are not readable", e);
        }
    }

    /** Actions as stored, {"items": [...]} (Hibernate Reactive reads JSON columns as objects): null for none given (reply only). */
    public String actionsJson(List<RuleAction> actions) {
        try {
            return actions == null ? null : json.writeValueAsString(java.util.Map.of("items", actions));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static final TypeReference<List<RuleAction>> ACTIONS = new TypeReference<>() {
    };

    public String toJson(RuleConditions conditions) {
        try {
            return json.writeValueAsString(conditions == null ? empty() : conditions);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static RuleConditions empty() {
        return new RuleConditions(null, null, null, null, null, null, null, null);
    }

    /** Conditions (at depth 0: a rule's own; 1: a group's item; 2: an item of a group nested in an item, which has no groups). */
    private Conditions conditions(RuleConditions c, String prefix, List<FieldError> errors, boolean stored) {
        if (ConditionLimits.count(c) > ConditionLimits.MAX_CONDITIONS) {
            errors.add(new FieldError(prefix.isEmpty() ? "conditions" : prefix, "has " + ConditionLimits.count(c)
                    + " conditions; a rule may have at most " + ConditionLimits.MAX_CONDITIONS + ", groups included"));
        }
        return conditions(c, prefix, errors, stored, 0);
    }

    private Conditions conditions(RuleConditions c, String prefix, List<FieldError> errors, boolean stored, int depth) {
        String p = prefix.isEmpty() ? "" : prefix + ".";
        if (depth >= 2 && (c.all() != null || c.any() != null)) {
            errors.add(new FieldError(p + (c.all() != null ? "all" : "any"), "groups nest one level at most: an item of a nested group "
                    + "cannot hold a group"));
            return null;
        }
        List<Conditions> all = group(c.all(), p + "all", errors, stored, depth);
        List<Conditions> any = group(c.any(), p + "any", errors, stored, depth);
        KeywordCondition keywords = keywords(c.keywords(), p, errors, stored);
        SenderCondition senders = null;
        if (c.senders() != null) {
            RuleConditions.Senders s = c.senders();
            senders = new SenderCondition(set(s.ids()), set(s.emails()), set(s.domains()), set(s.excludeIds()), set(s.excludeEmails()),
                    set(s.excludeDomains()));
        }
        Schedule schedule = null;
        if (c.schedule() != null && c.schedule().start() != null && c.schedule().end() != null) {
            ZoneId zone = zone(c.schedule().timeZone(), p + "schedule.timeZone", errors);
            Set<java.time.DayOfWeek> days = EnumSet.noneOf(java.time.DayOfWeek.class);
            if (c.schedule().days() != null) {
                c.schedule().days().stream().filter(d -> d != null).map(Weekday::toDayOfWeek).forEach(days::add);
            }
            if (zone != null) {
                schedule = new Schedule(days, c.schedule().start(), c.schedule().end(), zone);
            }
        }
        DateRange range = null;
        if (c.dateRange() != null && (c.dateRange().from() != null || c.dateRange().until() != null)) {
            Instant from = c.dateRange().from() == null ? null : c.dateRange().from().toInstant();
            Instant until = c.dateRange().until() == null ? null : c.dateRange().until().toInstant();
            if (from != null && until != null && !from.isBefore(until)) {
                errors.add(new FieldError(p + "dateRange.until", "must be after from"));
            }
            range = new DateRange(from, until);
        }
        return new Conditions(keywords, senders, schedule, range, c.audience(),
                c.channels() == null ? null : new HashSet<>(c.channels()), all, any);
    }

    /** The keyword condition (null when it has neither terms nor a regex); errors name each bad term and the regex. */
    private static KeywordCondition keywords(RuleConditions.Keywords k, String p, List<FieldError> errors, boolean stored) {
        if (k == null || (k.terms() == null || k.terms().isEmpty()) && k.regex() == null) {
            return null;
        }
        SafeRegex regex = null;
        if (k.regex() != null && stored) {
            regex = SafeRegex.lenient(k.regex());
        } else if (k.regex() != null) {
            try {
                regex = SafeRegex.compile(k.regex());
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError(p + "keywords.regex", e.getMessage()));
            }
        }
        List<String> terms = k.terms() == null ? List.of() : k.terms();
        for (int i = 0; i < terms.size(); i++) {
            try {
                new KeywordCondition(null, List.of(terms.get(i)), null);
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError(p + "keywords.terms[" + i + "]", "has no letters or digits, so it could never match"));
            }
        }
        try {
            return new KeywordCondition(k.match(), terms, regex);
        } catch (IllegalArgumentException e) {
            return null; // already reported per term
        }
    }

    private List<Conditions> group(List<RuleConditions> items, String field, List<FieldError> errors, boolean stored, int depth) {
        if (items == null) {
            return null;
        }
        List<Conditions> compiled = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i) != null) {
                compiled.add(conditions(items.get(i), field + "[" + i + "]", errors, stored, depth + 1));
            }
        }
        return compiled.contains(null) ? null : compiled;
    }

    private static <T> Set<T> set(List<T> values) {
        return values == null ? Set.of() : new HashSet<>(values);
    }

    private static Template template(String source, String field, List<FieldError> errors) {
        try {
            return Template.parse(source);
        } catch (TemplateException e) {
            errors.add(new FieldError(field, e.getMessage()));
            return null;
        }
    }

    /**
     * The region ids this JVM knows, read once: {@link ZoneId#getAvailableZoneIds()} builds a new set of about 600 ids on
     * every call, too much to ask for each rule compiled.
     */
    private static final Set<String> ZONE_IDS = Set.copyOf(ZoneId.getAvailableZoneIds());

    /** An IANA zone id (region ids such as Europe/Paris, or UTC); fixed offsets like +02:00 have no DST rules and are refused. */
    static ZoneId zone(String id, String field, List<FieldError> errors) {
        if (id == null || id.isBlank()) {
            return ZoneOffset.UTC;
        }
        if (!ZONE_IDS.contains(id)) {
            errors.add(new FieldError(field, "must be an IANA time zone such as Europe/Paris"));
            return null;
        }
        try {
            return ZoneId.of(id);
        } catch (DateTimeException e) {
            errors.add(new FieldError(field, "must be an IANA time zone such as Europe/Paris"));
            return null;
        }
    }
}
