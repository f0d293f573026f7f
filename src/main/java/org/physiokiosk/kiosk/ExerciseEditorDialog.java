package org.physiokiosk.kiosk;

import static org.physiokiosk.kiosk.Ui.named;

import java.awt.Window;
import java.awt.event.KeyEvent;
import java.util.Map;
import java.util.Optional;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JSlider;
import javax.swing.JSpinner;
import javax.swing.JTextArea;
import javax.swing.JTextField;
import javax.swing.SpinnerNumberModel;
import net.miginfocom.swing.MigLayout;
import org.physiokiosk.Messages;
import org.physiokiosk.catalog.ExerciseKind;
import org.physiokiosk.catalog.Library;
import org.physiokiosk.pictures.figure.PoseSliders;

/**
 * Writes the clinic's own version of an exercise: its words on the left, its picture on the right with a slider
 * for each main joint of the Start or Finish pose, the picture drawn again as a slider moves. Lays out and binds
 * to {@link ExerciseEditorModel}; saving is the caller's.
 */
final class ExerciseEditorDialog extends JDialog {

    private final ExerciseEditorModel model;
    private final JTextField name = named(new JTextField(28), "editorName");
    private final JTextField purpose = named(new JTextField(28), "editorPurpose");
    private final JTextArea steps = named(new JTextArea(4, 36), "editorSteps");
    private final JTextField takeCare = named(new JTextField(28), "editorTakeCare");
    private final JComboBox<String> kind = named(new JComboBox<>(new String[] {Messages.get("plan.kind.stretch"),
        Messages.get("plan.kind.strengthen"), Messages.get("plan.kind.mobility"), Messages.get("plan.kind.balance")}),
            "editorKind");
    private final JComboBox<String> region = named(new JComboBox<>(Library.REGIONS.toArray(new String[0])),
            "editorRegion");
    private final JSpinner level = named(new JSpinner(new SpinnerNumberModel(Library.MIN_LEVEL, Library.MIN_LEVEL,
            Library.MAX_LEVEL, 1)), "editorLevel");
    private final JTextField aliases = named(new JTextField(28), "editorAliases");
    private final JTextArea sources = named(new JTextArea(2, 36), "editorSources");
    private final JComboBox<String> position = named(new JComboBox<>(Library.POSITIONS.toArray(new String[0])),
            "editorPosition");
    private final JTextField equipment = named(new JTextField(24), "editorEquipment");
    private final JSpinner hold = spinner("editorHold");
    private final JSpinner reps = spinner("editorReps");
    private final JSpinner sets = spinner("editorSets");
    private final JSpinner perDay = named(new JSpinner(new SpinnerNumberModel(0, 0, 24, 1)), "editorPerDay");
    private final JSpinner perWeek = named(new JSpinner(new SpinnerNumberModel(0, 0, 7, 1)), "editorPerWeek");
    private final javax.swing.JCheckBox eachSide = named(new javax.swing.JCheckBox(Messages.get("plan.eachSide")),
            "editorEachSide");

    private static JSpinner spinner(String name) {
        return named(new JSpinner(new SpinnerNumberModel(0, 0, org.physiokiosk.catalog.Dosage.MAX_VALUE, 1)), name);
    }
    private final JLabel problem = named(new JLabel(" "), "editorProblem");
    private final JTextField alt = named(new JTextField(24), "editorAlt");
    private final JButton ownPicture = named(new JButton(Messages.get("editor.ownPicture")), "editorOwnPicture");
    private final Tasks tasks;
    private final JComboBox<Object> easierStep = named(new JComboBox<>(), "editorEasier");
    private final JComboBox<Object> harderStep = named(new JComboBox<>(), "editorHarder");
    private final java.util.List<org.physiokiosk.catalog.Exercise> library;
    private final JLabel picture = named(new JLabel(), "editorPicture");
    private final JComboBox<String> whichPose = named(new JComboBox<>(), "editorPose");
    private final JPanel sliders = new WidthTrackingPanel(new MigLayout("insets 0 0 0 4, wrap 2, fillx",
            "[][grow, fill, 80:]"));

