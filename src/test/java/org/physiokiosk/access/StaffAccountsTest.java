package org.physiokiosk.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.physiokiosk.audit.AuditEntry;
import org.physiokiosk.staff.Role;
import org.physiokiosk.staff.Secrets;
import org.physiokiosk.staff.StaffMember;
import org.physiokiosk.store.AuditRepository;
import org.physiokiosk.store.Database;
import org.physiokiosk.store.StaffRepository;
import org.physiokiosk.testing.Fixtures;

/** Staff accounts and signing in, on a real SQLite file ({@link StaffAccountsOnServerTest}: the clinic server). */
class StaffAccountsTest {

    /** An administrator's PIN as administrators now need it: 8 digits, no pattern. */
    static final String KIM = "48291573";

    @TempDir
    Path dir;

    private final List<Long> waits = Collections.synchronizedList(new ArrayList<>());

    /** The record, as each test opens it; a test may open it more than once, as several PCs do. */
    Database open() {
        return Database.open(dir.resolve("clinic.db"));
    }

    private StaffAccounts accounts(Database db) {
        return accounts(db, StaffAccounts.Hashing.ARGON2ID);
    }

    private StaffAccounts accounts(Database db, StaffAccounts.Hashing hashing) {
        return new StaffAccounts(new StaffRepository(db, Fixtures.CLOCK), waits::add,
                new AuditRepository(db, Fixtures.CLOCK), hashing);
    }

    /** Secrets' own Argon2id, counting each hash it derives and the stored hash it was checked against. */
    static final class Counted implements StaffAccounts.Hashing {
        final List<String> derived = Collections.synchronizedList(new ArrayList<>());

        @Override
        public boolean matches(String secret, String stored) {
            derived.add(stored);
            return Secrets.matches(secret, stored);
        }

        @Override
        public String hash(String secret) {
            String made = Secrets.hash(secret);
            derived.add(made);
            return made;
        }

        long against(String stored) {
            synchronized (derived) {
                return derived.stream().filter(stored::equals).count();
            }
        }
    }

    /** The parameters a stored hash was made with: "argon2id$m=...,t=...,p=...". */
    private static String parameters(String stored) {
        return stored.substring(0, stored.indexOf('$', "argon2id$".length()));
    }

    private static final String TODAYS = "argon2id$m=" + Secrets.MEMORY_KIB + ",t=" + Secrets.ITERATIONS + ",p="
            + Secrets.PARALLELISM;

