package org.physiokiosk.clinic;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The emergency number a handout suggests until the clinic has set its own, by the country of the computer it is
 * printed on. Only countries whose number was read from a public source of that country (or, for the European
 * Union, the European Commission) are here, each with that source; any other country gets no number, and the
 * handout says only "your local emergency number". A guess printed on a warning is worse than none.
 */
public final class EmergencyNumbers {

    private static final String EU_112 = "https://digital-strategy.ec.europa.eu/en/policies/112";

    private static final Map<String, EmergencyNumber> BY_COUNTRY = new LinkedHashMap<>();

    static {
        add("US", "the United States", "911", "https://www.911.gov/");
        add("CA", "Canada", "911", "https://crtc.gc.ca/eng/phone/911/can.htm");
        add("GB", "the United Kingdom", "999",
                "https://www.nhs.uk/nhs-services/urgent-and-emergency-care-services/when-to-call-999/");
        add("AU", "Australia", "000", "https://www.triplezero.gov.au/");
        add("NZ", "New Zealand", "111", "https://www.police.govt.nz/contact-us/calling-emergency-111");
        add("IN", "India", "112", "https://www.mha.gov.in/en/commoncontent/emergency-response-support-system-erss");
        add("IS", "Iceland", "112", "https://www.112.is/");
        // 112 reaches the ambulance in every member state of the European Union (some have national numbers too).
        for (String[] member : new String[][] {
            {"AT", "Austria"}, {"BE", "Belgium"}, {"BG", "Bulgaria"}, {"HR", "Croatia"}, {"CY", "Cyprus"},
            {"CZ", "Czechia"}, {"DK", "Denmark"}, {"EE", "Estonia"}, {"FI", "Finland"}, {"FR", "France"},
            {"DE", "Germany"}, {"GR", "Greece"}, {"HU", "Hungary"}, {"IE", "Ireland"}, {"IT", "Italy"},
            {"LV", "Latvia"}, {"LT", "Lithuania"}, {"LU", "Luxembourg"}, {"MT", "Malta"},
            {"NL", "the Netherlands"}, {"PL", "Poland"}, {"PT", "Portugal"}, {"RO", "Romania"},
            {"SK", "Slovakia"}, {"SI", "Slovenia"}, {"ES", "Spain"}, {"SE", "Sweden"}}) {
            add(member[0], member[1], "112", EU_112);
        }
    }

    private EmergencyNumbers() {
    }

    private static void add(String country, String name, String number, String source) {
        BY_COUNTRY.put(country, new EmergencyNumber(country, name, number, source));
    }

    /** Every country with a known number, each with its source. */
    public static List<EmergencyNumber> all() {
        return List.copyOf(BY_COUNTRY.values());
    }

    /** The number of the country with this ISO 3166 code (any case); empty for a country not in the table. */
    public static Optional<EmergencyNumber> of(String country) {
        return country == null ? Optional.empty()
                : Optional.ofNullable(BY_COUNTRY.get(country.strip().toUpperCase(Locale.ROOT)));
    }

    /**
     * The number for a computer with this locale and time zone: the locale's country, or, when the locale names
     * none (a bare "en", or the C locale some kiosks run in), the country of the time zone ("Europe/London" is in
     * GB). Empty when neither names a country in the table ("Etc/UTC" names none).
     */
    public static Optional<EmergencyNumber> forComputer(Locale locale, String timeZone) {
        String country = locale == null ? "" : locale.getCountry();
        if (country.isEmpty() && timeZone != null) {
            country = countryOfZone(timeZone);
        }
        return of(country);
    }

    /** The ISO 3166 code of the country a time zone is in, from ICU's copy of the time zone database; "" if none. */
    static String countryOfZone(String timeZone) {
        try {
            String region = com.ibm.icu.util.TimeZone.getRegion(timeZone);
            return region != null && region.matches("[A-Z]{2}") ? region : "";
        } catch (IllegalArgumentException unknown) {
            return "";
        }
    }
}