    /** A panel that takes the width of the scroll pane it is in, so its sliders are never cut at the right. */
    private static final class WidthTrackingPanel extends JPanel implements javax.swing.Scrollable {
        WidthTrackingPanel(java.awt.LayoutManager layout) {
            super(layout);
        }

        @Override
        public java.awt.Dimension getPreferredScrollableViewportSize() {
            return getPreferredSize();
        }

        @Override
        public int getScrollableUnitIncrement(java.awt.Rectangle r, int orientation, int direction) {
            return 16;
        }

        @Override
        public int getScrollableBlockIncrement(java.awt.Rectangle r, int orientation, int direction) {
            return r.height;
        }

        @Override
        public boolean getScrollableTracksViewportWidth() {
            return true;
        }

        @Override
        public boolean getScrollableTracksViewportHeight() {
            return false;
        }
    }
    private boolean saved;

    ExerciseEditorDialog(Window owner, ExerciseEditorModel model, Tasks tasks,
            java.util.List<org.physiokiosk.catalog.Exercise> library) {
        super(owner, Messages.get(model.copying() ? "editor.copyTitle" : "editor.changeTitle", model.from().name()),
                ModalityType.DOCUMENT_MODAL);
        this.model = model;
        this.tasks = tasks;
        this.library = library;
        setName("exerciseEditor");
        JPanel words = new JPanel(new MigLayout("insets 0, wrap 1, fillx", "[grow, fill, 300:460:]"));
        words.add(Ui.labelFor(Messages.get("editor.name"), name, KeyEvent.VK_N));
        words.add(name, "h 36!");
        words.add(Ui.labelFor(Messages.get("editor.purpose"), purpose, KeyEvent.VK_W));
        words.add(purpose, "h 36!");
        words.add(Ui.labelFor(Messages.get("editor.steps"), steps, KeyEvent.VK_T));
        steps.setLineWrap(true);
        steps.setWrapStyleWord(true);
        Ui.onKey(steps, "TAB", steps::transferFocus);
        words.add(new JScrollPane(steps), "h 120:200:");
        words.add(Ui.labelFor(Messages.get("editor.takeCare"), takeCare, KeyEvent.VK_C));
        words.add(takeCare, "h 36!");
        JPanel details = new JPanel(new MigLayout("insets 0, wrap 1, fillx", "[grow, fill, 300:460:]"));
        details.add(Ui.labelFor(Messages.get("editor.kind"), kind, KeyEvent.VK_K), "split 4");
        kind.getAccessibleContext().setAccessibleName(Messages.get("editor.kind"));
        details.add(kind, "growx 0");
        details.add(Ui.labelFor(Messages.get("editor.level"), level, KeyEvent.VK_L), "gapleft 8");
        details.add(level, "growx 0, w 70!");
        details.add(Ui.labelFor(Messages.get("editor.region"), region, KeyEvent.VK_R), "split 2");
        region.getAccessibleContext().setAccessibleName(Messages.get("editor.region"));
        details.add(region, "growx 0, wmin 120");
        // Progression by choice: any other exercise of the library as the easier or the harder step.
        details.add(Ui.labelFor(Messages.get("editor.easier"), easierStep, KeyEvent.VK_E), "split 4");
        easierStep.getAccessibleContext().setAccessibleName(Messages.get("editor.easier"));
        details.add(easierStep, "growx, wmin 80, w 80:160:");
        details.add(Ui.labelFor(Messages.get("editor.harder"), harderStep, KeyEvent.VK_H), "gapleft 8");
        harderStep.getAccessibleContext().setAccessibleName(Messages.get("editor.harder"));
        details.add(harderStep, "growx, wmin 80, w 80:160:");
        details.add(Ui.labelFor(Messages.get("editor.aliases"), aliases, KeyEvent.VK_A));
        details.add(aliases, "h 36!");
        details.add(Ui.labelFor(Messages.get("editor.sources"), sources, KeyEvent.VK_O));
        Ui.onKey(sources, "TAB", sources::transferFocus);
        sources.setLineWrap(true);
        sources.setWrapStyleWord(true);
        details.add(new JScrollPane(sources), "h 44!");
        details.add(Ui.labelFor(Messages.get("editor.position"), position, KeyEvent.VK_I), "split 2");
        position.getAccessibleContext().setAccessibleName(Messages.get("editor.position"));
        details.add(position, "growx 0");
        details.add(Ui.labelFor(Messages.get("editor.equipment"), equipment, KeyEvent.VK_Q));
        details.add(equipment, "h 34!");
        JLabel dosageTitle = new JLabel(Messages.get("editor.dosage"));
        details.add(dosageTitle);
        details.add(Ui.labelFor(Messages.get("plan.hold"), hold, 0), "split 4");
        details.add(hold, "growx 0, w 80!");
        details.add(Ui.labelFor(Messages.get("plan.reps"), reps, 0), "gapleft 8");
        details.add(reps, "growx 0, w 80!");
        details.add(Ui.labelFor(Messages.get("plan.sets"), sets, 0), "split 4");
        details.add(sets, "growx 0, w 80!");
        details.add(Ui.labelFor(Messages.get("plan.perDay"), perDay, 0), "gapleft 8");
        details.add(perDay, "growx 0, w 80!");
        details.add(Ui.labelFor(Messages.get("plan.perWeek"), perWeek, 0), "split 3");
        details.add(perWeek, "growx 0, w 80!");
        details.add(eachSide, "gapleft 8");
        javax.swing.JTabbedPane sides = named(new javax.swing.JTabbedPane(), "editorTabs");
        sides.addTab(Messages.get("editor.wordsTab"), words);
        sides.addTab(Messages.get("editor.detailsTab"), new JScrollPane(details));
        sides.setMnemonicAt(0, KeyEvent.VK_1);
        sides.setMnemonicAt(1, KeyEvent.VK_2);

        JPanel drawing = new JPanel(new MigLayout("insets 0, wrap 1, fill", "[grow, fill]",
                "[][][][][][grow, fill]"));
        picture.getAccessibleContext().setAccessibleName(Messages.get("editor.picture"));
        drawing.add(picture, "h 130!, w 320!");
        drawing.add(Ui.labelFor(Messages.get("editor.alt"), alt, KeyEvent.VK_D));
        drawing.add(alt, "h 34!");
        ownPicture.setMnemonic(KeyEvent.VK_U);
        ownPicture.setToolTipText(Messages.get("editor.ownPictureTip"));
        ownPicture.getAccessibleContext().setAccessibleDescription(Messages.get("editor.ownPictureTip"));
        drawing.add(ownPicture, "growx 0, h 34!");
        ownPicture.addActionListener(e -> chooseOwnPicture());
        if (model.pose() != null) {
            model.pose().poses().forEach(p -> whichPose.addItem(Messages.get("editor.pose." + p)));
            drawing.add(Ui.labelFor(Messages.get("editor.whichPose"), whichPose, KeyEvent.VK_P), "split 2");
            whichPose.getAccessibleContext().setAccessibleName(Messages.get("editor.whichPose"));
            drawing.add(whichPose, "growx 0");
            JScrollPane scroll = new JScrollPane(sliders, JScrollPane.VERTICAL_SCROLLBAR_ALWAYS,
                    JScrollPane.HORIZONTAL_SCROLLBAR_NEVER);
            scroll.getVerticalScrollBar().setUnitIncrement(16);
            drawing.add(scroll, "h 80:200:");
            whichPose.addActionListener(e -> {
                showSliders();
                showPicture();
            });
        } else {
            drawing.add(new JLabel(Messages.get("editor.noPose")));
        }

        JPanel panel = new JPanel(new MigLayout("insets 12, fill", "[grow, fill]12[340!, fill]", "[grow, fill][][]"));
        panel.add(sides);
        panel.add(drawing, "wrap");
        problem.putClientProperty("FlatLaf.styleClass", "problem");
        panel.add(problem, "span 2, wrap");
        JButton save = Ui.primary(named(new JButton(Messages.get("editor.save")), "editorSave"));
        JButton cancel = named(new JButton(Messages.get("record.noteCancel")), "editorCancel");
        save.setMnemonic(KeyEvent.VK_S);
        panel.add(save, "span 2, split 2, gapbefore push, growx 0, h 40!");
        panel.add(cancel, "growx 0, h 40!");
        save.addActionListener(e -> save());
        Ui.leaveSafely(this, cancel);
        fill();
        steps.setCaretPosition(0);
        sources.setCaretPosition(0);
        showSliders();
        showPicture();
        getContentPane().add(panel);
        pack();
        // Never taller or wider than the screen it opens on (a 1024 x 768 front-desk screen included).
        java.awt.Rectangle screen = owner == null ? getGraphicsConfiguration().getBounds()
                : owner.getGraphicsConfiguration().getBounds();
        setSize(Math.min(getWidth(), screen.width), Math.min(getHeight(), screen.height));
        setLocationRelativeTo(owner);
    }

