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

    /**
     * The snapshot: the content, with each picture named by the SHA-256 of its SVG ("pictures": {exercise id: sha});
     * the SVGs themselves are stored once each beside the handouts (see {@link #pictureSvgs}).
     */
    public static String toJson(HandoutContent content) {
        try {
            com.fasterxml.jackson.databind.node.ObjectNode tree = JSON.valueToTree(content);
            com.fasterxml.jackson.databind.node.ObjectNode pictures = tree.putObject("pictures");
            new java.util.TreeMap<>(content.pictures()).forEach((id, svg) -> pictures.put(id, sha256(svg)));
            return JSON.writeValueAsString(tree);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new IllegalStateException("the handout could not be recorded as JSON", e);
        }
    }

    /** The SVGs of a handout's pictures by their SHA-256, to store beside its snapshot. */
    public static java.util.Map<String, String> pictureSvgs(HandoutContent content) {
        java.util.Map<String, String> out = new java.util.HashMap<>();
        content.pictures().values().forEach(svg -> out.put(sha256(svg), svg));
        return out;
    }

    /** What a snapshot printed, without its pictures' SVGs. */
    public static HandoutContent fromJson(String json) {
        try {
            return JSON.readValue(json, HandoutContent.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the stored handout snapshot cannot be read: " + e.getOriginalMessage(), e);
        }
    }

    /** The pictures a snapshot names: exercise id to SHA-256 (empty for snapshots from before pictures). */
    public static java.util.Map<String, String> pictureShas(String json) {
        try {
            com.fasterxml.jackson.databind.JsonNode pictures = JSON.readTree(json).path("pictures");
            java.util.Map<String, String> out = new java.util.HashMap<>();
            pictures.fields().forEachRemaining(e -> out.put(e.getKey(), e.getValue().asText()));
            return out;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the stored handout snapshot cannot be read: " + e.getOriginalMessage(), e);
        }
    }

    static String sha256(String text) {
        return org.physiokiosk.Sha256.hex(text);
    }
}
