package org.physiokiosk.kiosk;

import java.awt.Component;
import javax.swing.DefaultListCellRenderer;
import javax.swing.JList;
import org.physiokiosk.Messages;
import org.physiokiosk.patient.Patient;

/** Shows a patient as "name · born date · chart". */
final class PatientRenderer extends DefaultListCellRenderer {

    @Override
    public Component getListCellRendererComponent(JList<?> list, Object value, int index, boolean selected,
                                                  boolean focused) {
        Patient p = (Patient) value;
        String chart = p.chartNumber().isEmpty() ? "" : "   \u00b7   " + p.chartNumber();
        return super.getListCellRendererComponent(list, Messages.get("patient.row", p.name(), p.dateOfBirth(), chart),
                index, selected, focused);
    }
}
