package org.physiokiosk.kiosk;

import static org.physiokiosk.kiosk.Ui.named;

import java.awt.Component;
import java.awt.event.KeyEvent;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.util.List;
import javax.swing.DefaultListCellRenderer;
import javax.swing.DefaultListModel;
import javax.swing.JButton;
import javax.swing.JCheckBox;
import javax.swing.JComboBox;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JSpinner;
import javax.swing.JTextField;
import javax.swing.ListSelectionModel;
import javax.swing.SpinnerNumberModel;
import javax.swing.SwingUtilities;
import net.miginfocom.swing.MigLayout;
import org.physiokiosk.Messages;
import org.physiokiosk.catalog.Dosage;
import org.physiokiosk.catalog.Exercise;
import org.physiokiosk.catalog.ExerciseKind;
import org.physiokiosk.catalog.Library;
import org.physiokiosk.catalog.Template;
import org.physiokiosk.plan.PlanItem;

/**
 * Screen 2: the catalogue on the left (search as you type, stretch/strengthen filter), the plan on the
 * right (add, remove, reorder, start from a template) and the dosage of the chosen plan item below it.
 */
final class PlanPanel extends JPanel {

    private final PlanModel model;

    private final JTextField search = named(new JTextField(), "catalogueSearch");
    private final JComboBox<String> kind = named(new JComboBox<>(new String[] {
        Messages.get("plan.filter.all"), Messages.get("plan.filter.stretch"), Messages.get("plan.filter.strengthen"),
        Messages.get("plan.filter.mobility"), Messages.get("plan.filter.balance")}), "kindFilter");
    private final JComboBox<String> region = named(choice("plan.filter.allRegions", Library.REGIONS), "regionFilter");
    private final JComboBox<String> equipment = named(choice("plan.filter.anyEquipment",
            Library.EQUIPMENT), "equipmentFilter");
    private final JComboBox<String> position = named(choice("plan.filter.anyPosition", Library.POSITIONS),
            "positionFilter");
    private final JComboBox<String> level = named(new JComboBox<>(new String[] {Messages.get("plan.filter.anyLevel"),
        Messages.get("plan.filter.level", 1), Messages.get("plan.filter.level", 2), Messages.get("plan.filter.level", 3)}),
            "levelFilter");
    private final DefaultListModel<Exercise> catalogueModel = new DefaultListModel<>();
    private final JList<Exercise> catalogueList = named(new JList<>(catalogueModel), "catalogueList");
    private final JLabel libraryEmpty = named(new JLabel(), "libraryEmpty");
    private final JButton add = Ui.primary(named(new JButton(Messages.get("plan.add")), "addExercise"));
    private final JButton copyExercise = named(new JButton(Messages.get("plan.copyExercise")), "copyExercise");
    private final JButton newExercise = named(new JButton(Messages.get("plan.newExercise")), "newExercise");

    private final JComboBox<Template> templates = named(new JComboBox<>(), "templateChoice");
    private final JButton useTemplate = named(new JButton(Messages.get("plan.useTemplate")), "useTemplate");
    private final JButton saveTemplate = named(new JButton(Messages.get("plan.saveTemplate")), "saveTemplate");
    private final DefaultListModel<PlanItem> planModel = new DefaultListModel<>();
    private final JList<PlanItem> planList = named(new JList<>(planModel), "planList");
    private final JButton remove = named(new JButton(Messages.get("plan.remove")), "removeExercise");
    private final JButton up = named(new JButton(Messages.get("plan.up")), "moveUp");
    private final JButton down = named(new JButton(Messages.get("plan.down")), "moveDown");
    private final JButton easier = named(new JButton(Messages.get("plan.easier")), "stepDown");
    private final JButton harder = named(new JButton(Messages.get("plan.harder")), "stepUp");
    private final JLabel warning = named(new JLabel(" "), "planWarning");

    private final JSpinner hold = number("holdSeconds", Dosage.MAX_VALUE);
    private final JSpinner reps = number("repetitions", Dosage.MAX_VALUE);
    private final JSpinner sets = number("sets", Dosage.MAX_VALUE);
    private final JCheckBox eachSide = named(new JCheckBox(Messages.get("plan.eachSide")), "eachSide");
    private final JSpinner perDay = number("timesPerDay", 24);
    private final JSpinner perWeek = number("daysPerWeek", 7);
    private final JTextField instruction = named(new JTextField(), "personalInstruction");
    private final JTextField moveOn = named(new JTextField(), "moveOn");
    private final JLabel preview = named(new JLabel(" "), "dosagePreview");
    private final JPanel dosagePanel = new JPanel();
    private boolean updating;

