package org.physiokiosk.kiosk;

import static org.physiokiosk.kiosk.Ui.named;

import java.awt.BorderLayout;
import java.awt.Window;
import java.awt.event.KeyEvent;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.awt.image.BufferedImage;
import java.util.function.Consumer;
import javax.swing.ImageIcon;
import javax.swing.JButton;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.SwingConstants;
import net.miginfocom.swing.MigLayout;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.physiokiosk.Messages;

/**
 * Shows the actual pages of the handout PDF, one at a time, rendered by PDFBox off the event thread.
 * Nothing is recorded or printed from here.
 */
final class PreviewDialog extends JDialog {

    private static final float DPI = 80f;

    private final Tasks tasks;
    private final Consumer<Throwable> onError;
    private final JLabel page = named(new JLabel(Messages.get("preview.loading"), SwingConstants.CENTER), "previewPage");
    private final JLabel pageNumber = named(new JLabel(" "), "previewPageNumber");
    private final JButton previous = named(new JButton(Messages.get("preview.previous")), "previewPrevious");
    private final JButton next = named(new JButton(Messages.get("preview.next")), "previewNext");
    private final JButton close = named(new JButton(Messages.get("preview.close")), "previewClose");
    private PDDocument document;
    private int current;
    private int pages;

    PreviewDialog(Window owner, byte[] pdf, Tasks tasks, Consumer<Throwable> onError) {
        super(owner, Messages.get("preview.title"), ModalityType.MODELESS);
        this.tasks = tasks;
        this.onError = onError;
        setName("preview");
        JPanel buttons = new JPanel(new MigLayout("insets 8 16 8 16", "[][][grow][]", ""));
        previous.setMnemonic(KeyEvent.VK_P);
        next.setMnemonic(KeyEvent.VK_N);
        close.setMnemonic(KeyEvent.VK_C);
        buttons.add(previous, "h 44!");
        buttons.add(next, "h 44!");
        buttons.add(pageNumber, "center");
        buttons.add(close, "h 44!");
        getContentPane().add(new JScrollPane(page), BorderLayout.CENTER);
        getContentPane().add(buttons, BorderLayout.SOUTH);
        previous.addActionListener(e -> show(current - 1));
        next.addActionListener(e -> show(current + 1));
        Ui.leaveSafely(this, close);
        getRootPane().setDefaultButton(next);
        previous.setEnabled(false);
        next.setEnabled(false);
        addWindowListener(new WindowAdapter() {
            @Override
            public void windowClosed(WindowEvent e) {
                PDDocument open = document;
                document = null;
                if (open != null) {
                    tasks.run(() -> {
                        open.close();
                        return null;
                    }, ignored -> { }, ignored -> { });
                }
            }
        });
        java.awt.Rectangle screen = java.awt.GraphicsEnvironment.getLocalGraphicsEnvironment().getMaximumWindowBounds();
        setSize(Math.min(760, screen.width), Math.min(960, screen.height));
        setLocationRelativeTo(owner);
        tasks.run(() -> Loader.loadPDF(pdf), doc -> {
            document = doc;
            pages = doc.getNumberOfPages();
            show(0);
        }, onError);
    }

    private void show(int index) {
        if (document == null || index < 0 || index >= pages) {
            return;
        }
        current = index;
        PDDocument doc = document;
        previous.setEnabled(false);
        next.setEnabled(false);
        tasks.run(() -> new PDFRenderer(doc).renderImageWithDPI(index, DPI), (BufferedImage image) -> {
            page.setText(null);
            page.setIcon(new ImageIcon(image));
            page.getAccessibleContext().setAccessibleName(Messages.get("preview.page", index + 1, pages));
            pageNumber.setText(Messages.get("preview.page", index + 1, pages));
            previous.setEnabled(current > 0);
            next.setEnabled(current < pages - 1);
        }, onError);
    }
}
