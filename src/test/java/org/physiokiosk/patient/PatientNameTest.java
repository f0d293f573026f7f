package org.physiokiosk.patient;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The stored form and the comparison key of a name: invisible characters never make a second person. */
class PatientNameTest {

    private static final String NFC_ZOE = "Zo\u00EB Lee";
    private static final String NFD_ZOE = "Zoe\u0308 Lee";
    private static final String PERSIAN = "\u062D\u0633\u06CC\u0646\u200C\u0632\u0627\u062F\u0647"; // Hosseinzadeh

    static Stream<Arguments> lookAlikesOfAnaSilva() {
        return Stream.of(
                Arguments.of("no-break space U+00A0", "Ana\u00A0Silva"),
                Arguments.of("narrow no-break space U+202F", "Ana\u202FSilva"),
                Arguments.of("ideographic space U+3000", "Ana\u3000Silva"),
                Arguments.of("zero-width space U+200B", "Ana \u200BSilva"),
                Arguments.of("right-to-left override U+202E", "Ana \u202ESilva\u202C"),
                Arguments.of("left-to-right isolate U+2066", "\u2066Ana Silva\u2069"),
                Arguments.of("byte order mark U+FEFF", "\uFEFFAna Silva"),
                Arguments.of("soft hyphen U+00AD", "Ana Sil\u00ADva"),
                Arguments.of("word joiner U+2060", "Ana Sil\u2060va"),
                Arguments.of("tabs and double spaces", "\tAna \t  Silva  "),
                Arguments.of("a line break", "Ana\r\nSilva"),
                Arguments.of("joiners beside a space or at the end", "Ana\u200D Silva\u200C"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lookAlikesOfAnaSilva")
    void invisibleCharactersAndOddSpacesAreNormalisedAway(String what, String typed) {
        assertThat(PatientName.normalise(typed)).as(what).isEqualTo("Ana Silva");
        assertThat(PatientName.sameName(typed, "Ana Silva")).as(what).isTrue();
    }

    @Test
    void decomposedAndComposedSpellingsAreStoredAlike() {
        assertThat(NFD_ZOE).isNotEqualTo(NFC_ZOE);
        assertThat(PatientName.normalise(NFD_ZOE)).isEqualTo(NFC_ZOE);
        assertThat(PatientName.sameName(NFD_ZOE, NFC_ZOE)).isTrue();
    }

    @Test
    void aZeroWidthSpaceBetweenALetterAndItsAccentStillComposes() {
        assertThat(PatientName.normalise("Zoe\u200B\u0308 Lee")).isEqualTo(NFC_ZOE);
    }

    @Test
    void aJoinerBetweenLettersIsCorrectSpellingAndIsKeptButComparesEqual() {
        assertThat(PatientName.normalise(PERSIAN)).isEqualTo(PERSIAN).contains("\u200C");
        String withoutJoiner = PERSIAN.replace("\u200C", "");
        assertThat(PatientName.sameName(PERSIAN, withoutJoiner)).isTrue();
        assertThat(PatientName.key(PERSIAN)).doesNotContain("\u200C");
    }

    @Test
    void aJoinerAfterAViramaIsKeptAndARunOfJoinersKeepsItsFirst() {
        String halfForm = "\u0915\u094D\u200D\u0937"; // Devanagari KA, virama, ZWJ, SSA
        assertThat(PatientName.normalise(halfForm)).isEqualTo(halfForm);
        assertThat(PatientName.normalise("\u0915\u094D\u200D\u200C\u200D\u0937")).isEqualTo(halfForm);
    }

    @Test
    void comparisonIgnoresCaseInEveryScriptButStoresTheNameAsTyped() {
        assertThat(PatientName.normalise("ANA silva")).isEqualTo("ANA silva");
        assertThat(PatientName.sameName("ANA silva", "Ana Silva")).isTrue();
        assertThat(PatientName.sameName("\u03A3\u039F\u03A6\u038A\u0391", "\u03A3\u03BF\u03C6\u03AF\u03B1")).isTrue();
        assertThat(PatientName.sameName("\u0418\u0412\u0410\u041D", "\u0418\u0432\u0430\u043D")).isTrue();
        assertThat(PatientName.sameName("STRAUSS", "Strau\u00DF")).isTrue();
        assertThat(PatientName.sameName("\uFF21\uFF4E\uFF41 Silva", "Ana Silva")).as("full-width letters").isTrue();
    }

    @Test
    void differentNamesStayDifferent() {
        assertThat(PatientName.sameName("Zoe Lee", NFC_ZOE)).isFalse();
        assertThat(PatientName.sameName("Ana Silva", "AnaSilva")).isFalse();
        assertThat(PatientName.sameName("Ana Silva", "Ana Silvia")).isFalse();
    }

    @Test
    void otherControlCharactersAreLeftForTheFormToRefuse() {
        assertThat(PatientName.normalise("Ann\u0007Lee")).isEqualTo("Ann\u0007Lee");
        assertThat(PatientName.key("Ann\u0007Lee")).isEqualTo("annlee");
    }

    @Test
    void aNameOfOnlyInvisibleCharactersHasNothingToRead() {
        assertThat(PatientName.hasVisibleText("\u200B\u00A0\u202E")).isFalse();
        assertThat(PatientName.hasVisibleText("\u3164")).as("Hangul filler").isFalse();
        assertThat(PatientName.hasVisibleText(null)).isFalse();
        assertThat(PatientName.hasVisibleText("\u674E")).isTrue();
    }

    @Test
    void normalisingTwiceChangesNothing() {
        for (String s : new String[] {"\u00A0Ana\u200B  Silva\u202E", NFD_ZOE, PERSIAN, "\u0915\u094D\u200D\u0937"}) {
            String once = PatientName.normalise(s);
            assertThat(PatientName.normalise(once)).isEqualTo(once);
        }
    }
}