    /**
     * The clinic's own picture instead of the drawn one: an SVG, PNG or JPEG of at most 2 MB, read and checked off
     * the event thread; a file that cannot be used says why, and nothing changes.
     */
    private void chooseOwnPicture() {
        javax.swing.JFileChooser chooser = Ui.chooser(null);
        chooser.setFileFilter(new javax.swing.filechooser.FileNameExtensionFilter(Messages.get("editor.pictureFiles"),
                "svg", "png", "jpg", "jpeg"));
        if (chooser.showOpenDialog(this) != javax.swing.JFileChooser.APPROVE_OPTION) {
            return;
        }
        java.nio.file.Path file = chooser.getSelectedFile().toPath();
        useOwnPicture(file);
    }

    /** Reads and checks {@code file} off the event thread, then shows it (or why it cannot be used). */
    void useOwnPicture(java.nio.file.Path file) {
        tasks.run(() -> {
            if (java.nio.file.Files.size(file) > org.physiokiosk.pictures.OwnPicture.MAX_BYTES) {
                return new Chosen(null, file.getFileName() + " is larger than 2 MB; a picture may be 2 MB at most. "
                        + "Save it smaller and choose it again.");
            }
            try {
                return new Chosen(org.physiokiosk.pictures.OwnPicture.svg(java.nio.file.Files.readAllBytes(file),
                        file.getFileName().toString()), null);
            } catch (org.physiokiosk.pictures.OwnPicture.Refused refused) {
                return new Chosen(null, refused.getMessage());
            }
        }, chosen -> {
            if (chosen.svg() == null) {
                problem.setText("<html>" + Ui.escaped(chosen.problem()) + "</html>");
                return;
            }
            problem.setText(" ");
            model.setOwnPicture(chosen.svg());
            whichPose.setEnabled(false);
            sliders.removeAll();
            sliders.add(new JLabel(Messages.get("editor.ownPictureUsed")), "span 2");
            sliders.revalidate();
            showPicture();
            alt.requestFocusInWindow();
        }, e -> problem.setText("<html>" + Ui.escaped(Messages.get("editor.pictureUnreadable", file.getFileName()))
                + "</html>"));
    }