    private final org.physiokiosk.library.ClinicTemplates clinicTemplates;
    private final org.physiokiosk.library.ClinicExercises clinicExercises;
    private final Tasks tasks;
    private final java.util.function.Consumer<Throwable> onError;

    private final org.physiokiosk.service.LibraryDesk library;
    private final Session session;

    PlanPanel(PlanModel model, org.physiokiosk.library.ClinicExercises clinicExercises,
            org.physiokiosk.library.ClinicTemplates clinicTemplates, org.physiokiosk.service.LibraryDesk library,
            Session session, Tasks tasks, java.util.function.Consumer<Throwable> onError) {
        // The two sides share the width whatever their texts ask for, so nothing is pushed off a 1024-wide screen.
        super(new MigLayout("insets 12 16 8 16, fill", "[40%:40%:40%, fill]16[0:60%:, grow, fill]", "[grow, fill]"));
        this.model = model;
        this.clinicTemplates = clinicTemplates;
        this.clinicExercises = clinicExercises;
        this.tasks = tasks;
        this.onError = onError;
        this.library = library;
        this.session = session;
        layoutComponents();
        bind();
        // Changing the clinic's library is a clinician's (the service refuses anyone else, and says so).
        session.onChanged(this::showRole);
        showRole();
        showCatalogue();
        showPlan();
    }

    /** A filter: "any" first, then the library's words. */
    private static JComboBox<String> choice(String anyKey, java.util.List<String> words) {
        JComboBox<String> box = new JComboBox<>();
        box.addItem(Messages.get(anyKey));
        words.forEach(box::addItem);
        return box;
    }

    /** The chosen word, or null for "any". */
    private static String chosen(JComboBox<String> box) {
        return box.getSelectedIndex() <= 0 ? null : (String) box.getSelectedItem();
    }

    private static JSpinner number(String name, int max) {
        JSpinner spinner = named(new JSpinner(new SpinnerNumberModel(0, 0, max, 1)), name);
        ((JSpinner.DefaultEditor) spinner.getEditor()).getTextField().setColumns(4);
        return spinner;
    }

