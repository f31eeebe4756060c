package io.pulse.messaging.autoresponse.model;

import java.time.DayOfWeek;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Days of the week as the API spells them. */
public enum Weekday {
    @JsonProperty("monday") MONDAY,
    @JsonProperty("tuesday") TUESDAY,
    @JsonProperty("wednesday") WEDNESDAY,
    @JsonProperty("thursday") THURSDAY,
    @JsonProperty("friday") FRIDAY,
    @JsonProperty("saturday") SATURDAY,
    @JsonProperty("sunday") SUNDAY;

    public DayOfWeek toDayOfWeek() {
        return DayOfWeek.valueOf(name());
    }
}
