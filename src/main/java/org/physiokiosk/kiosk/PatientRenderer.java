package org.physiokiosk.kiosk;

import java.awt.Component;
import javax.swing.DefaultListCellRenderer;
import javax.swing.JList;
import org.physiokiosk.Messages;
import org.physiokiosk.patient.Patient;

/**
 * Shows a patient on two lines: the name, then "born date · chart · patient number", so a long name never pushes the
 * row past the list's width. A screen reader is given the same words on one line, without the markup.
 */
final class PatientRenderer extends DefaultListCellRenderer {

    @Override
    public Component getListCellRendererComponent(JList<?> list, Object value, int index, boolean selected,
                                                  boolean focused) {
        Patient p = (Patient) value;
        String chart = p.chartNumber().isEmpty() ? "" : Messages.get("patient.rowChart", p.chartNumber());
        String details = Messages.get("patient.rowDetails", p.dateOfBirth(), chart, String.valueOf(p.id()));
        super.getListCellRendererComponent(list, "<html><b>" + Ui.escaped(p.name()) + "</b><br>"
                + Ui.escaped(details) + "</html>", index, selected, focused);
        getAccessibleContext().setAccessibleName(Messages.get("patient.row", p.name(), details));
        return this;
    }
}
