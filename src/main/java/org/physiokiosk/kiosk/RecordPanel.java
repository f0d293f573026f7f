package org.physiokiosk.kiosk;

import static org.physiokiosk.kiosk.Ui.named;

import java.awt.Component;
import java.awt.event.KeyEvent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.function.Consumer;
import javax.swing.DefaultListCellRenderer;
import javax.swing.DefaultListModel;
import javax.swing.JButton;
import javax.swing.JFileChooser;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTextArea;
import javax.swing.ListSelectionModel;
import javax.swing.SwingUtilities;
import net.miginfocom.swing.MigLayout;
import org.physiokiosk.Messages;
import org.physiokiosk.handout.HandoutFileName;
import org.physiokiosk.patient.Patient;
import org.physiokiosk.record.PatientRecordService;
import org.physiokiosk.store.OutputGuard;
import org.physiokiosk.plan.LoggedHandout;
import org.physiokiosk.service.HandoutDesk;
import org.physiokiosk.service.NoteDesk;
import org.physiokiosk.service.RecordDesk;
import org.physiokiosk.staff.Actor;

/**
 * Screen 5: the chosen patient's record. Notes with their amendments (add a note, amend one; nothing is
 * ever changed in place), handouts (reprint exactly), export the whole record, erase the patient.
 */
