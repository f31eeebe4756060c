package io.pulse.messaging.autoresponse.service;

import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.pulse.messaging.autoresponse.model.SettingsInput;
import io.pulse.messaging.autoresponse.model.SettingsView;
import io.pulse.messaging.autoresponse.model.UserSettings;
import io.pulse.messaging.autoresponse.repository.SettingsRepository;
import io.pulse.messaging.common.lifecycle.AuditEvent;
import io.pulse.messaging.common.lifecycle.SqlAuditTrail;
import io.pulse.messaging.common.ownership.SqlOwnership;
import io.pulse.messaging.common.time.Timestamps;
import io.smallrye.mutiny.Uni;

/**
 * The user's settings: their own domains. Evaluation reads them in its first transaction (they are not compiled into the
 * rules), so a change applies to the next evaluation on every replica without a rules version.
 */
@ApplicationScoped
public class SettingsService {

    private final SettingsRepository settings;
    private final SqlAuditTrail trail;
    private final SqlOwnership ownership;
    private final ObjectMapper json;
    private final Clock clock;

    public SettingsService(SettingsRepository settings, SqlAuditTrail trail, SqlOwnership ownership, ObjectMapper json, Clock clock) {
        this.ownership = ownership;
        this.settings = settings;
        this.trail = trail;
        this.json = json;
        this.clock = clock;
    }

    public Uni<SettingsView> get() {
        return ownership.sqlAsCurrentUser(settings::find).map(this::view);
    }

    /** Replaces the settings; audited with the number of domains (not the domains). */
    public Uni<SettingsView> put(SettingsInput input) {
        List<String> domains = normalised(input.internalDomains());
        return ownership.sqlAsCurrentUser(scope -> settings.find(scope).chain(existing -> {
            UserSettings row = existing != null ? existing : new UserSettings();
            String before = existing == null ? "[]" : existing.getInternalDomains();
            row.setInternalDomains(write(domains));
            row.setUpdatedAt(Timestamps.now(clock));
            Uni<UserSettings> saved = existing != null ? settings.update(scope, row) : settings.insert(scope, row);
            return saved.call(s -> domains.equals(read(before)) ? Uni.createFrom().voidItem()
                    : trail.record(scope, AuditEvent.of("settings.updated", "settings", s.getId())
                            .with(Map.of("fields", List.of("internalDomains"), "internalDomainCount", domains.size()))));
        })).map(this::view);
    }

    /** Lower case, without a trailing dot, each once, in the order given. */
    static List<String> normalised(List<String> domains) {
        Set<String> out = new LinkedHashSet<>();
        for (String domain : domains) {
            String d = domain.strip().toLowerCase(Locale.ROOT);
            out.add(d.endsWith(".") ? d.substring(0, d.length() - 1) : d);
        }
        return List.copyOf(out);
    }

    private SettingsView view(UserSettings row) {
        return row == null ? new SettingsView(List.of(), null) : new SettingsView(read(row.getInternalDomains()), row.getUpdatedAt());
    }

    private List<String> read(String stored) {
        try {
            return List.of(json.readValue(stored, String[].class));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored internal domains are not readable", e);
        }
    }

    private String write(List<String> domains) {
        try {
            return json.writeValueAsString(domains);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
