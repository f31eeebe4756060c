package io.pulse.messaging.autoresponse.engine;

import com.fasterxml.jackson.annotation.JsonProperty;

/** How a rule's keywords combine. */
public enum KeywordMode {
    /** At least one keyword (each a whole word or a run of whole words) occurs. */
    @JsonProperty("any") ANY,
    /** Every keyword occurs, anywhere. */
    @JsonProperty("all") ALL,
    /** One of the keywords occurs as an exact phrase: its words in this order, next to each other. */
    @JsonProperty("phrase") PHRASE
}
