package io.pulse.messaging.intelligence.model;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SentimentBatchRequest", description = "Up to 1,000 texts to score; nothing is stored.",
        example = "{\"texts\": [\"Thanks, this is great!\", \"The deploy failed again :(\"]}")
public record SentimentBatchRequest(
        @NotEmpty @Size(max = 1000) List<@NotBlank @Size(max = 5_000) String> texts) {
}
