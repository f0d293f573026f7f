package org.physiokiosk.kiosk;

import java.awt.Component;
import java.awt.Container;
import java.awt.Rectangle;
import java.util.ArrayList;
import java.util.List;
import javax.swing.AbstractButton;
import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JScrollBar;
import javax.swing.JScrollPane;
import javax.swing.JSpinner;
import javax.swing.JViewport;
import javax.swing.text.JTextComponent;

/** Finds the controls on a screen that are not shown whole: what a person would see cut off. Call on the EDT. */
final class Clipping {

    /** MigLayout lets FlatLaf's focus ring (visual padding, 2 px a side) reach past a cell; that is not a cut. */
    private static final int RING = 4;

    private Clipping() {
    }

    /** Every visible control (outside a scrolling list or text) that is not shown whole. */
    static List<String> cutOff(Component root) {
        List<String> out = new ArrayList<>();
        if (!root.isShowing() || root instanceof JViewport || root instanceof JScrollBar
                || root.getWidth() == 0 || root.getHeight() == 0) {
            return out;
        }
        if (root instanceof AbstractButton || root instanceof JTextComponent || root instanceof JComboBox
                || root instanceof JSpinner || root instanceof JScrollPane) {
            JComponent c = (JComponent) root;
            Rectangle visible = c.getVisibleRect();
            int ring = Math.round(RING * scale());
            if (visible.width < c.getWidth() - ring || visible.height < c.getHeight() - ring || c.getWidth() < 24) {
                out.add((c.getName() == null ? c.getClass().getSimpleName() : c.getName()) + " shows "
                        + visible.width + "x" + visible.height + " of " + c.getWidth() + "x" + c.getHeight());
            }
            if (!(root instanceof JScrollPane) && !(root instanceof JSpinner) && !(root instanceof JComboBox)) {
                return out;
            }
        }
        if (root instanceof Container container) {
            for (Component child : container.getComponents()) {
                out.addAll(cutOff(child));
            }
        }
        return out;
    }

    private static float scale() {
        return com.formdev.flatlaf.util.UIScale.getUserScaleFactor();
    }
}
