package io.pulse.messaging.summarization.model;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores {@link SummaryType} as its lower_snake value, as the table's check constraint expects. */
@Converter
public class SummaryTypeConverter implements AttributeConverter<SummaryType, String> {

    @Override
    public String convertToDatabaseColumn(SummaryType type) {
        return type == null ? null : type.value();
    }

    @Override
    public SummaryType convertToEntityAttribute(String value) {
        return value == null ? null : SummaryType.of(value);
    }
}
