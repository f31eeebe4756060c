package io.pulse.messaging.autoresponse.model;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** OpenAPI examples of the settings, contacts and canned responses (the rest are in {@link Examples}). */
public final class LibraryExamples {

    private LibraryExamples() {
    }

    /** The shape of a page of contacts, for the OpenAPI document only. */
    @Schema(name = "PageContactView", description = "One page of contacts, newest first")
    public record ContactPage(List<ContactView> items, @Schema(nullable = true, description = "Opaque; null on the last page") String nextCursor) {
    }

    /** The shape of a page of canned responses, for the OpenAPI document only. */
    @Schema(name = "PageCannedResponseView", description = "One page of canned responses, newest first")
    public record CannedResponsePage(List<CannedResponseView> items,
                                     @Schema(nullable = true, description = "Opaque; null on the last page") String nextCursor) {
    }

    public static final String SETTINGS_INPUT = """
            {"internalDomains": ["example.com", "example-corp.fr"]}""";

    public static final String SETTINGS = """
            {"internalDomains": ["example.com", "example-corp.fr"], "updatedAt": "2026-06-20T08:00:00Z"}""";

    public static final String CONTACT_INPUT = """
            {"email": "anna@partner.example.org", "name": "Anna Müller"}""";

    public static final String CONTACT = """
            {"id": "0192f3a0-2222-7000-8000-000000000001", "email": "anna@partner.example.org", "senderId": null,
             "name": "Anna Müller", "createdAt": "2026-06-20T08:00:00Z"}""";

    public static final String CONTACTS_PAGE = """
            {"items": [{"id": "0192f3a0-2222-7000-8000-000000000001", "email": "anna@partner.example.org", "senderId": null,
                        "name": "Anna Müller", "createdAt": "2026-06-20T08:00:00Z"}], "nextCursor": null}""";

    public static final String CONTACTS_IMPORT = """
            {"contacts": [{"email": "anna@partner.example.org", "name": "Anna Müller"}, {"senderId": "0192f3a0-0000-7000-8000-00000000aa01"}]}""";

    public static final String CONTACTS_IMPORTED = """
            {"added": 1, "alreadyListed": 1}""";

    public static final String CANNED_INPUT = """
            {"name": "Price list", "template": "Hi {{sender.firstName | \\"there\\"}}, our price list is at example.com/prices.",
             "tags": ["sales", "pricing"]}""";

    public static final String CANNED = """
            {"id": "0192f3a0-3333-7000-8000-000000000001", "name": "Price list",
             "template": "Hi {{sender.firstName | \\"there\\"}}, our price list is at example.com/prices.", "tags": ["sales", "pricing"],
             "createdAt": "2026-06-20T08:00:00Z", "updatedAt": "2026-06-20T08:00:00Z"}""";

    public static final String CANNED_PAGE = """
            {"items": [{"id": "0192f3a0-3333-7000-8000-000000000001", "name": "Price list",
                        "template": "Hi {{sender.firstName | \\"there\\"}}, our price list is at example.com/prices.", "tags": ["sales"],
                        "createdAt": "2026-06-20T08:00:00Z", "updatedAt": "2026-06-20T08:00:00Z"}], "nextCursor": null}""";

    public static final String PROBLEM_CANNED_IN_USE = """
            {"type": "urn:pulse:problem:conflict", "title": "Conflict", "status": 409,
             "detail": "Canned response 'Price list' is used by 1 rule(s): 'Pricing' (0192f3a0-1111-7000-8000-000000000001). Point them at another reply first.",
             "instance": "/api/auto-responses/canned-responses/0192f3a0-3333-7000-8000-000000000001"}""";
}
