package org.physiokiosk.store;

import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Random;
import org.physiokiosk.patient.PatientName;

/**
 * Fills a database with a big clinic's decade of records, for the benchmark: 100,000 patients with names in many
 * scripts, 1,000,000 visit notes, 200,000 handouts (each of its own plan), and one patient, "Bulk Record", with 500
 * notes. Made-up people only; the same seed makes the same record.
 */
public final class BigRecord {

    /** The patient whose record holds 500 notes. */
    public static final String BULK_NAME = "Bulk Record";
    public static final int PATIENTS = 100_000;
    public static final int NOTES = 1_000_000;
    public static final int HANDOUTS = 200_000;
    public static final int BULK_NOTES = 500;

    private static final String[][] GIVEN = {
        {"Maria", "Ana", "John", "Sam", "Aisha", "Liam", "Sofia", "Noah", "Emma", "Lucas", "Zoë", "Łucja", "José"},
        {"Σοφία", "Γιώργος", "Ελένη", "Νίκος"},
        {"Иван", "Ольга", "Дмитрий", "Анна"},
        {"محمد", "فاطمة", "علي", "مريم"},
        {"伟", "芳", "娜", "秀英"},
        {"अमित", "प्रिया", "राहुल", "सुनीता"},
        {"민준", "서연", "지호", "하은"},
    };
    private static final String[][] FAMILY = {
        {"Lopez", "Silva", "Smith", "Lee", "Khan", "Nguyen", "Müller", "Kowalski", "O'Brien", "Park", "Rossi"},
        {"Παπαδοπούλου", "Γεωργίου", "Νικολάου"},
        {"Иванов", "Смирнова", "Кузнецов"},
        {"حسن", "عبدالله", "الكبير"},
        {"王", "李", "张", "刘"},
        {"शर्मा", "वर्मा", "पटेल"},
        {"김", "이", "박"},
    };
    private static final String[] NOTE_WORDS = {"Knee", "pain", "better", "on", "stairs", "walked", "ten",
        "minutes", "stiff", "in", "the", "morning", "hip", "range", "improved", "plan", "kept", "review", "next",
        "week", "swelling", "less", "sleep", "poor", "shoulder", "reach", "overhead", "still", "sore"};

    private BigRecord() {
    }

    /** Fills {@code db} (a new, empty database of today's schema) in one transaction. */
    public static void fill(Database db, long seed, Clock clock) {
        Random random = new Random(seed);
        String now = clock.instant().toString();
        db.transaction(c -> {
            try (PreparedStatement patient = c.prepareStatement("INSERT INTO patient (id, name, date_of_birth, "
                    + "chart_number, created_at, name_key) VALUES (?, ?, ?, ?, ?, ?)")) {
                for (int id = 1; id <= PATIENTS; id++) {
                    String name = id == PATIENTS ? BULK_NAME : name(random);
                    patient.setLong(1, id);
                    patient.setString(2, name);
                    patient.setString(3, LocalDate.of(1930, 1, 1).plusDays(random.nextInt(80 * 365)).toString());
                    patient.setString(4, random.nextInt(3) == 0 ? "C" + (100_000 + id) : "");
                    patient.setString(5, now);
                    patient.setString(6, PatientName.key(name));
                    patient.addBatch();
                    if (id % 10_000 == 0) {
                        patient.executeBatch();
                    }
                }
            }
            try (PreparedStatement plan = c.prepareStatement("INSERT INTO plan (id, patient_id, therapist, "
                    + "next_appointment, patient_instructions, large_print, created_at, series_id, version) "
                    + "VALUES (?, ?, 'Sam Lee', '', 'Walk daily.', 0, ?, NULL, 1)");
                 PreparedStatement item = c.prepareStatement("INSERT INTO plan_item (plan_id, position, "
                    + "exercise_id, hold_seconds, repetitions, sets, each_side, times_per_day, days_per_week, "
                    + "personal_instruction, exercise_version, move_on) VALUES (?, 1, 'cat-cow', NULL, 10, 2, 0, 1, 7, "
                    + "'', NULL, '')");
                 PreparedStatement handout = c.prepareStatement("INSERT INTO handout (id, plan_id, file, sha256, "
                    + "produced_at, snapshot) VALUES (?, ?, ?, ?, ?, NULL)")) {
                byte[] sha = new byte[32];
                for (int id = 1; id <= HANDOUTS; id++) {
                    long patientId = 1 + (id - 1) % (PATIENTS - 1);
                    plan.setLong(1, id);
                    plan.setLong(2, patientId);
                    plan.setString(3, now);
                    plan.addBatch();
                    item.setLong(1, id);
                    item.addBatch();
                    random.nextBytes(sha);
                    handout.setLong(1, id);
                    handout.setLong(2, id);
                    handout.setString(3, "printables/2026-01-01-XX-plan-" + id + ".pdf");
                    handout.setString(4, HexFormat.of().formatHex(sha));
                    handout.setString(5, now);
                    handout.addBatch();
                    if (id % 10_000 == 0) {
                        plan.executeBatch();
                        item.executeBatch();
                        handout.executeBatch();
                    }
                }
            }
            try (PreparedStatement note = c.prepareStatement("INSERT INTO visit_note (patient_id, plan_id, text, "
                    + "author, written_at, amends_note_id) VALUES (?, NULL, ?, 'Sam Lee', ?, NULL)")) {
                Instant written = clock.instant().minusSeconds(10L * 365 * 24 * 3600);
                for (int n = 1; n <= NOTES; n++) {
                    boolean bulk = n <= BULK_NOTES;
                    note.setLong(1, bulk ? PATIENTS : 1 + random.nextInt(PATIENTS - 1));
                    note.setString(2, noteText(random));
                    note.setString(3, written.plusSeconds(n * 300L).toString());
                    note.addBatch();
                    if (n % 10_000 == 0) {
                        note.executeBatch();
                    }
                }
            }
            return null;
        });
    }

    private static String name(Random random) {
        int script = random.nextInt(4) == 0 ? 1 + random.nextInt(GIVEN.length - 1) : 0;
        String given = GIVEN[script][random.nextInt(GIVEN[script].length)];
        String family = FAMILY[script][random.nextInt(FAMILY[script].length)];
        return given + " " + family + (random.nextInt(5) == 0 ? "-" + FAMILY[0][random.nextInt(FAMILY[0].length)]
                : "");
    }

    private static String noteText(Random random) {
        StringBuilder text = new StringBuilder();
        int words = 12 + random.nextInt(20);
        for (int i = 0; i < words; i++) {
            text.append(i == 0 ? "" : " ").append(NOTE_WORDS[random.nextInt(NOTE_WORDS.length)]);
        }
        return text.append('.').toString();
    }
}
