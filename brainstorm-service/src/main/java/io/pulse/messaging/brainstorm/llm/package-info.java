/**
 * The language-model side of this service's assistant features, through common's {@code ModelOrLocal}: for each
 * feature a {@code ModelTask} (the prompt, with the session's text as quoted data; the answer read strictly and
 * validated item by item against the session; the local engine's answer as the fallback). Plain Java: no Quarkus or
 * database types, unit-testable without a model.
 */
package io.pulse.messaging.brainstorm.llm;
