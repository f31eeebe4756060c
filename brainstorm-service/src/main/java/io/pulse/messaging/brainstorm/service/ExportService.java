package io.pulse.messaging.brainstorm.service;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.pulse.messaging.brainstorm.model.ExportView;
import io.pulse.messaging.common.reactive.OffLoop;
import io.smallrye.mutiny.Uni;

/**
 * A session's whole content as a document: ideas by step and by cluster, votes and contributors. The content is read
 * in one transaction ({@link ExportReads}); the document (and its Markdown) is put together after it, on a worker
 * thread: for a large session that is real work, which neither the event loop nor a held connection should wait for.
 */
@ApplicationScoped
public class ExportService {

    private final ExportReads reads;

    public ExportService(ExportReads reads) {
        this.reads = reads;
    }

    public Uni<ExportView> export(UUID sessionId) {
        return reads.content(sessionId).chain(content -> OffLoop.compute(() -> ExportDocument.of(content)));
    }

    /** The export as a Markdown document. */
    public Uni<String> markdown(UUID sessionId) {
        return reads.content(sessionId).chain(content -> OffLoop.compute(() -> ExportMarkdown.of(ExportDocument.of(content))));
    }
}
