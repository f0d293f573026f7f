package org.physiokiosk.store;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.Optional;

/**
 * What a backup says of itself, in a small file beside it ({@code <backup>.witness.json}, owner-only): which database
 * it is a copy of (the record's file name: the backups folder is always beside it), when it was made, and how long
 * its audit trail was then, with the hash of its last row. It names no patient and holds no clinical text. The
 * backups folder is then a set of witnesses outside the record: a trail rewritten or emptied afterwards no longer
 * agrees with them.
 */
public record BackupWitness(String database, Instant madeAt, long auditRows, String auditHead) {

    private static final String SUFFIX = ".witness.json";
    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    /** A witness is a few hundred bytes; anything larger is not one. */
    private static final long MAX_BYTES = 4096;

    /** The witness file of a backup. */
    public static Path fileFor(Path backup) {
        return backup.resolveSibling(backup.getFileName() + SUFFIX);
    }

    /** The witness of a finished backup copy, read from the copy itself, so it says what the copy holds. */
    static BackupWitness taken(Path copy, String database, Instant madeAt) {
        try (Connection c = DriverManager.getConnection(SqliteFiles.readUrl(copy));
             Statement s = c.createStatement()) {
            try (ResultSet t = s.executeQuery("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = "
                    + "'audit'")) {
                if (!t.next() || t.getInt(1) == 0) {
                    return new BackupWitness(database, madeAt, 0, AuditRepository.FIRST);
                }
            }
            long rows = 0;
            String head = AuditRepository.FIRST;
            try (ResultSet rs = s.executeQuery("SELECT id, hash FROM audit ORDER BY id DESC LIMIT 1")) {
                if (rs.next()) {
                    rows = rs.getLong(1);
                    head = rs.getString(2);
                }
            }
            return new BackupWitness(database, madeAt, rows, head);
        } catch (SQLException e) {
            throw new StoreException("The backup could not be read back to record what it holds ("
                    + Database.explain(e) + ").", e);
        }
    }

    /** Writes this witness beside {@code backup}, owner-only; a file already there is never replaced. */
    void writeBeside(Path backup) throws IOException {
        Path file = fileFor(backup);
        Path temp = Files.createTempFile(file.toAbsolutePath().getParent(), ".witness-", ".part");
        try {
            SqliteFiles.makePrivate(temp);
            Files.write(temp, JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(this));
            OutputGuard.place(temp, file, false);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** The witness beside {@code backup}; empty when there is none (a backup made before witnesses) or it is unreadable. */
    public static Optional<BackupWitness> read(Path backup) {
        Path file = fileFor(backup);
        try {
            if (!Files.isRegularFile(file) || Files.size(file) > MAX_BYTES) {
                return Optional.empty();
            }
            BackupWitness w = JSON.readValue(file.toFile(), BackupWitness.class);
            return w.database() == null || w.auditHead() == null ? Optional.empty() : Optional.of(w);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
