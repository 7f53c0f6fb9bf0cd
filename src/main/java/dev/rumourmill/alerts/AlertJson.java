package dev.rumourmill.alerts;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/** How an {@link AlertMessage} is kept in the outbox: JSON, so a restart sends exactly what was routed. */
final class AlertJson {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private AlertJson() {
    }

    static String write(AlertMessage message) {
        try {
            return MAPPER.writeValueAsString(message);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise an alert", e);
        }
    }

    static AlertMessage read(String json) {
        try {
            return MAPPER.readValue(json, AlertMessage.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot read a stored alert: " + e.getOriginalMessage(), e);
        }
    }
}
