package org.physiokiosk.kiosk;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.physiokiosk.Messages;
import org.physiokiosk.audit.AuditEntry;
import org.physiokiosk.audit.AuditFilter;
import org.physiokiosk.patient.PatientForm;

/**
 * State behind the administrator's audit trail screen: the typed filter, its problems, the rows found (newest
 * first, ready to show) and what the last check of the chain said.
 *
 * <p>Searching goes: {@link #setText} as the filters are typed, {@link #check} into an {@link AuditFilter}, the
 * search off the event thread, then {@link #loaded}. Checking the chain goes: the check off the event thread,
 * then {@link #verified}.
 */
public final class AuditModel {

    /** The filter fields of the screen. */
    public enum Field { STAFF, PATIENT, ACTION, FROM, TO }

    /** One row of the table, as shown: number, local time, person, action, patient ("-" when none), outcome. */
    public record Row(long number, String time, String staff, String action, String patient, String outcome) {
    }

    /** Longest piece of typed text repeated in a problem message. */
    private static final int ECHO = 20;

    private final DateTimeFormatter time;
    private final Listeners changed = new Listeners();
    private final Map<Field, String> text = new EnumMap<>(Field.class);
    private Map<Field, String> problems = Map.of();
    private List<Row> rows = List.of();
    private boolean searched;
    private String status = "";
    private boolean broken;

    /** Times are shown in {@code zone}: the clinic's, the zone of the clock the services use for days. */
    public AuditModel(ZoneId zone) {
        this.time = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(zone);
        for (Field f : Field.values()) {
            text.put(f, "");
        }
    }

    /** What is typed in a filter field (null is taken as empty). */
    public void setText(Field field, String value) {
        text.put(field, value == null ? "" : value);
    }

    public String text(Field field) {
        return text.get(field);
    }

    /**
     * Checks the typed filter. Returns the filter to search with, or empty when a field has a problem: then the
     * problems are held per field, the rows shown before are cleared (they would not match what is typed), and
     * nothing is to be searched.
     */
    public Optional<AuditFilter> check() {
        Map<Field, String> found = new EnumMap<>(Field.class);
        Long patient = null;
        String patientText = text(Field.PATIENT).strip();
        if (!patientText.isEmpty()) {
            if (patientText.matches("[0-9]{1,18}")) {
                patient = Long.parseLong(patientText);
            } else {
                found.put(Field.PATIENT, Messages.get("audit.patientNotNumber", echo(patientText)));
            }
        }
        LocalDate from = date(Field.FROM, "audit.fromNotDate", found);
        LocalDate to = date(Field.TO, "audit.toNotDate", found);
        if (from != null && to != null && from.isAfter(to)) {
            found.put(Field.FROM, Messages.get("audit.fromAfterTo", from.toString(), to.toString()));
        }
        problems = Collections.unmodifiableMap(found);
        if (!problems.isEmpty()) {
            rows = List.of();
            searched = false;
            changed.fire();
            return Optional.empty();
        }
        changed.fire();
        return Optional.of(new AuditFilter(text(Field.STAFF), patient, text(Field.ACTION), from, to));
    }

    private LocalDate date(Field field, String problemKey, Map<Field, String> found) {
        String typed = text(field).strip();
        if (typed.isEmpty()) {
            return null;
        }
        try {
            return PatientForm.parseDate(typed);
        } catch (DateTimeParseException e) {
            found.put(field, Messages.get(problemKey, echo(typed)));
            return null;
        }
    }

    /** Typed text repeated in a message: control characters dropped, cut short. */
    private static String echo(String typed) {
        String clean = typed.codePoints().filter(c -> !Character.isISOControl(c)
                        && Character.getType(c) != Character.FORMAT)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        return clean.length() > ECHO ? clean.substring(0, ECHO) + "\u2026" : clean;
    }

    /** The problem of one field; "" when it has none. */
    public String problem(Field field) {
        return problems.getOrDefault(field, "");
    }

    public boolean hasProblems() {
        return !problems.isEmpty();
    }

    /** All the problems, in the order of the fields on screen; "" when none. */
    public String problems() {
        return String.join(" ", problems.values());
    }

    /** The rows a search found (in any order): shown newest first. */
    public void loaded(List<AuditEntry> entries) {
        rows = entries.stream().sorted(Comparator.comparingLong(AuditEntry::id).reversed()).map(this::row).toList();
        searched = true;
        changed.fire();
    }

    private Row row(AuditEntry e) {
        return new Row(e.id(), time.format(e.at()), e.staff(), e.action(),
                e.patientId() == null ? Messages.get("audit.noPatient") : Long.toString(e.patientId()), e.outcome());
    }

    public List<Row> rows() {
        return rows;
    }

    /** How many rows are shown, in words; before any search, how to start one. */
    public String count() {
        return searched ? Messages.get("audit.count", rows.size()) : Messages.get("audit.notSearched");
    }

    /** What the check of the chain found: {@code rows} rows walked, and the first break if any. */
    public void verified(int rowsChecked, Optional<String> firstBreak) {
        broken = firstBreak.isPresent();
        status = firstBreak.map(what -> Messages.get("audit.broken", what))
                .orElseGet(() -> Messages.get("audit.intact", rowsChecked));
        changed.fire();
    }

    /** What the last check of the chain said; "" before the first. */
    public String status() {
        return status;
    }

    /** Whether the last check found the trail changed (the status is then a warning). */
    public boolean broken() {
        return broken;
    }

    public void onChanged(Runnable r) {
        changed.add(r);
    }
}
