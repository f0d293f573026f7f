package org.physiokiosk.testing;

import java.nio.file.Path;
import java.time.Clock;
import org.physiokiosk.store.Database;
import org.physiokiosk.store.NoteRepository;

/**
 * Run in a separate JVM by the durability tests: writes notes one by one and prints "ack NAME" on
 * stdout after each note's transaction has committed.
 */
public final class NoteWriter {

    private NoteWriter() {
    }

    public static void main(String[] args) {
        Path db = Path.of(args[0]);
        long patientId = Long.parseLong(args[1]);
        int count = Integer.parseInt(args[2]);
        String label = args[3];
        try (Database database = Database.open(db)) {
            NoteRepository notes = new NoteRepository(database, Clock.systemUTC());
            for (int i = 0; i < count; i++) {
                String text = label + "-" + i;
                notes.add(patientId, null, text, "writer " + label);
                System.out.println("ack " + text);
                System.out.flush();
            }
        }
    }

    /** A command line that runs this class with the test classpath. */
    public static ProcessBuilder process(Path db, long patientId, int count, String label) {
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        return new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp", classpath,
                NoteWriter.class.getName(), db.toString(), Long.toString(patientId), Integer.toString(count), label)
                .redirectError(ProcessBuilder.Redirect.INHERIT);
    }
}
