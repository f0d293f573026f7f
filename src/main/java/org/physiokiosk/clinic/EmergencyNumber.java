package org.physiokiosk.clinic;

/**
 * The number to call for an ambulance in one country: {@code country} is its ISO 3166 code ("GB"), {@code name} its
 * English name as a sentence uses it ("the United Kingdom"), {@code source} the public page the number was read from.
 */
public record EmergencyNumber(String country, String name, String number, String source) {
}
