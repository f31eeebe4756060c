package io.pulse.messaging.autoresponse.rest;

import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

import com.fasterxml.jackson.databind.JsonNode;

import io.pulse.messaging.autoresponse.model.Examples;
import io.pulse.messaging.autoresponse.model.RuleInput;
import io.pulse.messaging.autoresponse.model.RuleStatsView;
import io.pulse.messaging.autoresponse.model.RuleView;
import io.pulse.messaging.autoresponse.service.LogService;
import io.pulse.messaging.autoresponse.service.RuleService;
import io.pulse.messaging.common.api.Page;
import io.pulse.messaging.common.api.PageParams;
import io.pulse.messaging.common.error.Problem;
import io.smallrye.mutiny.Uni;

@Path("/api/auto-responses/rules")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Rules", description = "Auto-reply rules: conditions, reply template, priority, cooldown")
public class RulesResource {

    private final RuleService rules;
    private final LogService log;

    public RulesResource(RuleService rules, LogService log) {
        this.rules = rules;
        this.log = log;
    }

    @GET
    @Operation(summary = "List rules in evaluation order", description = "Lower priority first, then older; keyset pagination.")
    @APIResponse(responseCode = "200", description = "One page of rules",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Examples.RulePage.class),
                    examples = @ExampleObject(name = "page", value = Examples.RULES_PAGE)))
    public Uni<Page<RuleView>> list(
            @RestQuery @Parameter(description = "Only enabled (true) or disabled (false) rules", schema = @Schema(type = SchemaType.BOOLEAN)) String enabled,
            @RestQuery @Parameter(description = "rule or out_of_office", schema = @Schema(enumeration = {"rule", "out_of_office"})) String kind,
            @RestQuery @Size(max = 200) @Parameter(description = "Name contains (case-insensitive)") String q,
            @Valid @BeanParam PageParams page) {
        String k = QueryParams.enumValue("kind", kind, RuleView.Kind.values());
        return rules.list(QueryParams.bool("enabled", enabled), k == null ? null : RuleView.Kind.valueOf(k.toUpperCase()), q, page);
    }

    @POST
    @Operation(summary = "Create a rule", description = "Validates templates (unknown placeholders and broken syntax, with their position), "
            + "patterns and time zones (an invalid rule is not saved); answers with warnings when the rule can never fire or conflicts with another.")
    @RequestBody(content = @Content(schema = @Schema(implementation = RuleInput.class)))
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = RuleView.class)))
    @APIResponse(responseCode = "422", description = "The user already has as many rules as one user may (1,000 by default)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem"),
                    examples = @ExampleObject(name = "too many rules", value = Examples.PROBLEM_TOO_MANY_RULES)))
    public Uni<Response> create(@NotNull @Valid RuleInput input) {
        return rules.create(input).map(view -> Response.status(201).entity(view).build());
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Get a rule")
    @APIResponse(responseCode = "200", description = "The rule", content = @Content(schema = @Schema(implementation = RuleView.class)))
    public Uni<RuleView> get(@RestPath UUID id) {
        return rules.get(id);
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Replace a rule", description = "Fields left out take their defaults.")
    @APIResponse(responseCode = "200", description = "The rule as saved, with warnings", content = @Content(schema = @Schema(implementation = RuleView.class)))
    public Uni<RuleView> replace(@RestPath UUID id, @NotNull @Valid RuleInput input) {
        return rules.replace(id, input);
    }

    @PATCH
    @Path("{id}")
    @Consumes({"application/merge-patch+json", MediaType.APPLICATION_JSON})
    @Operation(summary = "Change some fields of a rule", description = "A JSON merge patch (RFC 7396): given fields replace, null removes.")
    @RequestBody(content = @Content(schema = @Schema(implementation = Object.class),
            examples = @ExampleObject(name = "disable and reprioritise", value = "{\"enabled\": false, \"priority\": 5}")))
    @APIResponse(responseCode = "200", description = "The rule as saved, with warnings", content = @Content(schema = @Schema(implementation = RuleView.class)))
    public Uni<RuleView> patch(@RestPath UUID id, JsonNode patch) {
        return rules.patch(id, patch);
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Delete a rule", description = "Its log entries stay, without the rule id.")
    @APIResponse(responseCode = "204", description = "Deleted")
    public Uni<Response> delete(@RestPath UUID id) {
        return rules.delete(id).map(v -> Response.noContent().build());
    }

    @POST
    @Path("{id}/enable")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Enable a rule")
    @APIResponse(responseCode = "200", description = "The rule, with warnings", content = @Content(schema = @Schema(implementation = RuleView.class)))
    public Uni<RuleView> enable(@RestPath UUID id) {
        return rules.setEnabled(id, true);
    }

    @POST
    @Path("{id}/disable")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Disable a rule")
    @APIResponse(responseCode = "200", description = "The rule", content = @Content(schema = @Schema(implementation = RuleView.class)))
    public Uni<RuleView> disable(@RestPath UUID id) {
        return rules.setEnabled(id, false);
    }

    @GET
    @Path("{id}/stats")
    @Operation(summary = "What a rule did: replies sent, suppressed by reason, last fired")
    @APIResponse(responseCode = "200", description = "Counts over the whole log",
            content = @Content(schema = @Schema(implementation = RuleStatsView.class)))
    public Uni<RuleStatsView> stats(@RestPath UUID id) {
        return log.stats(id);
    }
}
