package org.physiokiosk.handout;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * Exactly what a handout printed, as JSON: every exercise's text, dosage and instruction, the red
 * flags, tips and clinic details. Stored with each handout so a reprint reproduces the same text even
 * after the catalogue or the clinic's settings change.
 */
public final class HandoutSnapshot {

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private HandoutSnapshot() {
    }

    public static String toJson(HandoutContent content) {
        try {
            return JSON.writeValueAsString(content);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the handout could not be recorded as JSON", e);
        }
    }

    public static HandoutContent fromJson(String json) {
        try {
            return JSON.readValue(json, HandoutContent.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the stored handout snapshot cannot be read: " + e.getOriginalMessage(), e);
        }
    }
}
