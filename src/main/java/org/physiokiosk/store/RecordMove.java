package org.physiokiosk.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.physiokiosk.plan.PrintablesFolder;

/**
 * Copies a clinic's SQLite record, row for row, into an empty record on the clinic server, then checks the copy:
 * the same number of rows in every table, and every handout with the same SHA-256 on both sides (and whether its PDF
 * is still where the record says). Nothing is deleted from the file. One transaction on the server: a copy that
 * fails leaves the server as empty as it was.
 */
public final class RecordMove {

    /** Tables in the order their rows may be inserted (each one's references come before it). */
    static final List<String> TABLES = List.of("exercise", "picture", "clinic", "staff", "patient", "plan",
            "plan_item", "visit_note", "handout", "clinic_exercise_version", "clinic_template", "exercise_review",
            "erasure_log", "audit");

    /** Tables whose ids the server counts on from the highest copied. */
    private static final List<String> COUNTED = List.of("staff", "patient", "plan", "visit_note", "handout",
            "erasure_log", "audit");

    /** Rows a new record may already hold on the server (the catalogue and the clinic's first details, from a start). */
    private static final List<String> REPLACEABLE = List.of("exercise", "clinic");

    /** One handout as checked: its number, its SHA-256 on both sides, and its PDF. */
    public record Handout(long id, String sha256, boolean sameOnServer, String file, boolean fileMatches) {
    }

    /** What was copied: rows per table on each side, and every handout checked. */
    public record Report(Map<String, long[]> rows, List<Handout> handouts) {

        /** Whether every table and every handout came across exactly. */
        public boolean exact() {
            return rows.values().stream().allMatch(r -> r[0] == r[1])
                    && handouts.stream().allMatch(Handout::sameOnServer);
        }
    }

    private RecordMove() {
    }

    /**
     * Copies {@code from} (a SQLite record of today's schema) into {@code to} (the clinic server's record, empty of
     * patients, staff and everything else a clinic writes) and checks the copy.
     */
    public static Report copy(Database from, Database to, PrintablesFolder printables) {
        if (from.dialect() != Database.Dialect.SQLITE || to.dialect() != Database.Dialect.POSTGRESQL) {
            throw new IllegalArgumentException("a record moves from a SQLite file onto a clinic server");
        }
        to.transaction(server -> {
            for (String table : TABLES) {
                long rows = count(server, table);
                if (rows > 0 && !REPLACEABLE.contains(table)) {
                    throw new StoreException.Refused("The clinic server's record is not empty (" + table + " has "
                            + rows + " rows): a record is only moved into an empty one. Create a new database on "
                            + "the server (createdb) and name that. Nothing was copied.");
                }
            }
            try (var s = server.createStatement()) {
                for (String table : REPLACEABLE) {
                    s.executeUpdate("DELETE FROM " + table);
                }
            }
            from.transaction(file -> {
                for (String table : TABLES) {
                    copyTable(file, server, table);
                }
                return null;
            });
            for (String table : COUNTED) {
                try (PreparedStatement ps = server.prepareStatement("SELECT setval(pg_get_serial_sequence(?, 'id'), "
                        + "coalesce((SELECT max(id) FROM " + table + "), 1), (SELECT max(id) FROM " + table
                        + ") IS NOT NULL)")) {
                    ps.setString(1, table);
                    ps.execute();
                }
            }
            return null;
        });
        return check(from, to, printables);
    }

    /**
     * Writes a SQLite record of today's schema into {@code file} (missing, or an empty file) holding every row of
     * the server's record, read in one transaction on the server.
     */
    static void snapshot(Database server, Path file) {
        try (Database copy = Database.open(file)) {
            server.transaction(s -> copy.transaction(f -> {
                for (String table : TABLES) {
                    copyTable(s, f, table);
                }
                return null;
            }));
        }
    }

    /** The order rows are read in: SQLite's row ids; on the server, the ids or the time made, as the file had them. */
    private static String order(Connection from, String table) throws SQLException {
        if (!from.getMetaData().getDatabaseProductName().equals("PostgreSQL")) {
            return "rowid";
        }
        return switch (table) {
            case "picture" -> "sha256";
            case "plan_item" -> "plan_id, position";
            case "clinic_exercise_version" -> "created_at, exercise_id, version";
            case "clinic_template" -> "created_at, id";
            case "exercise_review" -> "recorded_at, exercise_id, text_sha";
            default -> "id";
        };
    }

    private static void copyTable(Connection from, Connection to, String table) throws SQLException {
        try (PreparedStatement read = from.prepareStatement("SELECT * FROM " + table + " ORDER BY "
                + order(from, table));
             ResultSet rs = read.executeQuery()) {
            ResultSetMetaData meta = rs.getMetaData();
            int n = meta.getColumnCount();
            List<String> columns = new ArrayList<>();
            for (int i = 1; i <= n; i++) {
                columns.add(meta.getColumnName(i));
            }
            String insert = "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES ("
                    + String.join(", ", java.util.Collections.nCopies(n, "?")) + ")";
            try (PreparedStatement write = to.prepareStatement(insert)) {
                int batch = 0;
                while (rs.next()) {
                    for (int i = 1; i <= n; i++) {
                        Object value = rs.getObject(i);
                        if (value instanceof byte[] bytes) {
                            write.setBytes(i, bytes);
                        } else if (value == null) {
                            write.setObject(i, null);
                        } else if (value instanceof Number number) {
                            write.setLong(i, number.longValue());
                        } else {
                            write.setString(i, value.toString());
                        }
                    }
                    write.addBatch();
                    if (++batch % 1000 == 0) {
                        write.executeBatch();
                    }
                }
                write.executeBatch();
            }
        }
    }

    /** Counts every table on both sides and checks every handout. */
    static Report check(Database from, Database to, PrintablesFolder printables) {
        Map<String, long[]> rows = new LinkedHashMap<>();
        for (String table : TABLES) {
            long here = from.transaction(c -> count(c, table));
            long there = to.transaction(c -> count(c, table));
            rows.put(table, new long[] {here, there});
        }
        Map<Long, String> onServer = to.transaction(RecordMove::handoutShas);
        Map<Long, String> files = to.transaction(c -> {
            Map<Long, String> out = new LinkedHashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT id, file FROM handout ORDER BY id");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getLong(1), rs.getString(2));
                }
            }
            return out;
        });
        List<Handout> handouts = new ArrayList<>();
        for (Map.Entry<Long, String> h : from.transaction(RecordMove::handoutShas).entrySet()) {
            String file = files.get(h.getKey());
            handouts.add(new Handout(h.getKey(), h.getValue(), h.getValue().equals(onServer.get(h.getKey())), file,
                    file != null && printables.find(file, h.getValue()).isPresent()));
        }
        return new Report(rows, handouts);
    }

    private static Map<Long, String> handoutShas(Connection c) throws SQLException {
        Map<Long, String> out = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id, sha256 FROM handout ORDER BY id");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.put(rs.getLong(1), rs.getString(2));
            }
        }
        return out;
    }

    private static long count(Connection c, String table) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM " + table);
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