    private void layoutComponents() {
        JPanel left = new JPanel(new MigLayout("insets 0, fill, wrap 1, hidemode 3", "[grow]",
                "[][][][][][grow, fill][]"));
        JLabel catTitle = new JLabel(Messages.get("plan.catalogue"));
        catTitle.putClientProperty("FlatLaf.styleClass", "h2");
        left.add(catTitle);
        left.add(Ui.labelFor(Messages.get("plan.search"), search, KeyEvent.VK_S), "split 3");
        left.add(search, "growx, wmin 60, h 38!");
        left.add(level, "wmin 0, w 110!, h 36!");
        // Filters: region and kind, then equipment, position and level. Each names itself for screen readers.
        kind.getAccessibleContext().setAccessibleName(Messages.get("plan.filter.kindName"));
        region.getAccessibleContext().setAccessibleName(Messages.get("plan.filter.regionName"));
        equipment.getAccessibleContext().setAccessibleName(Messages.get("plan.filter.equipmentName"));
        position.getAccessibleContext().setAccessibleName(Messages.get("plan.filter.positionName"));
        level.getAccessibleContext().setAccessibleName(Messages.get("plan.filter.levelName"));
        // A combo box asks for the width of its longest word; here each gets its share of the pane instead.
        for (JComboBox<String> box : List.of(region, kind, equipment, position, level)) {
            box.setPrototypeDisplayValue("Any level");
        }
        left.add(region, "split 2, growx, wmin 0, w 50%, h 36!");
        left.add(kind, "growx, wmin 0, w 50%, h 36!");
        left.add(equipment, "split 2, growx, wmin 0, w 50%, h 36!");
        left.add(position, "growx, wmin 0, w 50%, h 36!");
        // An empty list says why and what to try, in words that wrap within the column.
        libraryEmpty.putClientProperty("FlatLaf.styleClass", "notice");
        libraryEmpty.setVisible(false);
        left.add(libraryEmpty, "growx, wmin 0");
        catalogueList.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        catalogueList.setCellRenderer(new ExerciseRenderer(model));
        catalogueList.getAccessibleContext().setAccessibleName(Messages.get("plan.catalogue"));
        left.add(new JScrollPane(catalogueList, JScrollPane.VERTICAL_SCROLLBAR_AS_NEEDED,
                JScrollPane.HORIZONTAL_SCROLLBAR_NEVER), "grow, wmin 0, h 120:220:");
        add.setMnemonic(KeyEvent.VK_A);
        copyExercise.setMnemonic(KeyEvent.VK_G);
        copyExercise.setToolTipText(Messages.get("plan.copyExerciseTip"));
        copyExercise.getAccessibleContext().setAccessibleDescription(Messages.get("plan.copyExerciseTip"));
        // No mnemonic: Alt+X is the record's Export, and every letter of "New" is taken on this screen.
        newExercise.setToolTipText(Messages.get("plan.newExerciseTip"));
        newExercise.getAccessibleContext().setAccessibleDescription(Messages.get("plan.newExerciseTip"));
        for (JButton b : List.of(newExercise, copyExercise, add)) {
            b.putClientProperty("FlatLaf.styleClass", "compact");
        }
        left.add(newExercise, "split 3, h 38!");
        left.add(copyExercise, "h 38!");
        left.add(add, "gapleft push, h 38!");
        add(left, "wmin 0");

        JPanel right = new JPanel(new MigLayout("insets 0, fill, wrap 1", "[grow]", "[][][grow, fill][][][]"));
        JLabel planTitle = new JLabel(Messages.get("plan.items"));
        planTitle.putClientProperty("FlatLaf.styleClass", "h2");
        // The heading row has room for saving the plan as a template, beside what it saves.
        right.add(planTitle, "split 2");
        saveTemplate.setMnemonic(KeyEvent.VK_V);
        saveTemplate.setToolTipText(Messages.get("plan.saveTemplateTip"));
        saveTemplate.getAccessibleContext().setAccessibleDescription(Messages.get("plan.saveTemplateTip"));
        right.add(saveTemplate, "gapleft push, growx 0, h 36!");
        right.add(Ui.labelFor(Messages.get("plan.template"), templates, KeyEvent.VK_T), "split 3");
        model.templates().forEach(templates::addItem);
        templates.setPrototypeDisplayValue(null);
        // The clinic's own templates say so in the list.
        templates.setRenderer(new DefaultListCellRenderer() {
            @Override
            public Component getListCellRendererComponent(JList<?> list, Object value, int index, boolean selected,
                                                          boolean focused) {
                Template t = (Template) value;
                String text = t == null ? "" : t.name() + (t.origin() == org.physiokiosk.catalog.Origin.CLINIC
                        ? " \u00b7 " + Messages.get("plan.clinicOwn") : "");
                return super.getListCellRendererComponent(list, text, index, selected, focused);
            }
        });
        right.add(templates, "growx, wmin 80, w 80:200:, h 36!");
        useTemplate.setMnemonic(KeyEvent.VK_E);
        right.add(useTemplate, "h 36!");
        planList.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        planList.setCellRenderer(new PlanItemRenderer());
        planList.getAccessibleContext().setAccessibleName(Messages.get("plan.items"));
        right.add(new JScrollPane(planList), "grow, wmin 0, h 96:220:");
        remove.setMnemonic(KeyEvent.VK_R);
        up.setMnemonic(KeyEvent.VK_U);
        down.setMnemonic(KeyEvent.VK_D);
        // Progression: swap the chosen exercise for its easier or harder step (Ctrl+Down, Ctrl+Up in the plan).
        // No mnemonics: the letters are the dosage labels'; Ctrl+Down and Ctrl+Up in the plan, said in the tooltips.
        easier.setToolTipText(Messages.get("plan.easierTip"));
        harder.setToolTipText(Messages.get("plan.harderTip"));
        easier.getAccessibleContext().setAccessibleDescription(Messages.get("plan.easierTip"));
        harder.getAccessibleContext().setAccessibleDescription(Messages.get("plan.harderTip"));
        for (JButton b : List.of(up, down, easier, harder, remove)) {
            b.putClientProperty("FlatLaf.styleClass", "compact");
        }
        right.add(up, "split 5, h 36!");
        right.add(down, "h 36!");
        right.add(easier, "h 36!, gapleft 8");
        right.add(harder, "h 36!");
        right.add(remove, "h 36!, gapleft push");
        warning.putClientProperty("FlatLaf.styleClass", "warning");
        right.add(warning, "growx, wmin 0");

        // Two label-and-field pairs a row, so every field fits a 1024-wide screen and large UI scales.
        dosagePanel.setLayout(new MigLayout("insets 0, wrap 5", "[right]8[60:90:110, fill]16[right]8[60:90:110, fill][grow, 0:0:]", ""));
        JLabel dosageTitle = new JLabel("<html>" + Messages.get("plan.dosage") + "</html>");
        dosageTitle.putClientProperty("FlatLaf.styleClass", "h3");
        dosagePanel.add(dosageTitle, "span 5, left, growx, wmin 0");
        dosagePanel.add(Ui.labelFor(Messages.get("plan.hold"), hold, KeyEvent.VK_H));
        dosagePanel.add(hold, "h 32!");
        dosagePanel.add(Ui.labelFor(Messages.get("plan.reps"), reps, KeyEvent.VK_P));
        dosagePanel.add(reps, "h 32!, wrap");
        dosagePanel.add(Ui.labelFor(Messages.get("plan.sets"), sets, 0));
        dosagePanel.add(sets, "h 32!");
        dosagePanel.add(Ui.labelFor(Messages.get("plan.perDay"), perDay, KeyEvent.VK_Y));
        dosagePanel.add(perDay, "h 32!, wrap");
        dosagePanel.add(Ui.labelFor(Messages.get("plan.perWeek"), perWeek, KeyEvent.VK_W));
        dosagePanel.add(perWeek, "h 32!");
        eachSide.setMnemonic(KeyEvent.VK_O);
        dosagePanel.add(eachSide, "span 3, left, wrap");
        // The personal instruction and, beside it, the therapist's word on when to move on: both printed.
        dosagePanel.add(Ui.labelFor(Messages.get("plan.instruction"), instruction, KeyEvent.VK_I),
                "span 5, split 2, left, sizegroup pi, wmin 0");
        dosagePanel.add(Ui.labelFor(Messages.get("plan.moveOn"), moveOn, KeyEvent.VK_N), "sizegroup pi, wmin 0");
        dosagePanel.add(instruction, "span 5, split 2, growx, sizegroup pf, wmin 0, h 36!");
        moveOn.setToolTipText(Messages.get("plan.moveOnTip"));
        dosagePanel.add(moveOn, "growx, sizegroup pf, wmin 0, h 36!");
        dosagePanel.add(new JLabel(Messages.get("plan.preview")), "span 5, left");
        dosagePanel.add(preview, "span 5, left, growx, wmin 0");
        right.add(dosagePanel, "growx, wmin 0");
        add(right, "wmin 0");
    }

