package org.physiokiosk.notes;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A patient's notes as the record shows them: each original, then its amendments in order. */
public record NoteHistory(VisitNote original, List<VisitNote> amendments) {

    public NoteHistory {
        amendments = List.copyOf(amendments);
    }

    /** Groups notes (in the order written) under their originals. */
    public static List<NoteHistory> of(List<VisitNote> notes) {
        Map<Long, VisitNote> originals = new LinkedHashMap<>();
        Map<Long, List<VisitNote>> amendments = new LinkedHashMap<>();
        for (VisitNote n : notes) {
            if (n.isAmendment()) {
                amendments.computeIfAbsent(n.amendsNote(), k -> new ArrayList<>()).add(n);
            } else {
                originals.put(n.id(), n);
            }
        }
        List<NoteHistory> out = new ArrayList<>();
        originals.values().forEach(o -> out.add(new NoteHistory(o, amendments.getOrDefault(o.id(), List.of()))));
        return out;
    }

    /** Checks a note or amendment before it is saved; returns the problem, or empty. */
    public static String problem(String text, String author) {
        if (text == null || text.isBlank()) {
            return "Write the note first: it is empty.";
        }
        if (text.length() > VisitNote.MAX_TEXT) {
            return "The note is longer than " + VisitNote.MAX_TEXT + " characters: split it into two notes.";
        }
        if (author == null || author.isBlank()) {
            return "Enter who is writing the note.";
        }
        if (author.length() > VisitNote.MAX_AUTHOR) {
            return "The author's name is longer than " + VisitNote.MAX_AUTHOR + " characters.";
        }
        return "";
    }
}
