package org.physiokiosk.kiosk;

import com.formdev.flatlaf.FlatLaf;
import com.formdev.flatlaf.FlatLightLaf;
import java.awt.Frame;
import java.awt.GraphicsEnvironment;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import javax.swing.JOptionPane;
import javax.swing.SwingUtilities;
import javax.swing.Timer;
import org.physiokiosk.Messages;
import org.physiokiosk.wiring.AppPaths;
import org.physiokiosk.wiring.Services;
import org.physiokiosk.handout.HandoutPrinter;
import org.physiokiosk.store.Backups;
import org.physiokiosk.store.DamagedDatabaseException;
import org.physiokiosk.store.MissingDatabaseException;

/**
 * Opens the kiosk: theme, services started off the event thread, then the window. Backs up the database
 * on start, every day it runs and on a clean exit. A damaged database is kept aside and the newest
 * good backup offered.
 */
public final class KioskLauncher {

    private static final int HOUR_MS = 60 * 60 * 1000;

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
                throw new CompletionException(e);
            }
        }).whenComplete((services, error) -> {
            Throwable cause = error == null ? null : error.getCause() != null ? error.getCause() : error;
            // Still off the event thread: look for a good backup now, as checking one reads the disk.
            Optional<Path> backup = cause instanceof DamagedDatabaseException || cause instanceof MissingDatabaseException
                    ? Backups.newestGood(Backups.folderFor(paths.database())) : Optional.empty();
            SwingUtilities.invokeLater(() -> {
                installTheme();
                if (cause != null) {
                    startFailed(cause, backup, paths, clock);
                } else {
                    open(services, paths, clock);
                }
            });
        });
    }

    private static void startFailed(Throwable cause, Optional<Path> backup, AppPaths paths, Clock clock) {
        boolean recoverable = cause instanceof DamagedDatabaseException || cause instanceof MissingDatabaseException;
        if (recoverable && backup.isPresent()) {
            // A damaged file (moved aside) or one that went missing: offer the newest good backup.
            String key = cause instanceof DamagedDatabaseException ? "app.damagedOffer" : "app.missingOffer";
            int answer = JOptionPane.showConfirmDialog(null, Messages.get(key, cause.getMessage(),
                    backup.get().getFileName()), Messages.get("app.damaged"), JOptionPane.YES_NO_OPTION,
                    JOptionPane.WARNING_MESSAGE);
            if (answer == JOptionPane.YES_OPTION) {
                CompletableFuture.runAsync(() -> Backups.restore(backup.get(), paths.database(), clock))
                        .whenComplete((v, t) -> {
                            if (t == null) {
                                launch(paths, clock);
                            } else {
                                SwingUtilities.invokeLater(() -> startFailed(t.getCause() != null ? t.getCause() : t,
                                        Optional.empty(), paths, clock));
                            }
                        });
                return;
            }
            System.exit(1);
            return;
        }
        if (cause instanceof DamagedDatabaseException damaged) {
            JOptionPane.showMessageDialog(null, Messages.get("app.damagedNoBackup", damaged.getMessage()),
                    Messages.get("app.damaged"), JOptionPane.ERROR_MESSAGE);
            System.exit(1);
            return;
        }
        JOptionPane.showMessageDialog(null, cause.getMessage(), Messages.get("app.startFailed"),
                JOptionPane.ERROR_MESSAGE);
        System.exit(1);
    }

    private static void open(Services services, AppPaths paths, Clock clock) {
        Tasks tasks = new Tasks();
        KioskFrame[] holder = new KioskFrame[1];
        KioskFrame frame = new KioskFrame(new KioskFrame.Deps(services.catalogue(), services.patients(),
                services.plans(), services.notes(), services.handouts(), services.clinics(), services.export(),
                services.records(), services.backups(), paths.database(), new HandoutPrinter(),
                PrinterPreference.onThisComputer(), paths.printables(), tasks, clock,
                backup -> restore(holder[0], tasks, services, backup, paths, clock), services.clinicTemplates(),
                services.clinicExercises()));
        holder[0] = frame;
        tasks.run(() -> services.backups().backupNow(), ignored -> { }, ignored -> { });
        Timer daily = new Timer(HOUR_MS, e -> tasks.run(() -> {
            if (services.backups().due()) {
                services.backups().backupNow();
            }
            return null;
        }, ignored -> { }, ignored -> { }));
        daily.start();
        frame.addWindowListener(new WindowAdapter() {
            @Override
            public void windowClosed(WindowEvent e) {
                daily.stop();
                tasks.close();
                CompletableFuture.runAsync(() -> {
                    try {
                        services.backups().backupNow();
                    } finally {
                        services.close();
                    }
                }).whenComplete((v, t) -> System.exit(0));
            }
        });
        frame.setBounds(GraphicsEnvironment.getLocalGraphicsEnvironment().getMaximumWindowBounds());
        frame.setExtendedState(Frame.MAXIMIZED_BOTH);
        frame.setVisible(true);
    }

    /**
     * Checks the backup while the kiosk is still open (a bad file is refused and the kiosk goes on), then closes the
     * database, puts the backup in place (keeping the current file aside) and ends the kiosk. If the restore is
     * refused or fails, the current database is as it was and the message says so.
     */
    private static void restore(KioskFrame frame, Tasks tasks, Services services, Path backup, AppPaths paths,
                                Clock clock) {
        tasks.run(() -> Optional.ofNullable(Backups.problem(backup)), problem -> {
            if (problem.isPresent()) {
                JOptionPane.showMessageDialog(frame, Messages.get("clinic.restoreRefused", backup, problem.get()),
                        Messages.get("app.title"), JOptionPane.ERROR_MESSAGE);
                return;
            }
            tasks.run(() -> {
                services.close();
                return Backups.restore(backup, paths.database(), clock);
            }, aside -> {
                JOptionPane.showMessageDialog(frame, Messages.get("clinic.restored", backup.getFileName(), aside),
                        Messages.get("app.title"), JOptionPane.INFORMATION_MESSAGE);
                System.exit(0);
            }, error -> {
                JOptionPane.showMessageDialog(frame, Messages.get("clinic.restoreFailed", error.getMessage()),
                        Messages.get("app.title"), JOptionPane.ERROR_MESSAGE);
                System.exit(1);
            });
        }, error -> JOptionPane.showMessageDialog(frame, error.getMessage(), Messages.get("app.title"),
                JOptionPane.ERROR_MESSAGE));
    }
}