    private void bind() {
        Ui.onTextChange(search, model::setSearch);
        kind.addActionListener(e -> model.setKind(switch (kind.getSelectedIndex()) {
            case 1 -> ExerciseKind.STRETCH;
            case 2 -> ExerciseKind.STRENGTHEN;
            case 3 -> ExerciseKind.MOBILITY;
            case 4 -> ExerciseKind.BALANCE;
            default -> null;
        }));
        for (JComboBox<String> box : List.of(region, equipment, position, level)) {
            box.addActionListener(e -> model.setFilter(chosen(region), chosen(equipment), chosen(position),
                    level.getSelectedIndex() == 0 ? null : level.getSelectedIndex()));
        }
        search.addActionListener(e -> {
            if (!catalogueModel.isEmpty()) {
                catalogueList.setSelectedIndex(0);
                catalogueList.requestFocusInWindow();
            }
        });
        catalogueList.addListSelectionListener(e -> add.setEnabled(catalogueList.getSelectedIndex() >= 0));
        Ui.onKey(catalogueList, "ENTER", this::addSelected);
        catalogueList.addMouseListener(new MouseAdapter() {
            @Override
            public void mouseClicked(MouseEvent e) {
                if (e.getClickCount() == 2) {
                    addSelected();
                }
            }
        });
        add.addActionListener(e -> addSelected());
        useTemplate.addActionListener(e -> applyTemplate());
        saveTemplate.addActionListener(e -> saveAsTemplate());
        copyExercise.addActionListener(e -> editExercise());
        newExercise.addActionListener(e -> newBlankExercise());
        planList.addListSelectionListener(e -> {
            if (!updating && !e.getValueIsAdjusting()) {
                model.select(planList.getSelectedIndex());
            }
        });
        Ui.onKey(planList, "DELETE", model::remove);
        Ui.onKey(planList, "alt UP", model::moveUp);
        Ui.onKey(planList, "alt DOWN", model::moveDown);
        Ui.onKey(planList, "ctrl UP", model::stepUp);
        Ui.onKey(planList, "ctrl DOWN", model::stepDown);
        easier.addActionListener(e -> model.stepDown());
        harder.addActionListener(e -> model.stepUp());
        remove.addActionListener(e -> model.remove());
        up.addActionListener(e -> model.moveUp());
        down.addActionListener(e -> model.moveDown());
        for (JSpinner spinner : List.of(hold, reps, sets, perDay, perWeek)) {
            spinner.addChangeListener(e -> pushDosage());
        }
        eachSide.addActionListener(e -> pushDosage());
        Ui.onTextChange(moveOn, text -> {
            if (!updating) {
                model.setMoveOn(text);
            }
        });
        Ui.onTextChange(instruction, text -> {
            if (!updating) {
                model.setPersonalInstruction(text);
            }
        });
        model.onCatalogueChanged(this::showCatalogue);
        model.onPlanChanged(this::showPlan);
    }

