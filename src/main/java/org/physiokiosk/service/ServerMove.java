package org.physiokiosk.service;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.physiokiosk.plan.PrintablesFolder;
import org.physiokiosk.staff.Actor;
import org.physiokiosk.store.AuditRepository;
import org.physiokiosk.store.ClinicServerAddress;
import org.physiokiosk.store.Database;
import org.physiokiosk.store.RecordMove;
import org.physiokiosk.store.StoreException;

/**
 * Moves a clinic's record from its SQLite file onto the clinic server (issue 13): the file is first brought to
 * today's schema, then copied into the server's empty record and checked. Nothing is deleted from the file. The
 * server's audit trail then says, as its next row, that the record was moved there.
 */
public final class ServerMove {

    /** The trail's row for the move. */
    public static final String MOVED = "record moved onto the clinic server";

    /** One handout as checked: its number, its SHA-256, whether the server holds the same, and its PDF here. */
    public record Handout(long id, String sha256, boolean sameOnServer, String file, boolean fileMatches) {
    }

    /** What was copied: rows per table (in the file, on the server), and every handout checked. */
    public record Report(java.util.Map<String, long[]> rows, java.util.List<Handout> handouts) {

        /** Whether every table and every handout came across exactly. */
        public boolean exact() {
            return rows.values().stream().allMatch(r -> r[0] == r[1])
                    && handouts.stream().allMatch(Handout::sameOnServer);
        }
    }

    private ServerMove() {
    }

    /**
     * Copies the record in {@code file} onto the server and checks it; each handout's PDF is looked for where the
     * record names it, relative to {@code printables} (this PC's printables folder). {@code who} moved it: an
     * administrator signed in on the file ({@link ClinicDesk#checkMayMoveToServer}), or the command line on a file
     * without staff.
     */
    public static Report toServer(Path file, ClinicServerAddress server, Map<String, String> env,
                                  PrintablesFolder printables, Clock clock, Actor who) {
        if (!Files.isRegularFile(file)) {
            throw new StoreException.Refused("There is no record at " + file + ": name the clinic's database file "
                    + "with --from. Nothing was copied.");
        }
        try (Database from = Database.open(file, Database.DamageCheck.WHOLE_FILE);
             Database to = Database.onServer(server, env)) {
            RecordMove.Report copied = RecordMove.copy(from, to, printables);
            Report report = new Report(copied.rows(), copied.handouts().stream().map(h -> new Handout(h.id(),
                    h.sha256(), h.sameOnServer(), h.file(), h.fileMatches())).toList());
            new AuditRepository(to, clock).append(who.signInName(), MOVED, null,
                    report.exact() ? "done" : "copied, but the check found differences");
            return report;
        }
    }
}
