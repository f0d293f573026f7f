package org.physiokiosk.kiosk;

import com.formdev.flatlaf.FlatLaf;
import com.formdev.flatlaf.FlatLightLaf;
import java.awt.GraphicsEnvironment;
import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import javax.swing.JOptionPane;
import javax.swing.SwingUtilities;
import org.physiokiosk.Messages;
import org.physiokiosk.app.AppPaths;
import org.physiokiosk.app.Services;
import org.physiokiosk.handout.HandoutPrinter;

/** Opens the kiosk: theme, services started off the event thread, then the window. */
public final class KioskLauncher {

    private KioskLauncher() {
    }

    /** Installs FlatLaf with the kiosk's theme (org/physiokiosk/kiosk/themes/FlatLightLaf.properties). */
    public static void installTheme() {
        FlatLaf.registerCustomDefaultsSource("org.physiokiosk.kiosk.themes");
        FlatLightLaf.setup();
    }

    public static void launch(AppPaths paths, Clock clock) {
        if (GraphicsEnvironment.isHeadless()) {
            System.err.println("physio-kiosk: no display; run the kiosk on a desktop (or under xvfb-run -a).");
            System.exit(1);
        }
        CompletableFuture.supplyAsync(() -> {
            try {
                return Services.start(paths, clock);
            } catch (Exception e) {
                throw new java.util.concurrent.CompletionException(e);
            }
        }).whenComplete((services, error) -> SwingUtilities.invokeLater(() -> {
            installTheme();
            if (error != null) {
                Throwable cause = error.getCause() != null ? error.getCause() : error;
                JOptionPane.showMessageDialog(null, cause.getMessage(), Messages.get("app.startFailed"),
                        JOptionPane.ERROR_MESSAGE);
                System.exit(1);
                return;
            }
            Tasks tasks = new Tasks();
            KioskFrame frame = new KioskFrame(new KioskFrame.Deps(services.catalogue(), services.patients(),
                    services.clinics(), services.export(), new HandoutPrinter(), PrinterPreference.onThisComputer(),
                    paths.printables(), tasks, clock));
            frame.addWindowListener(new java.awt.event.WindowAdapter() {
                @Override
                public void windowClosed(java.awt.event.WindowEvent e) {
                    tasks.close();
                    CompletableFuture.runAsync(services::close).whenComplete((v, t) -> System.exit(0));
                }
            });
            frame.setBounds(GraphicsEnvironment.getLocalGraphicsEnvironment().getMaximumWindowBounds());
            frame.setExtendedState(java.awt.Frame.MAXIMIZED_BOTH);
            frame.setVisible(true);
        }));
    }
}
