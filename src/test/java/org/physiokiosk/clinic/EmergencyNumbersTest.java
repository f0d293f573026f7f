package org.physiokiosk.clinic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The emergency number a handout suggests from the computer's country, and where each number was read. */
class EmergencyNumbersTest {

    private static String numberFor(Locale locale, String zone) {
        return EmergencyNumbers.forComputer(locale, zone).map(EmergencyNumber::number).orElse("none");
    }

    @Test
    void theLocalesCountryGivesItsNumber() {
        assertThat(numberFor(Locale.UK, "UTC")).isEqualTo("999");
        assertThat(numberFor(Locale.US, "UTC")).isEqualTo("911");
        assertThat(numberFor(Locale.CANADA_FRENCH, "UTC")).isEqualTo("911");
        assertThat(numberFor(new Locale("en", "AU"), "UTC")).isEqualTo("000");
        assertThat(numberFor(new Locale("en", "NZ"), "UTC")).isEqualTo("111");
        assertThat(numberFor(new Locale("hi", "IN"), "UTC")).isEqualTo("112");
        assertThat(numberFor(Locale.GERMANY, "UTC")).isEqualTo("112");
        assertThat(numberFor(new Locale("el", "GR"), "UTC")).isEqualTo("112");
        // The locale's country wins over the time zone: a British locale on a computer set to Sydney time.
        assertThat(numberFor(Locale.UK, "Australia/Sydney")).isEqualTo("999");
    }

    @Test
    void aLocaleWithoutACountryFallsBackOnTheTimeZone() {
        Locale bare = new Locale("en");
        assertThat(numberFor(bare, "Europe/London")).isEqualTo("999");
        assertThat(numberFor(bare, "Australia/Sydney")).isEqualTo("000");
        assertThat(numberFor(bare, "America/Chicago")).isEqualTo("911");
        assertThat(numberFor(bare, "Europe/Berlin")).isEqualTo("112");
        assertThat(numberFor(Locale.ROOT, "Pacific/Auckland")).isEqualTo("111");
        assertThat(numberFor(bare, "Etc/UTC")).as("a zone of no country").isEqualTo("none");
        assertThat(numberFor(bare, "Not/AZone")).isEqualTo("none");
    }

    @Test
    void aCountryNotInTheTableGetsNoNumberAtAll() {
        assertThat(numberFor(new Locale("pt", "BR"), "America/Sao_Paulo")).isEqualTo("none");
        assertThat(numberFor(new Locale("ja", "JP"), "UTC")).isEqualTo("none");
        assertThat(numberFor(new Locale("en"), "Asia/Tokyo")).isEqualTo("none");
        assertThat(EmergencyNumbers.of("")).isEmpty();
        assertThat(EmergencyNumbers.of(null)).isEmpty();
    }

    @Test
    void eachNumberIsNamedForASentenceAndHasItsPublicSource() {
        assertThat(EmergencyNumbers.of("gb")).get().satisfies(n -> {
            assertThat(n.name()).isEqualTo("the United Kingdom");
            assertThat(n.source()).startsWith("https://www.nhs.uk/");
        });
        assertThat(EmergencyNumbers.of("NZ")).get()
                .satisfies(n -> assertThat(n.source()).startsWith("https://www.police.govt.nz/"));
        assertThat(EmergencyNumbers.all()).allSatisfy(n -> {
            assertThat(n.country()).matches("[A-Z]{2}");
            assertThat(n.number()).matches("[0-9]{3}");
            assertThat(n.source()).startsWith("https://");
            assertThat(new Locale("", n.country()).getDisplayCountry(Locale.ENGLISH)).as("a real country code")
                    .isNotEqualTo(n.country());
        });
        // Every member state of the European Union, on the European Commission's word.
        assertThat(EmergencyNumbers.all()).filteredOn(n -> n.source().contains("ec.europa.eu")).hasSize(27)
                .allSatisfy(n -> assertThat(n.number()).isEqualTo("112"));
    }
}
