package org.physiokiosk.kiosk;

import java.awt.AWTEvent;
import java.awt.Component;
import java.awt.GraphicsEnvironment;
import java.awt.KeyEventDispatcher;
import java.awt.KeyboardFocusManager;
import java.awt.Toolkit;
import java.awt.Window;
import java.awt.event.AWTEventListener;
import java.awt.event.KeyEvent;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import javax.swing.JFrame;
import javax.swing.RootPaneContainer;
import javax.swing.SwingUtilities;
import javax.swing.Timer;
import org.physiokiosk.Messages;
import org.physiokiosk.staff.Actor;
import org.physiokiosk.staff.Role;
import org.physiokiosk.wiring.Services;

/**
 * Everyone's windows on one kiosk PC. At start: the first administrator of a new database, or sign-in. Each
 * signed-in person gets a window of their own, so "Switch user" keeps one person's unsaved work aside while another
 * works. The kiosk locks after the clinic's idle time, on Ctrl+L, or on Lock: every window and dialog is covered
 * (nothing about a patient stays in view and the covered windows take no input), and only the window's owner or an
 * administrator unlocks it; anyone else who signs in works in their own window. In full-screen mode the windows
 * have no decorations and leaving takes an administrator's secret. Event thread only.
 */
final class KioskSessions {

    /** The program's services: ready once it has started (a start that waits for them runs off the event thread). */
    private final java.util.function.Supplier<Services.Desks> desks;
    private final Function<KioskFrame.Controls, KioskFrame.Deps> depsFor;
    private final Tasks tasks;
    private final boolean fullScreen;
    private final Runnable shutdown;
    private final Map<String, KioskFrame> frames = new LinkedHashMap<>();
    private final Map<Window, Component> covered = new HashMap<>();
    private final Timer idleCheck;
    private KioskFrame current;
    private LockScreen screen;
    private boolean locked = true;
    private Duration idleLimit;
    private long lastActivity = System.nanoTime();
    private boolean serverLost;
    /** Whether an administrator has been asked for the clinic's details in this run (once is enough: "Later"). */
    private boolean clinicDetailsOffered;

    private final KioskFrame.Controls controls = new KioskFrame.Controls() {
        @Override
        public void lock() {
            lockNow("lock");
        }

        @Override
        public void switchUser() {
            lockNow("switch user");
        }

        @Override
        public void lockMinutesChanged(int minutes) {
            idleLimit = Duration.ofMinutes(minutes);
        }
    };

    private final AWTEventListener activity = event -> {
        if (!locked) {
            lastActivity = System.nanoTime();
        }
    };

    private final KeyEventDispatcher keys = this::dispatch;

    /**
     * @param depsFor   what a new person's window needs, given the controls it calls back
     * @param shutdown  the end of the kiosk once the last person signs out (a backup, the database closed, exit)
     */
    KioskSessions(java.util.function.Supplier<Services.Desks> desks,
                  Function<KioskFrame.Controls, KioskFrame.Deps> depsFor, Tasks tasks,
                  int lockMinutes, boolean fullScreen, Runnable shutdown) {
        this.desks = desks;
        this.depsFor = depsFor;
        this.tasks = tasks;
        this.fullScreen = fullScreen;
        this.shutdown = shutdown;
        this.idleLimit = Duration.ofMinutes(lockMinutes);
        this.idleCheck = new Timer(1000, e -> lockIfIdle());
        idleCheck.setRepeats(true);
    }

    /** Starts: the first administrator when the database has no staff yet, else the sign-in screen. */
    void start(boolean hasStaff) {
        assert SwingUtilities.isEventDispatchThread();
        Toolkit.getDefaultToolkit().addAWTEventListener(activity, AWTEvent.KEY_EVENT_MASK | AWTEvent.MOUSE_EVENT_MASK
                | AWTEvent.MOUSE_MOTION_EVENT_MASK | AWTEvent.MOUSE_WHEEL_EVENT_MASK);
        KeyboardFocusManager.getCurrentKeyboardFocusManager().addKeyEventDispatcher(keys);
        idleCheck.start();
        if (hasStaff) {
            showScreen(LockScreen.Mode.START, null);
        } else {
            firstAdministrator();
        }
    }

    /**
     * The database turned out to have no staff after all (the sign-in screen was shown while that was checked):
     * the first administrator is asked for instead. Nobody can have signed in meanwhile, as no account exists.
     */
    void noStaffAfterAll() {
        assert SwingUtilities.isEventDispatchThread();
        if (current == null && screen != null) {
            screen.dispose();
            screen = null;
            firstAdministrator();
        }
    }

    private void firstAdministrator() {
        FirstAdministratorDialog first = new FirstAdministratorDialog(() -> desks.get().staff(), tasks,
                made -> signedIn(made, SignInModel.Intent.SWITCH));
        SwingUtilities.invokeLater(() -> first.setVisible(true));
    }

    /** The program could not start after all (a damaged database, say): the first screen goes, nothing stays. */
    void abandon() {
        stop();
        if (screen != null) {
            screen.dispose();
        }
        for (Window w : Window.getWindows()) {
            if (w instanceof FirstAdministratorDialog) {
                w.dispose();
            }
        }
    }