    private void showRole() {
        boolean may = org.physiokiosk.service.LibraryDesk.mayChange(session.actor());
        String why = may ? null : Messages.get("plan.clinicianOnly");
        for (JButton b : List.of(newExercise, copyExercise, saveTemplate)) {
            b.setEnabled(may);
            b.setToolTipText(why);
        }
    }

    private void addSelected() {
        Exercise e = catalogueList.getSelectedValue();
        if (e != null) {
            model.add(e);
        }
    }

    /**
     * The clinic's own version of the chosen library exercise: a copy of a shipped one, or a new version of one of
     * the clinic's. Its pose is read off the event thread; the saved library comes back to the list.
     */
    private void editExercise() {
        Exercise chosen = catalogueList.getSelectedValue();
        if (chosen == null) {
            return;
        }
        boolean copying = chosen.origin() != org.physiokiosk.catalog.Origin.CLINIC;
        tasks.run(() -> clinicExercises.pose(chosen.id()), pose -> {
            ExerciseEditorModel editor = new ExerciseEditorModel(chosen, copying,
                    pose.map(org.physiokiosk.pictures.figure.PoseSliders::new).orElse(null));
            new ExerciseEditorDialog(SwingUtilities.getWindowAncestor(this), editor, tasks,
                    model.libraryExercises()).ask().ifPresent(done -> {
                Exercise written = done.result();
                String own = done.ownPicture();
                var drawn = own != null || done.pose() == null ? null : done.pose().picture();
                String kept = model.picture(chosen.id()).orElse(null);
                org.physiokiosk.staff.Actor who = session.actor();
                tasks.run(() -> {
                    var saved = library.change(who, (copying ? "exercise copied: " : "exercise changed: ")
                            + chosen.id(), () -> copying ? clinicExercises.copyChanged(chosen.id(), written, drawn, own)
                            : own != null ? clinicExercises.change(written, own)
                            : drawn == null ? clinicExercises.change(written, kept)
                            : clinicExercises.changeWithPose(written, drawn));
                    return new Object[] {saved.exercise().id(), clinicExercises.library()};
                }, result -> {
                    model.setCatalogue((org.physiokiosk.catalog.Catalogue) result[1]);
                    model.exercise((String) result[0]).ifPresent(e -> catalogueList.setSelectedValue(e, true));
                }, onError);
            });
        }, onError);
    }