    private record Chosen(String svg, String problem) {
    }

    private void fill() {
        name.setText(model.name());
        purpose.setText(model.purpose());
        steps.setText(model.steps());
        takeCare.setText(model.takeCare());
        kind.setSelectedIndex(model.kind().ordinal());
        region.setSelectedItem(model.region());
        level.setValue(model.level());
        aliases.setText(model.aliases());
        sources.setText(model.sources());
        alt.setText(model.alt());
        position.setSelectedItem(model.position());
        equipment.setText(model.equipment());
        org.physiokiosk.catalog.Dosage d = model.dosage();
        hold.setValue(d.holdSeconds() == null ? 0 : d.holdSeconds());
        reps.setValue(d.repetitions() == null ? 0 : d.repetitions());
        sets.setValue(d.sets() == null ? 0 : d.sets());
        perDay.setValue(d.timesPerDay() == null ? 0 : d.timesPerDay());
        perWeek.setValue(d.daysPerWeek() == null ? 0 : d.daysPerWeek());
        eachSide.setSelected(d.eachSide());
        for (JComboBox<Object> box : java.util.List.of(easierStep, harderStep)) {
            box.addItem(Messages.get("editor.noStep"));
            library.stream().filter(e -> !e.id().equals(model.from().id())).forEach(box::addItem);
            box.setRenderer(new javax.swing.DefaultListCellRenderer() {
                @Override
                public java.awt.Component getListCellRendererComponent(javax.swing.JList<?> list, Object value,
                        int index, boolean selected, boolean focused) {
                    return super.getListCellRendererComponent(list, value instanceof org.physiokiosk.catalog.Exercise e
                            ? e.name() : value, index, selected, focused);
                }
            });
        }
        select(easierStep, model.easier());
        select(harderStep, model.harder());
    }