    /** Stops listening (the kiosk is closing, or a test is done). */
    void stop() {
        idleCheck.stop();
        Toolkit.getDefaultToolkit().removeAWTEventListener(activity);
        KeyboardFocusManager.getCurrentKeyboardFocusManager().removeKeyEventDispatcher(keys);
    }

    private String backupText = "";
    private boolean backupFailed;

    /**
     * What the kiosk's own backup is doing (running, written, or failed and why), shown on the sign-in screen and,
     * when it failed, in every window until a backup works: a failed backup is said, never swallowed.
     */
    void backupStatus(String text, boolean failed) {
        assert SwingUtilities.isEventDispatchThread();
        backupText = text;
        backupFailed = failed;
        if (screen != null) {
            screen.showBackup(text, failed);
        }
        frames.values().forEach(f -> f.showBackup(failed ? text : ""));
    }

    /**
     * The clinic server lost (false) or back (true): said across the top of every window and on the lock screen.
     * Work on screen stays as it is; when the server is back every window reads what changed meanwhile.
     */
    void serverReachable(boolean reachable) {
        assert SwingUtilities.isEventDispatchThread();
        serverLost = !reachable;
        if (screen != null) {
            screen.showServerLost(serverLost);
        }
        frames.values().forEach(f -> f.showServerLost(serverLost));
    }

    /** What other PCs added to the record: every window refreshes what it shows of it. */
    void recordChanged(org.physiokiosk.service.RecordWatch.Changes changes) {
        assert SwingUtilities.isEventDispatchThread();
        frames.values().forEach(f -> f.recordChanged(changes));
    }

    /** Lock after this much idle time: the clinic's minutes once read, or (in tests) seconds. */
    void idleLimit(Duration limit) {
        idleLimit = limit;
    }

    KioskFrame current() {
        return current;
    }

    private void lockIfIdle() {
        if (!locked && current != null
                && Duration.ofNanos(System.nanoTime() - lastActivity).compareTo(idleLimit) >= 0) {
            lockNow("lock (idle)");
        }
    }

    /** Covers every window and dialog, writes the row, and puts up the lock screen for the window in front. */
    private void lockNow(String why) {
        if (locked || current == null) {
            return;
        }
        locked = true;
        coverAll();
        Actor who = current.session().actor();
        tasks.run(() -> {
            desks.get().staff().record(who, why, "done");
            return null;
        }, ignored -> { }, ignored -> { });
        showScreen(LockScreen.Mode.LOCK, current.session().owner());
    }

    private void showScreen(LockScreen.Mode mode, Actor kept) {
        Actor owner = kept;
        screen = new LockScreen(current, mode, kept,
                who -> owner == null || SignInModel.mayUnlock(who, owner),
                owner == null ? "" : Messages.get("lock.notYours", owner.fullName()),
                () -> desks.get().staff(), tasks, this::signedIn);
        screen.showBackup(backupText, backupFailed);
        screen.showServerLost(serverLost);
        LockScreen shown = screen;
        // Shown later: setVisible on a modal dialog waits until it closes, and the caller (a timer, a key) must not.
        SwingUtilities.invokeLater(() -> shown.setVisible(true));
    }

    /** Someone signed in on the lock screen (or made the first account). */
    private void signedIn(Actor who, SignInModel.Intent intent) {
        if (intent == SignInModel.Intent.UNLOCK && current != null) {
            if (!who.equals(current.session().actor())) {
                current.session().actingNow(who);
            }
            uncover(current);
            record(who, who.equals(current.session().owner()) ? "unlock" : "unlock the window of "
                    + current.session().owner().signInName());
        } else {
            KioskFrame mine = frames.get(key(who));
            if (mine == null) {
                mine = open(who);
                // The first administrator of a new database, or the first to sign in to one whose clinic has not
                // given its details, is asked for them (once a run); anyone else is told they are not set.
                if (!clinicDetailsOffered && org.physiokiosk.service.ClinicDesk.mayChange(who)) {
                    clinicDetailsOffered = true;
                    mine.offerClinicDetails();
                }
            } else {
                if (!who.equals(mine.session().actor())) {
                    mine.session().actingNow(who);
                }
                uncover(mine);
            }
            record(who, current == null ? "kiosk opened" : "switch user: in");
            current = mine;
            current.toFront();
        }
        locked = false;
        lastActivity = System.nanoTime();
    }

    private KioskFrame open(Actor who) {
        KioskFrame frame = new KioskFrame(depsFor.apply(controls), who);
        frame.showBackup(backupFailed ? backupText : "");
        frame.showServerLost(serverLost);
        frames.put(key(who), frame);
        frame.setDefaultCloseOperation(JFrame.DO_NOTHING_ON_CLOSE);
        frame.addWindowListener(new WindowAdapter() {
            @Override
            public void windowClosing(WindowEvent e) {
                closeRequested(frame);
            }
        });
        if (fullScreen) {
            frame.setUndecorated(true);
            frame.setBounds(GraphicsEnvironment.getLocalGraphicsEnvironment().getDefaultScreenDevice()
                    .getDefaultConfiguration().getBounds());
        } else {
            frame.setBounds(GraphicsEnvironment.getLocalGraphicsEnvironment().getMaximumWindowBounds());
            frame.setExtendedState(JFrame.MAXIMIZED_BOTH);
        }
        frame.setVisible(true);
        return frame;
    }

