package org.physiokiosk.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.physiokiosk.staff.Role;
import org.physiokiosk.staff.Secrets;
import org.physiokiosk.staff.StaffMember;
import org.physiokiosk.store.AuditRepository;
import org.physiokiosk.store.Database;
import org.physiokiosk.store.StaffRepository;
import org.physiokiosk.testing.Fixtures;

/** Staff accounts and signing in, on a real SQLite file. */
class StaffAccountsTest {

    @TempDir
    Path dir;

    /** An administrator's PIN as administrators now need it: 8 digits, no pattern. */
    static final String KIM = "48291573";

    private final List<Long> waits = new ArrayList<>();

    @Test
    void theFirstAccountIsAnAdministratorAndOnlyAnAdministratorAddsStaff() {
        try (Database db = Database.open(dir.resolve("clinic.db"))) {
            StaffAccounts staff = new StaffAccounts(new StaffRepository(db, Fixtures.CLOCK), waits::add, new AuditRepository(db, Fixtures.CLOCK));
            assertThatThrownBy(() -> staff.add(Optional.empty(), "sam", "Sam Lee", Role.CLINICIAN, "482915"))
                    .hasMessageContaining("first account must be an administrator");
            StaffMember admin = staff.add(Optional.empty(), "kim", "Kim Park", Role.ADMINISTRATOR, KIM);
            assertThatThrownBy(() -> staff.add(Optional.empty(), "sam", "Sam Lee", Role.CLINICIAN, "739201"))
                    .hasMessageContaining("Only an administrator");
            StaffMember sam = staff.add(Optional.of(admin), "sam", "Sam Lee", Role.CLINICIAN, "739201");
            assertThatThrownBy(() -> staff.add(Optional.of(sam), "ann", "Ann Ho", Role.FRONT_DESK, "610384"))
                    .hasMessageContaining("Only an administrator");
            assertThatThrownBy(() -> staff.add(Optional.of(admin), "SAM", "Another Sam", Role.FRONT_DESK, "610384"))
                    .hasMessageContaining("already a member of staff who signs in as 'SAM'");
            assertThatThrownBy(() -> staff.add(Optional.of(admin), "ann", "Ann Ho", Role.FRONT_DESK, "123456"))
                    .hasMessageContaining("first that anyone would try");
            assertThat(staff.signIn("Sam", "739201")).map(StaffMember::fullName).contains("Sam Lee");
        }
    }

    @Test
    void anAdministratorNeedsAPinOfEightDigitsOrAPassphraseWhenAddedAndWhenGivenANewSecret() {
        try (Database db = Database.open(dir.resolve("clinic.db"))) {
            StaffAccounts staff = new StaffAccounts(new StaffRepository(db, Fixtures.CLOCK), waits::add, new AuditRepository(db, Fixtures.CLOCK));
            assertThatThrownBy(() -> staff.add(Optional.empty(), "kim", "Kim Park", Role.ADMINISTRATOR, "482915"))
                    .hasMessageContaining("An administrator's PIN needs at least 8 digits")
                    .hasMessageContaining("passphrase of at least 12 characters");
            assertThat(staff.hasStaff()).as("nothing was added").isFalse();
            StaffMember kim = staff.add(Optional.empty(), "kim", "Kim Park", Role.ADMINISTRATOR, KIM);
            StaffMember ann = staff.add(Optional.of(kim), "ann", "Ann Ho", Role.ADMINISTRATOR,
                    "a long walk to the sea");
            assertThatThrownBy(() -> staff.add(Optional.of(kim), "lee", "Lee Ng", Role.ADMINISTRATOR, "1234567890"))
                    .as("long, but a run anyone would try").hasMessageContaining("first that anyone would try");
            // Others keep the 6 digits they had.
            staff.add(Optional.of(kim), "sam", "Sam Lee", Role.CLINICIAN, "739201");

            assertThatThrownBy(() -> staff.resetSecret(kim, "ann", "604928"))
                    .hasMessageContaining("An administrator's PIN needs at least 8 digits");
            assertThat(staff.signIn("ann", "a long walk to the sea")).as("her secret is unchanged").isPresent();
            staff.resetSecret(kim, "ann", "60492817");
            assertThat(staff.signIn("ann", "60492817")).map(StaffMember::id).contains(ann.id());
            staff.resetSecret(ann, "sam", "604928");
            assertThat(staff.signIn("sam", "604928")).isPresent();
        }
    }

    @Test
    void failuresWaitLongerFromTheFifthAndLockTheAccountAtTheTenthWhateverWasWrong() {
        try (Database db = Database.open(dir.resolve("clinic.db"))) {
            StaffAccounts staff = new StaffAccounts(new StaffRepository(db, Fixtures.CLOCK), waits::add, new AuditRepository(db, Fixtures.CLOCK));
            staff.add(Optional.empty(), "kim", "Kim Park", Role.ADMINISTRATOR, KIM);
            assertThat(staff.signIn("nobody", "482915")).isEmpty();
            for (int i = 1; i <= 9; i++) {
                assertThat(staff.signIn("kim", "000000")).isEmpty();
            }
            assertThat(waits).containsExactly(1000L, 2000L, 4000L, 8000L, 16000L);
            // A good secret after 9 failures still works, and forgets them.
            assertThat(staff.signIn("kim", KIM)).isPresent();
            for (int i = 1; i <= 10; i++) {
                staff.signIn("kim", "000000");
            }
            assertThat(staff.signIn("kim", KIM)).as("locked after 10 in a row").isEmpty();
            assertThat(staff.all()).singleElement().satisfies(m -> assertThat(m.locked()).isTrue());

            // Another administrator unlocks it.
            StaffMember kim = staff.all().get(0);
            StaffMember ann = new StaffRepository(db, Fixtures.CLOCK).add("ann", "Ann Ho", Role.ADMINISTRATOR,
                    Secrets.hash("73920164"));
            staff.unlock(ann, "kim");
            assertThat(staff.signIn("kim", KIM)).map(StaffMember::id).contains(kim.id());
        }
    }

    @Test
    void anUnknownNameCostsTheSameSlowCheckAsAKnownOne() {
        // The stand-in hash is written out; if today's parameters are raised, it must be made again with them, or
        // an unknown name would answer faster than a real one.
        assertThat(Secrets.needsRehash(StaffAccounts.DUMMY)).as("make DUMMY again with Secrets.hash").isFalse();
        assertThat(Secrets.matches("not a real secret at all", StaffAccounts.DUMMY)).isTrue();
    }

    @Test
    void aHashMadeWithWeakerParametersIsMadeAgainAtTheNextSignIn() {
        try (Database db = Database.open(dir.resolve("clinic.db"))) {
            StaffRepository repo = new StaffRepository(db, Fixtures.CLOCK);
            repo.add("kim", "Kim Park", Role.ADMINISTRATOR, Secrets.hash(KIM, 19 * 1024, 2, 1));
            StaffAccounts staff = new StaffAccounts(repo, waits::add, new AuditRepository(db, Fixtures.CLOCK));
            assertThat(staff.signIn("kim", KIM)).isPresent();
            String now = repo.find("kim").orElseThrow().secretHash();
            assertThat(now).startsWith("argon2id$m=131072,t=2,p=1$");
            assertThat(Secrets.matches(KIM, now)).isTrue();
        }
    }
}