    private void select(JComboBox<Object> box, String id) {
        box.setSelectedIndex(0);
        for (int i = 1; i < box.getItemCount(); i++) {
            if (((org.physiokiosk.catalog.Exercise) box.getItemAt(i)).id().equals(id)) {
                box.setSelectedIndex(i);
            }
        }
    }

    private static String chosenStep(JComboBox<Object> box) {
        return box.getSelectedItem() instanceof org.physiokiosk.catalog.Exercise e ? e.id() : null;
    }

    private String pose() {
        return model.pose() == null || whichPose.getSelectedIndex() < 0 ? null
                : model.pose().poses().get(whichPose.getSelectedIndex());
    }

    /** One slider per main joint movement of the chosen pose, each bounded by the joint's range. */
    private void showSliders() {
        sliders.removeAll();
        String pose = pose();
        if (pose != null) {
            for (PoseSliders.Slider s : model.pose().sliders(pose)) {
                JSlider slider = named(new JSlider((int) s.min(), (int) s.max(), (int) Math.round(s.value())),
                        "slider." + s.key());
                slider.getAccessibleContext().setAccessibleName(s.label());
                JLabel label = new JLabel(Messages.get("editor.degrees", s.label(), slider.getValue()));
                label.setLabelFor(slider);
                sliders.add(label);
                sliders.add(slider, "wmin 80");
                slider.addChangeListener(e -> {
                    model.pose().set(pose, s.key(), slider.getValue());
                    label.setText(Messages.get("editor.degrees", s.label(), slider.getValue()));
                    showPicture();
                });
            }
        }
        sliders.revalidate();
        sliders.repaint();
    }

    /** The picture as the model draws it now (in memory: no disk). */
    private void showPicture() {
        if (model.ownPicture() != null) {
            picture.setIcon(PictureIcon.of(model.ownPicture(), 320, 130, -1));
            return;
        }
        if (model.pose() == null) {
            return;
        }
        // The panel of the pose being changed: Start, Finish, or the one held position.
        String pose = pose();
        int panel = "start".equals(pose) ? 0 : "finish".equals(pose) ? 1 : -1;
        picture.setIcon(PictureIcon.of(model.pose().svg(), 320, 130, panel));
        picture.getAccessibleContext().setAccessibleDescription(model.from().picture());
    }

    private void save() {
        model.setText(name.getText(), purpose.getText(), steps.getText(), takeCare.getText(), aliases.getText(),
                sources.getText());
        model.setKind(ExerciseKind.values()[kind.getSelectedIndex()]);
        model.setRegion((String) region.getSelectedItem());
        model.setLevel((Integer) level.getValue());
        model.setAlt(alt.getText());
        model.setSteps(chosenStep(easierStep), chosenStep(harderStep));
        model.setPosition((String) position.getSelectedItem());
        model.setEquipment(equipment.getText());
        model.setDosage((Integer) hold.getValue(), (Integer) reps.getValue(), (Integer) sets.getValue(),
                eachSide.isSelected(), (Integer) perDay.getValue(), (Integer) perWeek.getValue());
        Map<String, String> problems = model.problems();
        if (!problems.isEmpty()) {
            problem.setText(problems.values().iterator().next());
            return;
        }
        saved = true;
        dispose();
    }

    /** Shows the dialog; true when the person saved (the model then holds what was written). */
    Optional<ExerciseEditorModel> ask() {
        setVisible(true);
        return saved ? Optional.of(model) : Optional.empty();
    }
}
