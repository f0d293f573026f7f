package org.physiokiosk.audit;

import java.util.List;
import java.util.Optional;

/**
 * What a check of the audit trail found, and how far that goes: the rows walked; the problems (a row changed,
 * removed or damaged; a guard of the table gone; a backup that held more rows, or other ones); what the backups
 * vouch for; and what nothing outside the record can vouch for.
 *
 * @param rows      rows in the trail now
 * @param problems  what is wrong, the first one first; empty when nothing is
 * @param proven    what the check shows, in plain words
 * @param unproven  what it cannot show, in plain words
 */
public record AuditProof(int rows, List<String> problems, List<String> proven, List<String> unproven) {

    public AuditProof {
        problems = List.copyOf(problems);
        proven = List.copyOf(proven);
        unproven = List.copyOf(unproven);
    }

    public boolean intact() {
        return problems.isEmpty();
    }

    /** The first problem, for a one-line answer. */
    public Optional<String> firstProblem() {
        return problems.stream().findFirst();
    }
}
