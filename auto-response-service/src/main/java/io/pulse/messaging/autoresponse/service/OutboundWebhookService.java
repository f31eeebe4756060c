package io.pulse.messaging.autoresponse.service;

import java.net.URI;
import java.net.URISyntaxException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.pulse.messaging.autoresponse.model.OutboundDeliveryView;
import io.pulse.messaging.autoresponse.model.OutboundWebhookInput;
import io.pulse.messaging.autoresponse.model.OutboundWebhookView;
import io.pulse.messaging.autoresponse.repository.OutboundWebhookRows;
import io.pulse.messaging.common.api.Page;
import io.pulse.messaging.common.api.PageParams;
import io.pulse.messaging.common.error.ApiException;
import io.pulse.messaging.common.ownership.Ids;
import io.pulse.messaging.common.ownership.SqlOwnership;
import io.pulse.messaging.common.time.Timestamps;
import io.smallrye.mutiny.Uni;

/** The request user's outbound webhooks: https URLs (http://localhost where allowed), a secret made here and shown once. */
@ApplicationScoped
public class OutboundWebhookService {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final OutboundWebhookRows rows;
    private final SqlOwnership ownership;
    private final AutoResponseConfig config;
    private final Clock clock;

    public OutboundWebhookService(OutboundWebhookRows rows, SqlOwnership ownership, AutoResponseConfig config, Clock clock) {
        this.rows = rows;
        this.ownership = ownership;
        this.config = config;
        this.clock = clock;
    }

    public Uni<OutboundWebhookView> create(OutboundWebhookInput input) {
        String url = url(input.url());
        UUID id = Ids.newId(clock);
        OffsetDateTime now = Timestamps.now(clock);
        String secret = "whsec_" + HexFormat.of().formatHex(bytes(32));
        boolean enabled = input.enabled() == null || input.enabled();
        return ownership.sqlAsCurrentUser(scope -> rows.insert(scope, id, now, input.name().strip(), url, secret, enabled))
                .map(ignored -> new OutboundWebhookView(id, input.name().strip(), url, enabled, secret, now, now));
    }

    public Uni<Page<OutboundWebhookView>> list(PageParams page) {
        return ownership.sqlAsCurrentUser(scope -> rows.page(scope, page));
    }

    public Uni<OutboundWebhookView> get(UUID id) {
        return ownership.sqlAsCurrentUser(scope -> rows.find(scope, id)).map(OutboundWebhookService::found);
    }

    public Uni<OutboundWebhookView> replace(UUID id, OutboundWebhookInput input) {
        String url = url(input.url());
        boolean enabled = input.enabled() == null || input.enabled();
        return ownership.sqlAsCurrentUser(scope -> rows.update(scope, id, input.name().strip(), url, enabled, Timestamps.now(clock))
                .chain(updated -> updated ? rows.find(scope, id) : Uni.createFrom().nullItem())).map(OutboundWebhookService::found);
    }

    public Uni<Void> delete(UUID id) {
        return ownership.sqlAsCurrentUser(scope -> rows.delete(scope, id)).invoke(deleted -> {
            if (!deleted) {
                throw ApiException.notFound("Outbound webhook");
            }
        }).replaceWithVoid();
    }

    public Uni<Page<OutboundDeliveryView>> deliveries(UUID id, PageParams page) {
        return ownership.sqlAsCurrentUser(scope -> rows.find(scope, id).chain(webhook -> {
            found(webhook);
            return rows.deliveries(scope, id, page);
        }));
    }

    private static OutboundWebhookView found(OutboundWebhookView webhook) {
        if (webhook == null) {
            throw ApiException.notFound("Outbound webhook");
        }
        return webhook;
    }

    /**
     * An absolute https URL with a host outside the service's own network (see {@link WebhookTargets}), or
     * http://localhost (127.0.0.1) where allowed; 400 otherwise.
     */
    String url(String given) {
        URI uri;
        try {
            uri = new URI(given.strip());
        } catch (URISyntaxException e) {
            throw ApiException.invalid("url", "must be an absolute https URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase();
        boolean local = "localhost".equalsIgnoreCase(uri.getHost()) || "127.0.0.1".equals(uri.getHost());
        boolean allowed = "https".equals(scheme) || "http".equals(scheme) && local && config.outbound().allowLocalhost();
        if (uri.getHost() == null || !allowed || uri.getUserInfo() != null) {
            throw ApiException.invalid("url", "must be an absolute https URL without credentials"
                    + (config.outbound().allowLocalhost() ? " (or http://localhost)" : ""));
        }
        String refused = WebhookTargets.literalRefusal(uri, config.outbound().allowLocalhost());
        if (refused != null) {
            throw ApiException.invalid("url", "must point to the public internet: " + refused);
        }
        return uri.toString();
    }

    private static byte[] bytes(int n) {
        byte[] bytes = new byte[n];
        RANDOM.nextBytes(bytes);
        return bytes;
    }
}