    /** A new exercise of the clinic's, started blank: words to write and a standing figure to pose. */
    private void newBlankExercise() {
        ExerciseEditorModel editor = ExerciseEditorModel.blank();
        new ExerciseEditorDialog(SwingUtilities.getWindowAncestor(this), editor, tasks, model.libraryExercises()).ask()
                .ifPresent(done -> {
                    Exercise written = done.result();
                    String own = done.ownPicture();
                    var drawn = own != null ? null : done.pose().picture();
                    org.physiokiosk.staff.Actor who = session.actor();
                    tasks.run(() -> {
                        var saved = library.change(who, "exercise added: " + written.name(),
                                () -> clinicExercises.copyChanged(null, written, drawn, own));
                        return new Object[] {saved.exercise().id(), clinicExercises.library()};
                    }, result -> {
                        model.setCatalogue((org.physiokiosk.catalog.Catalogue) result[1]);
                        model.exercise((String) result[0]).ifPresent(e -> catalogueList.setSelectedValue(e, true));
                    }, onError);
                });
    }

    /** Saves the plan's exercises and dosages as a template of the clinic, asked for its name, region and note. */
    private void saveAsTemplate() {
        if (model.items().isEmpty()) {
            return;
        }
        List<PlanItem> items = model.items();
        org.physiokiosk.staff.Actor who = session.actor();
        new TemplateDialog(SwingUtilities.getWindowAncestor(this), model.planRegion()).ask().ifPresent(typed ->
                tasks.run(() -> library.change(who, "template saved: " + typed.name(),
                        () -> clinicTemplates.save(typed.name(), typed.bodyRegion(), typed.note(), items)), saved -> {
                    model.addTemplate(saved);
                    templates.addItem(saved);
                    templates.setSelectedItem(saved);
                }, onError));
    }

    private void applyTemplate() {
        Template t = (Template) templates.getSelectedItem();
        if (t == null) {
            return;
        }
        if (!model.items().isEmpty()) {
            if (!Ui.confirm(this, Messages.get("plan.templateReplaces", model.items().size(), t.name()),
                    Messages.get("plan.useTemplate"), JOptionPane.QUESTION_MESSAGE)) {
                return;
            }
        }
        model.useTemplate(t);
        planList.requestFocusInWindow();
    }

    private void pushDosage() {
        if (updating || model.selectedItem().isEmpty()) {
            return;
        }
        model.setDosage(new Dosage(value(hold), value(reps), value(sets), eachSide.isSelected(), value(perDay),
                value(perWeek)));
    }

    private static Integer value(JSpinner spinner) {
        int v = (Integer) spinner.getValue();
        return v == 0 ? null : v;
    }

    private void showCatalogue() {
        Exercise selected = catalogueList.getSelectedValue();
        catalogueModel.clear();
        model.visibleCatalogue().forEach(catalogueModel::addElement);
        if (selected != null && catalogueModel.contains(selected)) {
            catalogueList.setSelectedValue(selected, true);
        }
        add.setEnabled(catalogueList.getSelectedIndex() >= 0);
        String empty = model.emptyLibrary();
        libraryEmpty.setText(empty.isEmpty() ? "" : "<html>" + Ui.escaped(empty) + "</html>");
        libraryEmpty.setVisible(!empty.isEmpty());
        libraryEmpty.getAccessibleContext().setAccessibleName(empty);
    }