    @Test
    void theFirstAccountIsAnAdministratorAndOnlyAnAdministratorAddsStaff() {
        try (Database db = open()) {
            StaffAccounts staff = accounts(db);
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
        try (Database db = open()) {
            StaffAccounts staff = accounts(db);
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
    void anAdministratorWhosePinIsFromBeforeSignsInAndIsToldToChooseALongerOne() {
        try (Database db = open()) {
            StaffRepository repo = new StaffRepository(db, Fixtures.CLOCK);
            // As a database made before administrators needed 8 digits holds it.
            repo.add("kim", "Kim Park", Role.ADMINISTRATOR, Secrets.hash("482915"));
            repo.add("sam", "Sam Lee", Role.CLINICIAN, Secrets.hash("739201"));
            StaffAccounts staff = accounts(db);
            StaffAccounts.Attempt kim = staff.attempt("kim", "482915");
            assertThat(kim.member()).as("not locked out of the clinic").isPresent();
            assertThat(kim.advice()).get().asString().contains("no longer enough for an administrator",
                    "at least 8 digits", "staff reset-pin --name kim --as kim").doesNotContain("482915");
            assertThat(staff.attempt("sam", "739201").advice()).as("a clinician's 6 digits are enough").isEmpty();
            staff.resetSecret(kim.member().get(), "kim", KIM);
            assertThat(staff.attempt("kim", KIM).advice()).isEmpty();
        }
    }

    @Test
    void failuresWaitLongerFromTheFifthAndLockTheAccountAtTheTenthWhateverWasWrong() {
        try (Database db = open()) {
            StaffAccounts staff = accounts(db);
            staff.add(Optional.empty(), "kim", "Kim Park", Role.ADMINISTRATOR, KIM);
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
    void twentyWrongSecretsSentAtOnceFromFourPcsGetTenChecksAndTheRightOneAfterThemIsRefused() throws Exception {
        List<Database> pcs = new ArrayList<>();
        try {
            for (int i = 0; i < 4; i++) {
                pcs.add(open());
            }
            Counted counted = new Counted();
            List<StaffAccounts> kiosks = new ArrayList<>();
            for (Database pc : pcs) {
                kiosks.add(accounts(pc, counted));
            }
            kiosks.get(0).add(Optional.empty(), "kim", "Kim Park", Role.ADMINISTRATOR, KIM);
            StaffRepository repo = new StaffRepository(pcs.get(0), Fixtures.CLOCK);
            String stored = repo.find("kim").orElseThrow().secretHash();
            counted.derived.clear();

            CountDownLatch go = new CountDownLatch(1);
            ExecutorService threads = Executors.newFixedThreadPool(20);
            List<Future<Optional<StaffMember>>> answers = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                StaffAccounts kiosk = kiosks.get(i % kiosks.size());
                String wrong = String.format("%08d", 30_000_000 + i * 7919);
                answers.add(threads.submit(() -> {
                    go.await();
                    return kiosk.signIn("kim", wrong);
                }));
            }
            go.countDown();
            for (Future<Optional<StaffMember>> a : answers) {
                assertThat(a.get(2, TimeUnit.MINUTES)).isEmpty();
            }
            threads.shutdown();

            assertThat(counted.against(stored)).as("secrets checked against Kim's").isEqualTo(10);
            assertThat(counted.derived).as("every try cost one hash").hasSize(20);
            StaffRepository.Account kim = repo.find("kim").orElseThrow();
            assertThat(kim.member().locked()).isTrue();
            assertThat(kim.failedInARow()).isEqualTo(10);

            assertThat(kiosks.get(1).signIn("kim", KIM)).as("the right secret, once locked").isEmpty();
            assertThat(counted.against(stored)).as("and not even checked").isEqualTo(10);
            List<String> outcomes = new AuditRepository(pcs.get(0), Fixtures.CLOCK).all().stream()
                    .filter(e -> e.action().equals("sign-in")).map(AuditEntry::outcome).toList();
            assertThat(outcomes).hasSize(21);
            assertThat(outcomes.stream().filter(o -> o.equals("refused; account locked"))).hasSize(1);
            assertThat(outcomes.stream().filter(o -> o.equals("refused"))).hasSize(9);
            assertThat(outcomes.stream().filter(o -> o.equals("refused; locked, not checked"))).hasSize(11);
        } finally {
            pcs.forEach(Database::close);
        }
    }

    @Test
    void theRightSecretStillBeingCheckedWhenTheAccountLocksIsRefused() throws Exception {
        try (Database db = open()) {
            CountDownLatch locked = new CountDownLatch(1);
            CountDownLatch rightChecking = new CountDownLatch(1);
            // Kim's right secret takes longer to check than nine wrong ones sent meanwhile take to lock her account.
            StaffAccounts.Hashing slowForTheRightOne = new StaffAccounts.Hashing() {
                @Override
                public boolean matches(String secret, String stored) {
                    boolean match = Secrets.matches(secret, stored);
                    if (secret.equals(KIM) && match) {
                        rightChecking.countDown();
                        try {
                            locked.await(2, TimeUnit.MINUTES);
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                    }
                    return match;
                }

                @Override
                public String hash(String secret) {
                    return Secrets.hash(secret);
                }
            };
            StaffAccounts staff = accounts(db, slowForTheRightOne);
            staff.add(Optional.empty(), "kim", "Kim Park", Role.ADMINISTRATOR, KIM);
            ExecutorService thread = Executors.newSingleThreadExecutor();
            Future<Optional<StaffMember>> right = thread.submit(() -> staff.signIn("kim", KIM));
            assertThat(rightChecking.await(2, TimeUnit.MINUTES)).isTrue();
            StaffRepository repo = new StaffRepository(db, Fixtures.CLOCK);
            for (int i = 0; i < 12 && !repo.find("kim").orElseThrow().member().locked(); i++) {
                staff.signIn("kim", "3000000" + i);
            }
            assertThat(repo.find("kim").orElseThrow().member().locked()).isTrue();
            locked.countDown();
            assertThat(right.get(2, TimeUnit.MINUTES)).as("accepted after the lock").isEmpty();
            thread.shutdown();
            assertThat(new AuditRepository(db, Fixtures.CLOCK).all()).filteredOn(e -> e.action().equals("sign-in"))
                    .extracting(AuditEntry::outcome).doesNotContain("done");
        }
    }

    @Test
    void aNameWithNoAccountCostsTheSameHashAndWaitsAsAKnownOne() {
        try (Database db = open()) {
            Counted counted = new Counted();
            StaffAccounts staff = accounts(db, counted);
            StaffMember kim = staff.add(Optional.empty(), "kim", "Kim Park", Role.ADMINISTRATOR, KIM);
            StaffMember sam = staff.add(Optional.of(kim), "sam", "Sam Lee", Role.CLINICIAN, "739201");
            staff.retire(kim, "sam");
            counted.derived.clear();
            java.util.Map<String, List<Long>> waited = new java.util.LinkedHashMap<>();
            java.util.Map<String, List<String>> hashed = new java.util.LinkedHashMap<>();
            // Kim (known, locked at her 10th), a name nobody has, and a retired account, 12 wrong tries each.
            for (String name : List.of("kim", "nobody", sam.signInName())) {
                waits.clear();
                List<String> perTry = new ArrayList<>();
                for (int i = 0; i < 12; i++) {
                    int before = counted.derived.size();
                    assertThat(staff.signIn(name, "000000")).isEmpty();
                    perTry.add(counted.derived.subList(before, counted.derived.size()).stream()
                            .map(StaffAccountsTest::parameters).toList().toString());
                }
                waited.put(name, List.copyOf(waits));
                hashed.put(name, perTry);
            }
            assertThat(waited.get("kim")).containsExactly(1000L, 2000L, 4000L, 8000L, 16000L);
            assertThat(waited.get("nobody")).isEqualTo(waited.get("kim"));
            assertThat(waited.get("sam")).isEqualTo(waited.get("kim"));
            assertThat(hashed.get("kim")).containsOnly(List.of(TODAYS).toString()).hasSize(12);
            assertThat(hashed.get("nobody")).isEqualTo(hashed.get("kim"));
            assertThat(hashed.get("sam")).isEqualTo(hashed.get("kim"));
        }
    }

    @Test
    void aKnownNameWithAHashFromBeforeCostsTodaysHashTooRightOrWrong() {
        try (Database db = open()) {
            StaffRepository repo = new StaffRepository(db, Fixtures.CLOCK);
            repo.add("kim", "Kim Park", Role.ADMINISTRATOR, Secrets.hash(KIM, 19 * 1024, 2, 1));
            Counted counted = new Counted();
            StaffAccounts staff = accounts(db, counted);
            assertThat(staff.signIn("kim", "000000")).isEmpty();
            assertThat(counted.derived).extracting(StaffAccountsTest::parameters)
                    .containsExactly("argon2id$m=19456,t=2,p=1", TODAYS);
        }
    }

    @Test
    void theTrailNamesAKnownAccountByItsNameAndNeverWhatWasTypedAsTheName() {
        try (Database db = open()) {
            StaffAccounts staff = accounts(db);
            staff.add(Optional.empty(), "kim", "Kim Park", Role.ADMINISTRATOR, KIM);
            int before = new AuditRepository(db, Fixtures.CLOCK).all().size();
            String forged = "nobody\n2026-11-26 09:00  kim  backup  done";
            staff.signIn("48291573", "48291573"); // the PIN typed into the name field as well
            staff.signIn(forged, "000000");
            staff.signIn("  KIM ", "000000");
            List<AuditEntry> rows = new AuditRepository(db, Fixtures.CLOCK).all();
            assertThat(rows.subList(before, rows.size())).extracting(AuditEntry::staff)
                    .containsExactly(StaffAccounts.UNKNOWN_NAME, StaffAccounts.UNKNOWN_NAME, "kim");
            assertThat(rows).allSatisfy(e -> assertThat(e.toString()).doesNotContain("48291573", "\n", "KIM"));
        }
    }

    @Test
    void anUnknownNameCostsTheSameSlowCheckAsAKnownOne() {
        // The stand-in hash is written out; if today's parameters are raised, it must be made again with them, or
        // an unknown name would answer faster than a real one.
        assertThat(Secrets.needsRehash(StaffAccounts.DUMMY)).as("make DUMMY again with Secrets.hash").isFalse();
        assertThat(parameters(StaffAccounts.DUMMY)).isEqualTo(TODAYS);
        assertThat(Secrets.matches("not a real secret at all", StaffAccounts.DUMMY)).isTrue();
    }

    @Test
    void aHashMadeWithWeakerParametersIsMadeAgainAtTheNextSignIn() {
        try (Database db = open()) {
            StaffRepository repo = new StaffRepository(db, Fixtures.CLOCK);
            repo.add("kim", "Kim Park", Role.ADMINISTRATOR, Secrets.hash(KIM, 19 * 1024, 2, 1));
            StaffAccounts staff = accounts(db);
            assertThat(staff.signIn("kim", KIM)).isPresent();
            String now = repo.find("kim").orElseThrow().secretHash();
            assertThat(now).startsWith("argon2id$m=98304,t=2,p=1$");
            assertThat(Secrets.matches(KIM, now)).isTrue();
            assertThat(staff.signIn("kim", KIM)).isPresent();
        }
    }
}
