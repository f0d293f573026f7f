package org.physiokiosk.staff;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SecretsTest {

    @Test
    void pinsAnyoneWouldTryAreRefusedSayingWhy() {
        assertThat(Secrets.COMMON).hasSizeGreaterThanOrEqualTo(20);
        for (String pin : new String[] {"123456", "000000", "111111", "121212", "654321", "123123", "19561956",
            "195603", "031956", "03041956", "234567", "987654", "1234567890", "0987654321", "12341234", "69696969",
            "890123"}) {
            assertThat(Secrets.problem(pin)).as(pin).get().asString().contains("first that anyone would try");
        }
        assertThat(Secrets.problem("12345")).get().asString().contains("at least 6 digits");
        assertThat(Secrets.problem("short words")).get().asString().contains("at least 12 characters");
        assertThat(Secrets.problem("482915")).isEmpty();
        assertThat(Secrets.problem("a long walk to the sea")).isEmpty();
    }

    @Test
    void anAdministratorsPinHasEightDigitsAndAnyoneMayChooseAPassphrase() {
        assertThat(Secrets.problemFor(Role.ADMINISTRATOR, "482915")).get().asString()
                .isEqualTo("An administrator's PIN needs at least 8 digits (or choose a passphrase of at least 12 "
                        + "characters).");
        assertThat(Secrets.problemFor(Role.ADMINISTRATOR, "4829157")).isPresent();
        assertThat(Secrets.problemFor(Role.ADMINISTRATOR, "48291573")).isEmpty();
        assertThat(Secrets.problemFor(Role.ADMINISTRATOR, "12345678")).get().asString()
                .contains("first that anyone would try");
        assertThat(Secrets.problemFor(Role.ADMINISTRATOR, "a long walk to the sea")).isEmpty();
        assertThat(Secrets.problemFor(Role.ADMINISTRATOR, "short words")).get().asString()
                .contains("at least 12 characters", "at least 8 digits");
        assertThat(Secrets.problemFor(Role.ADMINISTRATOR, "")).get().asString().contains("at least 8 digits");
        assertThat(Secrets.problemFor(Role.CLINICIAN, "482915")).isEmpty();
        assertThat(Secrets.problemFor(Role.FRONT_DESK, "482915")).isEmpty();
    }

    @Test
    void aSecretIsKeptOnlyAsASaltedArgon2idHashWithItsParameters() {
        String stored = Secrets.hash("482915");
        assertThat(stored).startsWith("argon2id$m=98304,t=2,p=1$").doesNotContain("482915");
        assertThat(Secrets.hash("482915")).as("a new salt each time").isNotEqualTo(stored);
        assertThat(Secrets.matches("482915", stored)).isTrue();
        assertThat(Secrets.matches("482916", stored)).isFalse();
        assertThat(Secrets.needsRehash(stored)).isFalse();
        String older = Secrets.hash("482915", 19 * 1024, 2, 1);
        assertThat(Secrets.matches("482915", older)).isTrue();
        assertThat(Secrets.needsRehash(older)).isTrue();
    }
}
