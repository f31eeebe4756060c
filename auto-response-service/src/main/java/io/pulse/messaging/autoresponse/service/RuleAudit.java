package io.pulse.messaging.autoresponse.service;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.inject.Singleton;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.pulse.messaging.autoresponse.model.AutoResponseRule;
import io.pulse.messaging.common.lifecycle.AuditEvent;
import io.pulse.messaging.common.lifecycle.SqlAuditTrail;
import io.pulse.messaging.common.ownership.SqlScope;
import io.smallrye.mutiny.Uni;

/**
 * Audit entries for changes to rules and the out-of-office reply, written in the change's transaction: which fields of
 * the API form changed ({@code conditions.*} one by one) and, for settings only, their new values: flags, numbers and
 * enums. Never a name, reply text, subject, keyword, pattern or sender list. When only the enabled flag changed, the
 * action is {@code <object>.enabled} or {@code <object>.disabled}; a save that changed nothing is not recorded.
 */
@Singleton
public class RuleAudit {

    /** The fields whose new values the trail keeps: settings, never text. */
    private static final Set<String> SETTINGS = Set.of("enabled", "priority", "personalise", "generatedReply", "tone", "timeZone",
            "cooldownMinutes", "audience", "conditions.audience", "internalAudience", "externalAudience");
    private static final String KEYWORD_MATCH = "conditions.keywords";

    private final SqlAuditTrail trail;
    private final RuleMapper mapper;
    private final ObjectMapper json;

    public RuleAudit(SqlAuditTrail trail, RuleMapper mapper, ObjectMapper json) {
        this.trail = trail;
        this.mapper = mapper;
        this.json = json;
    }

    /** The rule as the audit compares it: its API form (out-of-office rules in the out-of-office form). */
    public JsonNode snapshot(AutoResponseRule rule) {
        ObjectNode node = json.valueToTree(outOfOffice(rule) ? mapper.outOfOfficeView(rule) : mapper.input(rule));
        node.remove(List.of("id", "active", "updatedAt"));
        return node;
    }

    /** Records the rule's creation (every field it was given), or its change from {@code before}; nothing when nothing changed. */
    public Uni<Void> saved(SqlScope scope, JsonNode before, AutoResponseRule after) {
        String object = outOfOffice(after) ? "out_of_office" : "rule";
        JsonNode now = snapshot(after);
        List<String> fields = changed(before, now);
        if (fields.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        String verb = before == null ? "created"
                : fields.equals(List.of("enabled")) ? (after.isEnabled() ? "enabled" : "disabled") : "updated";
        Map<String, Object> changes = new LinkedHashMap<>();
        changes.put("fields", fields);
        for (String field : fields) {
            if (SETTINGS.contains(field)) {
                changes.put(field, json.convertValue(value(now, field), Object.class));
            }
        }
        if (fields.contains(KEYWORD_MATCH) && value(now, KEYWORD_MATCH + ".match") != null) {
            changes.put("keywordMatch", value(now, KEYWORD_MATCH + ".match").asText());
        }
        return trail.record(scope, AuditEvent.of(object + "." + verb, object, after.getId()).with(changes));
    }

    /** Records the rule's deletion. */
    public Uni<Void> deleted(SqlScope scope, AutoResponseRule rule) {
        String object = outOfOffice(rule) ? "out_of_office" : "rule";
        return trail.record(scope, AuditEvent.of(object + ".deleted", object, rule.getId()));
    }

    /** The names of the fields that differ, {@code conditions} field by field; absent and null are the same. */
    static List<String> changed(JsonNode before, JsonNode after) {
        List<String> fields = new ArrayList<>();
        for (String name : names(before, after)) {
            JsonNode old = present(before == null ? null : before.get(name));
            JsonNode now = present(after.get(name));
            if ("conditions".equals(name) && (old == null || old.isObject()) && (now == null || now.isObject())) {
                changed(old, now == null ? JsonNodeFactory.instance.objectNode() : now).forEach(field -> fields.add("conditions." + field));
            } else if (old == null ? now != null : !old.equals(now)) {
                fields.add(name);
            }
        }
        return fields;
    }

    private static Set<String> names(JsonNode before, JsonNode after) {
        Set<String> names = new LinkedHashSet<>();
        for (JsonNode node : new JsonNode[] { after, before }) {
            if (node != null) {
                Iterator<String> it = node.fieldNames();
                it.forEachRemaining(names::add);
            }
        }
        return names;
    }

    private static JsonNode present(JsonNode node) {
        return node == null || node.isNull() || (node.isContainerNode() && node.isEmpty()) ? null : node;
    }

    private static JsonNode value(JsonNode node, String path) {
        JsonNode at = node;
        for (String part : path.split("\\.")) {
            at = at == null ? null : at.get(part);
        }
        return present(at);
    }

    private static boolean outOfOffice(AutoResponseRule rule) {
        return AutoResponseRule.KIND_OUT_OF_OFFICE.equals(rule.getKind());
    }
}
