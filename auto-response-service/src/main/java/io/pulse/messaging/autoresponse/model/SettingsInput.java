package io.pulse.messaging.autoresponse.model;

import java.util.List;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The user's settings as the client writes them. */
@Schema(name = "SettingsInput", description = "The user's auto-reply settings", example = LibraryExamples.SETTINGS_INPUT)
public record SettingsInput(
        @NotNull @Size(max = 100)
        @Schema(description = "The user's own domains: a sender whose address is in one of them, or in a subdomain of one, is internal "
                + "(for every rule's audience and internal reply) even when the caller does not say so; the caller's internalSender "
                + "flag still makes any sender internal. Domain names such as example.com, stored in lower case.")
        List<@NotNull @Size(max = 253) @Pattern(regexp = DOMAIN, message = "must be a domain name such as example.com") String> internalDomains) {

    /** A domain name: labels of letters, digits and inner hyphens, at least two of them, the last not all digits. */
    public static final String DOMAIN = "(?i)(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z]([a-z0-9-]{0,61}[a-z0-9])?";
}