    /**
     * Closing a window signs its person out; the last one closes the kiosk. In full-screen mode closing the kiosk
     * takes an administrator's secret.
     */
    private void closeRequested(KioskFrame frame) {
        if (locked) {
            return;
        }
        if (fullScreen && frames.size() == 1) {
            locked = true;
            coverAll();
            screen = new LockScreen(frame, LockScreen.Mode.LEAVE, null, who -> who.role().covers(Role.ADMINISTRATOR),
                    Messages.get("lock.leaveAdminOnly"), () -> desks.get().staff(), tasks, (who, intent) -> {
                        uncover(frame);
                        locked = false;
                        if (who != null) {
                            signOut(frame, who);
                        }
                    });
            LockScreen shown = screen;
            SwingUtilities.invokeLater(() -> shown.setVisible(true));
            return;
        }
        signOut(frame, frame.session().actor());
    }

    private void signOut(KioskFrame frame, Actor who) {
        frames.values().remove(frame);
        covered.keySet().removeIf(w -> topOf(w) == frame);
        if (frames.isEmpty()) {
            record(who, "kiosk closed");
            stop();
            frame.dispose();
            shutdown.run();
            return;
        }
        record(who, "signed out");
        frame.dispose();
        current = null;
        locked = true;
        coverAll();
        showScreen(LockScreen.Mode.START, null);
    }

    private void record(Actor who, String action) {
        tasks.run(() -> {
            desks.get().staff().record(who, action, "done");
            return null;
        }, ignored -> { }, ignored -> { });
    }

    private static String key(Actor who) {
        return who.signInName().toLowerCase(Locale.ROOT);
    }

    /** Ctrl+L locks at once; a covered window takes no keys. */
    private boolean dispatch(KeyEvent e) {
        if (e.getID() == KeyEvent.KEY_PRESSED && e.getKeyCode() == KeyEvent.VK_L && e.isControlDown()
                && !e.isAltDown() && !e.isShiftDown()) {
            if (!locked) {
                lockNow("lock");
            }
            return true;
        }
        Component c = e.getComponent();
        Window w = c instanceof Window window ? window : c == null ? null : SwingUtilities.getWindowAncestor(c);
        return w != null && covered.containsKey(w);
    }

    /** Covers every window that shows (the lock screen aside): an opaque pane that shows no patient data. */
    private void coverAll() {
        for (Window w : Window.getWindows()) {
            if (w.isShowing() && !(w instanceof LockScreen) && w instanceof RootPaneContainer rpc
                    && !covered.containsKey(w)) {
                covered.put(w, rpc.getGlassPane());
                LockCover cover = new LockCover(ownerOf(w));
                rpc.setGlassPane(cover);
                cover.setVisible(true);
            }
        }
    }

    /** Uncovers a person's window and the dialogs it owns; a dialog they had open comes back in front. */
    private void uncover(KioskFrame frame) {
        covered.entrySet().removeIf(entry -> {
            Window w = entry.getKey();
            if (topOf(w) != frame) {
                return false;
            }
            ((RootPaneContainer) w).setGlassPane(entry.getValue());
            w.revalidate();
            w.repaint();
            return true;
        });
        frame.toFront();
        // Raised once the lock screen's closing has handed the keyboard back to the window, so a dialog they had
        // open ends on top of it even where no window manager keeps a modal dialog above its window (a bare X
        // session, as some kiosks run): behind it, the window would look frozen.
        SwingUtilities.invokeLater(() -> {
            for (Window w : Window.getWindows()) {
                if (w != frame && w.isShowing() && topOf(w) == frame && w instanceof java.awt.Dialog) {
                    w.toFront();
                    w.requestFocus();
                }
            }
        });
    }

    private String ownerOf(Window w) {
        Window top = topOf(w);
        return top instanceof KioskFrame f ? f.session().owner().fullName() : "";
    }

    private static Window topOf(Window w) {
        Window top = w;
        while (top.getOwner() != null) {
            top = top.getOwner();
        }
        return top;
    }

    /** What a locked window shows instead of its contents. */
    static final class LockCover extends javax.swing.JPanel {
        LockCover(String owner) {
            super(new net.miginfocom.swing.MigLayout("fill", "[center]", "[center]"));
            setName("lockCover");
            setOpaque(true);
            javax.swing.JLabel text = new javax.swing.JLabel(owner.isEmpty() ? Messages.get("lock.covered")
                    : Messages.get("lock.coveredFor", owner));
            text.putClientProperty("FlatLaf.styleClass", "h2");
            add(text);
            // The cover takes the mouse: nothing under it can be clicked.
            addMouseListener(new java.awt.event.MouseAdapter() { });
            addMouseMotionListener(new java.awt.event.MouseMotionAdapter() { });
        }
    }
}