final class RecordPanel extends JPanel {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.ENGLISH)
            .withZone(ZoneId.systemDefault());

    private final RecordModel model;
    private final NoteDesk notes;
    private final HandoutDesk handouts;
    private final RecordDesk records;
    private final Session session;
    private final Path printables;
    private final Tasks tasks;
    private final Consumer<Throwable> onError;
    private final Runnable onErased;

    private final JLabel title = named(new JLabel(Messages.get("record.noPatient")), "recordTitle");
    private final DefaultListModel<RecordModel.NoteRow> noteModel = new DefaultListModel<>();
    private final JList<RecordModel.NoteRow> noteList = named(new JList<>(noteModel), "recordNotes");
    private final JTextArea noteText = named(new JTextArea(6, 40), "recordNoteText");
    private final JButton addNote = named(new JButton(Messages.get("record.addNote")), "recordAddNote");
    private final JButton amend = named(new JButton(Messages.get("record.amend")), "recordAmend");
    private final DefaultListModel<LoggedHandout> handoutModel = new DefaultListModel<>();
    private final JList<LoggedHandout> handoutList = named(new JList<>(handoutModel), "recordHandouts");
    private final JButton reprint = named(new JButton(Messages.get("record.reprint")), "recordReprint");
    private final JButton exportRecord = named(new JButton(Messages.get("record.export")), "recordExport");
    private final JButton erase = named(new JButton(Messages.get("record.erase")), "recordErase");
    private final JLabel status = named(new JLabel(" "), "recordStatus");

    RecordPanel(RecordModel model, NoteDesk notes, HandoutDesk handouts, RecordDesk records, Session session,
                Path printables, Tasks tasks, Consumer<Throwable> onError, Runnable onErased) {
        super(new MigLayout("insets 16, fill, wrap 2", "[0:0:, fill, grow 55]24[0:0:, fill, grow 45]", "[][][grow, fill][][][]"));
        this.model = model;
        this.notes = notes;
        this.handouts = handouts;
        this.records = records;
        this.session = session;
        this.printables = printables;
        this.tasks = tasks;
        this.onError = onError;
        this.onErased = onErased;
        title.putClientProperty("FlatLaf.styleClass", "h2");
        add(title, "span 2, wmin 0");
        add(new JLabel(Messages.get("record.notes")), "wmin 0");
        add(new JLabel(Messages.get("record.handouts")), "wmin 0");
        noteList.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        noteList.setCellRenderer(new NoteRenderer());
        noteList.getAccessibleContext().setAccessibleName(Messages.get("record.notes"));
        noteText.setEditable(false);
        noteText.setLineWrap(true);
        noteText.setWrapStyleWord(true);
        JPanel notesBox = new JPanel(new MigLayout("insets 0, fill, wrap 1", "[grow, fill]", "[grow, fill][]"));
        notesBox.add(new JScrollPane(noteList), "wmin 0, h 100:200:");
        notesBox.add(new JScrollPane(noteText), "wmin 0, h 80:140:");
        add(notesBox, "grow, wmin 0");
        handoutList.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        handoutList.setCellRenderer(new HandoutRenderer());
        handoutList.getAccessibleContext().setAccessibleName(Messages.get("record.handouts"));
        add(new JScrollPane(handoutList), "grow, wmin 0");
        Ui.primary(addNote);
        addNote.setMnemonic(KeyEvent.VK_N);
        amend.setMnemonic(KeyEvent.VK_M);
        reprint.setMnemonic(KeyEvent.VK_R);
        exportRecord.setMnemonic(KeyEvent.VK_X);
        add(addNote, "split 2, growx 0, h 44!");
        add(amend, "growx 0, h 44!");
        add(reprint, "growx 0, h 44!");
        add(exportRecord, "growx 0, h 44!, gaptop 12");
        // Erasing sits alone at the far right, in red, away from what is done every day.
        add(Ui.danger(erase), "growx 0, h 44!, gaptop 12, right");
        status.putClientProperty("FlatLaf.styleClass", "status");
        add(status, "span 2, growx, wmin 100");

        noteList.addListSelectionListener(e -> {
            RecordModel.NoteRow row = noteList.getSelectedValue();
            noteText.setText(row == null ? "" : row.note().text());
            noteText.setCaretPosition(0);
        });
        addNote.addActionListener(e -> addNote());
        amend.addActionListener(e -> amendNote());
        reprint.addActionListener(e -> reprintHandout());
        exportRecord.addActionListener(e -> exportRecord());
        erase.addActionListener(e -> erasePatient());
        model.onChanged(this::showState);
        session.onChanged(this::showState);
        showState();
    }

    /** Loads the record of this patient (or clears the screen for null). */
    void show(Patient patient) {
        show(patient, onError);
    }

    /**
     * Reads the record again because another PC added to it, or the clinic server is back: a failure is not shown
     * (the server's band speaks for it, and the next change reads again).
     */
    void refreshQuietly(Patient patient) {
        show(patient, error -> { });
    }

    private void show(Patient patient, java.util.function.Consumer<Throwable> whenFailed) {
        if (patient == null) {
            model.cleared();
            return;
        }
        Actor who = session.actor();
        tasks.run(() -> load(who, patient), loaded -> model.loaded(patient, loaded.notes(), loaded.handouts()),
                whenFailed);
    }

    private record Loaded(java.util.List<org.physiokiosk.notes.NoteHistory> notes, java.util.List<LoggedHandout> handouts) {
    }

    /** The front desk never asks for visit notes: it sees the handouts only. Off the event thread. */
    private Loaded load(Actor who, Patient p) {
        return new Loaded(NoteDesk.mayRead(who) ? notes.history(who, p.id()) : java.util.List.of(),
                handouts.list(who, p.id()));
    }

    private void showState() {
        assert SwingUtilities.isEventDispatchThread();
        boolean has = model.patient().isPresent();
        title.setText(has ? Messages.get("record.title", model.patient().get().name()) : Messages.get("record.noPatient"));
        noteModel.clear();
        model.noteRows().forEach(noteModel::addElement);
        handoutModel.clear();
        model.handouts().forEach(handoutModel::addElement);
        Actor who = session.actor();
        for (JButton b : new JButton[] {addNote, amend, reprint, exportRecord, erase}) {
            b.setEnabled(has);
        }
        // What a role may not do is not offered (and the services refuse it anyway).
        boolean clinical = NoteDesk.mayRead(who);
        addNote.setVisible(clinical);
        amend.setVisible(clinical);
        noteList.setEnabled(clinical);
        noteList.getAccessibleContext().setAccessibleName(clinical ? Messages.get("record.notes")
                : Messages.get("record.notesNotForRole"));
        noteText.setText(clinical ? "" : Messages.get("record.notesNotForRole"));
        exportRecord.setVisible(RecordDesk.mayHandle(who));
        erase.setVisible(RecordDesk.mayHandle(who));
        status.setText(model.status().isEmpty() ? " " : "<html>" + model.status() + "</html>");
        status.putClientProperty("FlatLaf.styleClass", model.problem() ? "problem" : "status");
    }

    private void addNote() {
        addNote("");
    }

    /** Asks for a note (starting from {@code typed}); a save that fails opens it again with the text kept. */
    private void addNote(String typedBefore) {
        Actor who = session.actor();
        model.patient().ifPresent(p -> new NoteDialog(SwingUtilities.getWindowAncestor(this),
                Messages.get("record.addTitle"), "", who.fullName()).withText(typedBefore).ask()
                .ifPresent(typed -> tasks.run(
                        () -> notes.add(who, p.id(), typed.text(), null), saved -> reload(p), error -> {
                            onError.accept(error);
                            if (model.patient().filter(still -> still.id() == p.id()).isPresent()) {
                                addNote(typed.text());
                            }
                        })));
    }

    private void amendNote() {
        RecordModel.NoteRow row = noteList.getSelectedValue();
        if (row == null) {
            model.problem(Messages.get("record.chooseNote"));
            return;
        }
        amendNote(row, "");
    }

    /** As {@link #addNote(String)}, for an amendment of {@code row}. */
    private void amendNote(RecordModel.NoteRow row, String typedBefore) {
        Patient p = model.patient().orElseThrow();
        Actor who = session.actor();
        new NoteDialog(SwingUtilities.getWindowAncestor(this), Messages.get("record.amendTitle", row.original()),
                row.note().text(), who.fullName()).withText(typedBefore).ask().ifPresent(typed -> tasks.run(
                        () -> notes.amend(who, row.note().id(), typed.text(), null), saved -> reload(p), error -> {
                            onError.accept(error);
                            if (model.patient().filter(still -> still.id() == p.id()).isPresent()) {
                                amendNote(row, typed.text());
                            }
                        }));
    }

    private void reload(Patient p) {
        Actor who = session.actor();
        tasks.run(() -> load(who, p), loaded -> {
            model.loaded(p, loaded.notes(), loaded.handouts());
            model.status(Messages.get("record.noteSaved"));
        }, onError);
    }

    private void reprintHandout() {
        LoggedHandout h = handoutList.getSelectedValue();
        if (h == null) {
            model.problem(Messages.get("record.chooseHandout"));
            return;
        }
        Patient p = model.patient().orElseThrow();
        Path target = printables.resolve(HandoutFileName.of(java.time.LocalDate.now(), p.name(), h.planId())
                .replace(".pdf", "-reprint-" + h.id() + ".pdf"));
        // A reprint of a reprint gets the next free name: the kiosk never writes over a file.
        Actor who = session.actor();
        tasks.run(() -> handouts.reprint(who, h.id(), OutputGuard.free(target), false), result -> {
            show(p);
            model.status(Messages.get("record.reprinted", result.file()));
        }, onError);
    }

    private void exportRecord() {
        Patient p = model.patient().orElseThrow();
        JFileChooser chooser = Ui.chooser(printables.toFile());
        chooser.setFileSelectionMode(JFileChooser.DIRECTORIES_ONLY);
        chooser.setSelectedFile(printables.toFile());
        if (chooser.showSaveDialog(this) != JFileChooser.APPROVE_OPTION) {
            return;
        }
        Path folder = chooser.getSelectedFile().toPath();
        tasks.run(() -> PatientRecordService.exportFiles(p.id(), folder).stream().filter(Files::exists).toList(),
                existing -> {
                    if (existing.isEmpty()) {
                        exportRecord(p, folder, false);
                        return;
                    }
                    Object[] options = {Messages.get("record.replaceYes"), Messages.get("record.replaceNo")};
                    int answer = Ui.choose(this, Messages.get("record.replaceConfirm",
                                    existing.stream().map(f -> f.getFileName().toString())
                                            .collect(java.util.stream.Collectors.joining(", ")), folder),
                            Messages.get("record.replaceTitle"), JOptionPane.QUESTION_MESSAGE, options, options[1]);
                    if (answer == 0) {
                        exportRecord(p, folder, true);
                    } else {
                        model.status(Messages.get("record.exportCancelled"));
                    }
                }, onError);
    }

    private void exportRecord(Patient p, Path folder, boolean replace) {
        Actor who = session.actor();
        tasks.run(() -> records.export(who, p.id(), folder, replace),
                out -> model.status(Messages.get("record.exported", out.json(), out.pdf())), onError);
    }

    private void erasePatient() {
        Patient p = model.patient().orElseThrow();
        Object[] options = {Messages.get("record.eraseYes"), Messages.get("record.eraseNo")};
        int answer = Ui.choose(this, Messages.get("record.eraseConfirm", p.name()),
                Messages.get("record.eraseTitle"), JOptionPane.WARNING_MESSAGE, options, options[1]);
        if (answer != 0) {
            return;
        }
        Actor who = session.actor();
        tasks.run(() -> records.erase(who, p.id()), erased -> {
            model.cleared();
            model.status(Messages.get("record.erased", erased.notes(), erased.plans(), erased.handouts(),
                    erased.filesDeleted()));
            onErased.run();
        }, onError);
    }

    private static final class NoteRenderer extends DefaultListCellRenderer {
        @Override
        public Component getListCellRendererComponent(JList<?> list, Object value, int index, boolean selected,
                                                      boolean focused) {
            RecordModel.NoteRow row = (RecordModel.NoteRow) value;
            String first = row.note().text().lines().findFirst().orElse("");
            String shown = first.length() > 60 ? first.substring(0, 60) + "\u2026" : first;
            String text = Messages.get(row.amendment() ? "record.amendmentRow" : "record.noteRow", row.note().id(),
                    WHEN.format(row.note().writtenAt()), row.note().author()) + "  \u2014  " + shown;
            return super.getListCellRendererComponent(list, text, index, selected, focused);
        }
    }

    private static final class HandoutRenderer extends DefaultListCellRenderer {
        @Override
        public Component getListCellRendererComponent(JList<?> list, Object value, int index, boolean selected,
                                                      boolean focused) {
            LoggedHandout h = (LoggedHandout) value;
            String text = Messages.get("record.handoutRow", h.id(), h.planId(), WHEN.format(h.producedAt()),
                    h.printedOn() == null ? "" : Messages.get("record.printedOn", h.printedOn()));
            return super.getListCellRendererComponent(list, text, index, selected, focused);
        }
    }
}
