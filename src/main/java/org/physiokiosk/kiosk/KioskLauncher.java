package org.physiokiosk.kiosk;

import com.formdev.flatlaf.FlatLaf;
import com.formdev.flatlaf.FlatLightLaf;
import java.awt.GraphicsEnvironment;
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
import org.physiokiosk.service.ClinicDesk;
import org.physiokiosk.staff.Actor;
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
    /**
     * For {@code benchmark --startup}: with PHYSIO_KIOSK_STARTUP_PROBE=1 in the environment (which reaches the
     * installed launcher's program as well as {@code java -jar}), the first window that opens prints "ready" and ends
     * the program, so the time from process start to a usable window can be measured from outside.
     */
    private static void probeFirstWindow() {
        if ("1".equals(System.getenv("PHYSIO_KIOSK_STARTUP_PROBE"))) {
            java.awt.Toolkit.getDefaultToolkit().addAWTEventListener(event -> {
                if (event.getID() == java.awt.event.WindowEvent.WINDOW_OPENED) {
                    System.out.println("ready");
                    System.out.flush();
                    Runtime.getRuntime().halt(0);
                }
            }, java.awt.AWTEvent.WINDOW_EVENT_MASK);
        }
    }

    /** The yardstick of {@code benchmark --startup}: an empty FlatLaf window, started the same way. */
    public static void emptyWindowProbe() {
        SwingUtilities.invokeLater(() -> {
            installTheme();
            probeFirstWindow();
            javax.swing.JFrame frame = new javax.swing.JFrame("Physio Kiosk");
            frame.setSize(800, 600);
            frame.setVisible(true);
        });
    }

    public static void installTheme() {
        FlatLaf.registerCustomDefaultsSource("org.physiokiosk.kiosk.themes");
        FlatLightLaf.setup();
    }

    public static void launch(AppPaths paths, Clock clock) {
        launch(paths, clock, false);
    }

    /** Opens the kiosk; {@code fullScreen}: fills the screen, no window decorations, an administrator to leave. */
    public static void launch(AppPaths paths, Clock clock, boolean fullScreen) {
        if (GraphicsEnvironment.isHeadless()) {
            System.err.println("physio-kiosk: no display; run the kiosk on a desktop (or under xvfb-run -a).");
            System.exit(1);
        }
        // The first screen is the sign-in screen whenever the database exists, and the first administrator's when
        // it does not. Whether an existing one has staff is checked behind the screen, once the record is open,
        // and the rare one without staff then asks for its first administrator instead. The
        // wiring (catalogue, database, fonts) starts once the screen is up, while staff type their name and secret.
        // A clinic server's record is there already (or is made on first use, and then asks for staff below).
        boolean exists = paths.onServer() || java.nio.file.Files.exists(paths.database());
        CompletableFuture<Services> starting = new CompletableFuture<>();
        SwingUtilities.invokeLater(() -> {
            installTheme();
            probeFirstWindow();
            KioskSessions[] opened = new KioskSessions[1];
            java.util.function.IntConsumer started = open(starting, paths, clock, fullScreen, exists, opened);
            SwingUtilities.invokeLater(() -> CompletableFuture.runAsync(() -> {
                try {
                    Services.warmUpPictures();
                    Services services = Services.start(paths, clock);
                    // Asked of the record as opened, its log included: a kiosk stopped by a crash or a power cut
                    // keeps its last commits there. A record that cannot say fails to start; it never asks for a
                    // first administrator.
                    if (!services.staff().hasStaff()) {
                        SwingUtilities.invokeLater(opened[0]::noStaffAfterAll);
                    }
                    starting.complete(services);
                } catch (Throwable e) {
                    starting.completeExceptionally(e);
                }
            }));
            starting.whenCompleteAsync((services, error) -> {
                if (error == null) {
                    int minutes = services.desks().clinic().lockMinutes();
                    SwingUtilities.invokeLater(() -> started.accept(minutes));
                    return;
                }
                Throwable cause = error instanceof CompletionException && error.getCause() != null
                        ? error.getCause() : error;
                // Still off the event thread: look for a good backup now, as checking one reads the disk.
                Optional<Path> backup = !paths.onServer() && (cause instanceof DamagedDatabaseException
                        || cause instanceof MissingDatabaseException)
                        ? ClinicDesk.newestGoodBackup(paths.database()) : Optional.empty();
                SwingUtilities.invokeLater(() -> {
                    started.accept(-1);
                    startFailed(cause, backup, paths, clock, fullScreen);
                });
            });
        });
    }

    private static void startFailed(Throwable cause, Optional<Path> backup, AppPaths paths, Clock clock,
                                    boolean fullScreen) {
        boolean recoverable = cause instanceof DamagedDatabaseException || cause instanceof MissingDatabaseException;
        if (recoverable && backup.isPresent()) {
            // A damaged file (moved aside) or one that went missing: offer the newest good backup.
            boolean damaged = cause instanceof DamagedDatabaseException;
            int answer = JOptionPane.showConfirmDialog(null, Messages.get(damaged ? "app.damagedOffer"
                    : "app.missingOffer", cause.getMessage(), backup.get().getFileName()),
                    Messages.get(damaged ? "app.damaged" : "app.missing"), JOptionPane.YES_NO_OPTION,
                    JOptionPane.WARNING_MESSAGE);
            if (answer == JOptionPane.YES_OPTION) {
                // Nobody can sign in to a database that cannot be opened: restoring it is the way back.
                CompletableFuture.runAsync(() -> ClinicDesk.restoreUnchecked(backup.get(), paths.database(), clock))
                        .whenComplete((v, t) -> {
                            if (t == null) {
                                launch(paths, clock, fullScreen);
                            } else {
                                SwingUtilities.invokeLater(() -> startFailed(t.getCause() != null ? t.getCause() : t,
                                        Optional.empty(), paths, clock, fullScreen));
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

    /**
     * Puts up the first screen at once and returns what to do when the wiring is ready (the clinic's lock minutes),
     * or -1 when it failed (the first screen is taken down).
     */
    private static java.util.function.IntConsumer open(CompletableFuture<Services> starting, AppPaths paths,
                                                       Clock clock, boolean fullScreen, boolean hasStaff,
                                                       KioskSessions[] opened) {
        Tasks tasks = new Tasks();
        // Asked for off the event thread (in a task) or after someone signed in: by then the wiring is ready.
        java.util.function.Supplier<Services> services = starting::join;
        java.util.function.Supplier<Services.Desks> desks = () -> services.get().desks();
        KioskSessions[] sessions = new KioskSessions[1];
        // The kiosk's own backups run on a thread of their own, reading through a connection of their own: signing
        // in and saving never wait for the copy of a big record. What happens is shown, a failure above all.
        java.util.concurrent.ExecutorService backupThread = java.util.concurrent.Executors.newSingleThreadExecutor(
                r -> {
                    Thread t = new Thread(r, "physio-backup");
                    t.setDaemon(true);
                    return t;
                });
        java.util.function.BooleanSupplier[] due = {() -> true};
        Runnable backUp = () -> {
            sessions[0].backupStatus(Messages.get("backup.running"), false);
            CompletableFuture.supplyAsync(() -> due[0].getAsBoolean() ? desks.get().clinic().routineBackup() : null,
                    backupThread).whenComplete((file, error) -> SwingUtilities.invokeLater(() -> {
                        if (error != null) {
                            Throwable cause = error.getCause() != null ? error.getCause() : error;
                            sessions[0].backupStatus(Messages.get("backup.failed", cause.getMessage()), true);
                        } else {
                            sessions[0].backupStatus(file == null ? "" : Messages.get("backup.done",
                                    file.getFileName()), false);
                        }
                    }));
        };
        Timer daily = new Timer(HOUR_MS, e -> {
            due[0] = () -> desks.get().clinic().backupDue();
            backUp.run();
        });
        // On a clinic server, what other PCs add shows here within two seconds, and a lost server is said at once.
        RecordWatcher watcher = paths.onServer() ? new RecordWatcher(() -> desks.get().watch().poll(),
                changes -> sessions[0].recordChanged(changes), reachable -> sessions[0].serverReachable(reachable))
                : null;
        Runnable shutdown = () -> {
            daily.stop();
            if (watcher != null) {
                watcher.close();
            }
            // A handout still being saved is finished (and recorded) before the database closes; say so meanwhile.
            javax.swing.JWindow finishing = tasks.busy() ? finishingMessage() : null;
            tasks.close();
            CompletableFuture.runAsync(() -> {
                try {
                    tasks.finish(java.time.Duration.ofMinutes(5));
                    desks.get().clinic().routineBackup();
                } finally {
                    services.get().close();
                }
            }).whenComplete((v, t) -> {
                if (finishing != null) {
                    SwingUtilities.invokeLater(finishing::dispose);
                }
                System.exit(0);
            });
        };
        HandoutPrinter printer = new HandoutPrinter();
        PrinterPreference printers = PrinterPreference.onThisComputer();
        sessions[0] = new KioskSessions(desks, controls -> new KioskFrame.Deps(services.get().catalogue(),
                desks.get(), printer, printers, paths.printables(), tasks, clock,
                (who, backup) -> restore(sessions[0].current(), tasks, services.get(), who, backup), controls), tasks,
                5, fullScreen, shutdown);
        sessions[0].start(hasStaff);
        opened[0] = sessions[0];
        return minutes -> {
            if (minutes < 0) {
                sessions[0].abandon();
                tasks.close();
                return;
            }
            sessions[0].idleLimit(java.time.Duration.ofMinutes(minutes));
            backUp.run();
            daily.start();
            if (watcher != null) {
                watcher.start();
            }
        };
    }

    /** Shown while the kiosk closes with work still running: nothing is cut short, and nobody is left guessing. */
    private static javax.swing.JWindow finishingMessage() {
        javax.swing.JWindow window = new javax.swing.JWindow();
        javax.swing.JLabel text = new javax.swing.JLabel(Messages.get("app.finishing"));
        text.setName("finishing");
        text.setBorder(javax.swing.BorderFactory.createEmptyBorder(24, 32, 24, 32));
        window.getContentPane().add(text);
        window.pack();
        window.setLocationRelativeTo(null);
        window.setVisible(true);
        return window;
    }


    /**
     * Checks the backup while the kiosk is still open (a bad file is refused and the kiosk goes on), then closes the
     * database, puts the backup in place (keeping the current file aside) and ends the kiosk. Only an administrator
     * restores (the service refuses anyone else); the restore is in the trail of both databases. If the restore is
     * refused or fails, the current database is as it was and the message says so.
     */
    private static void restore(KioskFrame frame, Tasks tasks, Services services, Actor who, Path backup) {
        tasks.run(() -> services.desks().clinic().problemWith(backup), problem -> {
            if (problem.isPresent()) {
                Ui.error(frame, Messages.get("clinic.restoreRefused", backup, problem.get()),
                        Messages.get("app.title"));
                return;
            }
            tasks.run(() -> services.desks().clinic().restore(who, backup, services::close), aside -> {
                Ui.message(frame, Messages.get("clinic.restored", backup.getFileName(), aside),
                        Messages.get("app.title"), JOptionPane.INFORMATION_MESSAGE);
                System.exit(0);
            }, error -> {
                Ui.error(frame, Messages.get("clinic.restoreFailed", error.getMessage()), Messages.get("app.title"));
                if (!(error instanceof org.physiokiosk.store.StoreException.Refused)) {
                    System.exit(1);
                }
            });
        }, error -> Ui.error(frame, error.getMessage(), Messages.get("app.title")));
    }
}
