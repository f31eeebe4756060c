package io.pulse.messaging.summarization.service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.util.Set;

import jakarta.inject.Singleton;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotNull;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

import io.pulse.messaging.summarization.model.SummaryRequest;

/**
 * Reads a summary request body as the REST layer reads a {@code @NotNull @Valid SummaryRequest} parameter, with the same
 * answers to bad input: the application's mapper (no body, or only whitespace, is null, as Quarkus REST reads it), then
 * Bean Validation of the parameter {@code request} of a method {@code summarize} ({@link Signature}), so that every
 * violation has the path it had ({@code summarize.request.messages[0].id}, answered as {@code messages[0].id}). The
 * resource takes the raw body so that a repeated one ({@link KnownBodies}) is not read at all.
 */
@Singleton
class SummaryRequests {

    /** The body parameter as the resource declared it. */
    static final class Signature {

        /** Declares the constraints only; never called. */
        public void summarize(@NotNull @Valid SummaryRequest request) {
            throw new UnsupportedOperationException();
        }
    }

    private static final Signature SIGNATURE = new Signature();
    private static final Method SUMMARIZE;

    static {
        try {
            SUMMARIZE = Signature.class.getMethod("summarize", SummaryRequest.class);
        } catch (NoSuchMethodException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private final ObjectReader reader;
    private final Validator validator;

    SummaryRequests(ObjectMapper mapper, Validator validator) {
        this.reader = mapper.readerFor(SummaryRequest.class);
        this.validator = validator;
    }

    /**
     * The valid request {@code body} holds. Malformed or mistyped JSON throws Jackson's exception, an invalid request a
     * {@link ConstraintViolationException}: the problem mappers answer both as they answer the REST layer's.
     */
    SummaryRequest read(byte[] body) throws IOException {
        SummaryRequest request = parse(body);
        Set<ConstraintViolation<Signature>> violations = validator.forExecutables()
                .validateParameters(SIGNATURE, SUMMARIZE, new Object[] {request});
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return request;
    }

    /** {@link #read} of a body read successfully before (by a known body whose job must compute after all). */
    SummaryRequest reread(byte[] body) {
        try {
            return read(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private SummaryRequest parse(byte[] body) throws IOException {
        if (body.length == 0) {
            return null;
        }
        try {
            return reader.readValue(body);
        } catch (MismatchedInputException e) {
            if (e.getMessage() != null && e.getMessage().startsWith("No content")) {
                return null; // only whitespace: Quarkus REST reads it as no body
            }
            throw e;
        }
    }
}
