package io.pulse.messaging.brainstorm.rest;

import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.pulse.messaging.brainstorm.model.ClusteringConflictProblem;
import io.pulse.messaging.brainstorm.service.ClusteringConflict;
import io.pulse.messaging.common.error.Problem;
import io.pulse.messaging.common.error.ProblemType;
import io.vertx.core.http.HttpServerRequest;

/** An edit on an older version of the clustering: 409 problem+json with the clustering as it is now. */
public class ClusteringConflictMapper {

    @ServerExceptionMapper
    public Response conflict(ClusteringConflict e, HttpServerRequest request) {
        ProblemType type = ProblemType.CONFLICT;
        return Response.status(type.status()).type(Problem.MEDIA_TYPE)
                .entity(new ClusteringConflictProblem(type.uri(), type.title(), type.status(), e.getMessage(), request.path(), e.current()))
                .build();
    }
}