    private void showPlan() {
        updating = true;
        try {
            List<PlanItem> items = model.items();
            if (planModel.size() != items.size()) {
                planModel.clear();
                items.forEach(planModel::addElement);
            } else {
                for (int i = 0; i < items.size(); i++) {
                    if (!planModel.get(i).equals(items.get(i))) {
                        planModel.set(i, items.get(i));
                    }
                }
            }
            if (model.selected() >= 0) {
                planList.setSelectedIndex(model.selected());
                planList.ensureIndexIsVisible(model.selected());
            } else {
                planList.clearSelection();
            }
            remove.setEnabled(model.canRemove());
            saveTemplate.setEnabled(!model.items().isEmpty()
                    && org.physiokiosk.service.LibraryDesk.mayChange(session.actor()));
            up.setEnabled(model.canMoveUp());
            down.setEnabled(model.canMoveDown());
            easier.setEnabled(model.easier().isPresent());
            harder.setEnabled(model.harder().isPresent());
            String warn = model.warning();
            String text = warn.isEmpty() ? (items.isEmpty() ? Messages.get("plan.empty") : " ") : warn;
            warning.setText(text.isBlank() ? text : "<html>" + text + "</html>"); // wraps on a narrow screen
            boolean hasItem = model.selectedItem().isPresent();
            for (Component c : dosagePanel.getComponents()) {
                c.setEnabled(hasItem);
            }
            model.selectedItem().ifPresentOrElse(item -> {
                Dosage d = item.dosage();
                setIfChanged(hold, d.holdSeconds());
                setIfChanged(reps, d.repetitions());
                setIfChanged(sets, d.sets());
                setIfChanged(perDay, d.timesPerDay());
                setIfChanged(perWeek, d.daysPerWeek());
                eachSide.setSelected(d.eachSide());
                if (!moveOn.getText().strip().equals(item.moveOn())) {
                    moveOn.setText(item.moveOn());
                }
                if (!instruction.getText().strip().equals(item.personalInstruction())) {
                    instruction.setText(item.personalInstruction());
                }
                preview.setText(model.selectedDosageSentence());
            }, () -> {
                preview.setText(Messages.get("plan.noSelection"));
                instruction.setText("");
                moveOn.setText("");
            });
        } finally {
            updating = false;
        }
    }

    private static void setIfChanged(JSpinner spinner, Integer value) {
        int v = value == null ? 0 : value;
        if ((Integer) spinner.getValue() != v) {
            spinner.setValue(v);
        }
    }

    /** Catalogue rows: name and kind. */
    private static final int PICTURE_WIDTH = 90;

    private static final class ExerciseRenderer extends DefaultListCellRenderer {
        private final PlanModel model;
        private final java.util.Map<String, javax.swing.Icon> icons = new java.util.HashMap<>();

        ExerciseRenderer(PlanModel model) {
            this.model = model;
        }

        @Override
        public Component getListCellRendererComponent(JList<?> list, Object value, int index, boolean selected,
                                                      boolean focused) {
            Exercise e = (Exercise) value;
            String details = Messages.get(e.reviewed() ? "plan.catalogueRow" : "plan.catalogueRowUnreviewed",
                    kindWord(e.kind()), e.level(), e.bodyRegion())
                    + (e.origin() == org.physiokiosk.catalog.Origin.CLINIC ? " \u00b7 " + Messages.get("plan.clinicOwn") : "");
            String row = "<html><b>" + Ui.escaped(e.name()) + "</b><br>" + Ui.escaped(details)
                    + (e.reviewed() ? "" : "<br><i>" + Ui.escaped(Messages.get("plan.notReviewed")) + "</i>") + "</html>";
            Component c = super.getListCellRendererComponent(list, row, index, selected, focused);
            // The picture, small, beside the name: the start and finish of the movement (made once per exercise).
            setIcon(icons.computeIfAbsent(e.id(), id -> model.picture(id)
                    .map(svg -> (javax.swing.Icon) PictureIcon.of(svg, PICTURE_WIDTH, 44)).orElse(null)));
            setIconTextGap(6);
            getAccessibleContext().setAccessibleName(e.name() + ", " + details
                    + (e.reviewed() ? "" : ", " + Messages.get("plan.notReviewed")));
            return c;
        }
    }

    /** Plan rows: number, name, dosage sentence. */
    private static final class PlanItemRenderer extends DefaultListCellRenderer {
        @Override
        public Component getListCellRendererComponent(JList<?> list, Object value, int index, boolean selected,
                                                      boolean focused) {
            PlanItem item = (PlanItem) value;
            return super.getListCellRendererComponent(list, Messages.get("plan.itemRow", index + 1,
                    item.exercise().name(), kindWord(item.exercise().kind()))
                    + (item.exercise().origin() == org.physiokiosk.catalog.Origin.CLINIC
                            ? " \u00b7 " + Messages.get("plan.clinicOwn") : ""), index, selected, focused);
        }
    }

    private static String kindWord(ExerciseKind kind) {
        return switch (kind) {
            case STRETCH -> Messages.get("plan.kind.stretch");
            case STRENGTHEN -> Messages.get("plan.kind.strengthen");
            case MOBILITY -> Messages.get("plan.kind.mobility");
            case BALANCE -> Messages.get("plan.kind.balance");
        };
    }
}
