package org.physiokiosk.kiosk;

import static org.physiokiosk.kiosk.Ui.named;

import java.awt.GraphicsEnvironment;
import java.awt.Window;
import java.awt.event.KeyEvent;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.BiConsumer;
import javax.swing.JButton;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JPasswordField;
import javax.swing.JTextField;
import javax.swing.SwingUtilities;
import net.miginfocom.swing.MigLayout;
import org.physiokiosk.Messages;
import org.physiokiosk.access.StaffAccounts;
import org.physiokiosk.staff.Actor;

/**
 * The screen that covers the kiosk when it is locked, and the sign-in at start. It fills the screen, has no window
 * decorations, and blocks every other window until someone signs in. Signing in is checked off the event thread;
 * the secret's characters are wiped once checked.
 */
final class LockScreen extends JDialog {

    private final SignInModel model = new SignInModel();
    private final JTextField name = named(new JTextField(18), "signInName");
    private final JPasswordField secret = named(new JPasswordField(18), "signInSecret");
    private final JLabel message = named(new JLabel(" "), "signInMessage");
    private final JLabel backup = named(new JLabel(" "), "lockBackupStatus");
    private final JLabel serverLost = named(new JLabel(Messages.get("server.lost")), "lockServerLost");
    private final JButton unlock;
    private final JButton other;
    /** The staff accounts once the program has started: asked for off the event thread, where it may wait. */
    private final java.util.function.Supplier<StaffAccounts> staff;
    private final Tasks tasks;
    private final BiConsumer<Actor, SignInModel.Intent> signedIn;

    /** Why the screen is up: the start (nobody's work yet), a lock, or leaving the full-screen kiosk. */
    enum Mode { START, LOCK, LEAVE }

    private final java.util.function.Predicate<Actor> mayUnlock;
    private final String notAllowed;

    /**
     * @param kept      whose work waits here (null at start, when nobody's does)
     * @param mayUnlock who may use the first button (the owner or an administrator; for LEAVE, administrators)
     * @param signedIn  called on the event thread with who signed in and what they asked for; the screen closes.
     *                  For LEAVE, the second button cancels and calls it with a null person.
     */
    LockScreen(Window owner, Mode mode, Actor kept, java.util.function.Predicate<Actor> mayUnlock, String notAllowed,
               java.util.function.Supplier<StaffAccounts> staff, Tasks tasks,
               BiConsumer<Actor, SignInModel.Intent> signedIn) {
        // The product's name first: the title is what a task bar and a screen reader name the window by.
        super(owner, Messages.get("app.title") + " \u2013 " + heading(mode), ModalityType.APPLICATION_MODAL);
        String heading = heading(mode);
        this.mayUnlock = mayUnlock;
        this.notAllowed = notAllowed;
        this.staff = staff;
        this.tasks = tasks;
        this.signedIn = signedIn;
        setName("lockScreen");
        setUndecorated(true);
        setDefaultCloseOperation(DO_NOTHING_ON_CLOSE);
        JPanel panel = new JPanel(new MigLayout("insets 48, wrap 2, align 50% 40%, hidemode 3", "[right][300:360:]", ""));
        panel.setName("lockPanel");
        JLabel title = named(new JLabel(heading), "lockTitle");
        title.putClientProperty("FlatLaf.styleClass", "h2");
        panel.add(title, "span 2, center, wrap 8");
        JLabel who = named(new JLabel(mode == Mode.LEAVE ? Messages.get("lock.leaveIntro")
                : kept == null ? Messages.get("signIn.intro") : Messages.get("lock.kept", kept.fullName())),
                "lockKept");
        panel.add(who, "span 2, center, wrap 20");
        panel.add(Ui.labelFor(Messages.get("signIn.name"), name, KeyEvent.VK_N));
        panel.add(name, "growx, h 44!");
        panel.add(Ui.labelFor(Messages.get("signIn.secret"), secret, KeyEvent.VK_S));
        panel.add(secret, "growx, h 44!");
        secret.getAccessibleContext().setAccessibleName(Messages.get("signIn.secret"));
        message.putClientProperty("FlatLaf.styleClass", "problem");
        panel.add(message, "span 2, center, wmin 300");
        unlock = named(new JButton(Messages.get(switch (mode) {
            case START -> "signIn.go";
            case LOCK -> "lock.unlock";
            case LEAVE -> "lock.leave";
        })), "unlockButton");
        Ui.primary(unlock);
        unlock.setMnemonic(KeyEvent.VK_I);
        panel.add(unlock, "span 2, split 2, center, h 48!, gaptop 12");
        other = named(new JButton(Messages.get(mode == Mode.LEAVE ? "lock.cancelLeave" : "lock.someoneElse")),
                mode == Mode.LEAVE ? "cancelLeaveButton" : "someoneElseButton");
        other.setMnemonic(mode == Mode.LEAVE ? KeyEvent.VK_C : KeyEvent.VK_O);
        other.setVisible(mode != Mode.START);
        panel.add(other, "h 48!, gaptop 12");
        backup.putClientProperty("FlatLaf.styleClass", "status");
        panel.add(backup, "newline, span 2, center, gaptop 24, wmin 300");
        getContentPane().add(panel);
        serverLost.putClientProperty("FlatLaf.styleClass", "banner");
        serverLost.setOpaque(true);
        serverLost.setVisible(false);
        getContentPane().add(serverLost, java.awt.BorderLayout.NORTH);
        getRootPane().setDefaultButton(unlock);
        unlock.addActionListener(e -> tryIt(mode == Mode.START ? SignInModel.Intent.SWITCH
                : SignInModel.Intent.UNLOCK));
        if (mode == Mode.LEAVE) {
            other.addActionListener(e -> {
                dispose();
                signedIn.accept(null, SignInModel.Intent.UNLOCK);
            });
        } else {
            other.addActionListener(e -> tryIt(SignInModel.Intent.SWITCH));
        }
        model.onChanged(this::showState);
        setBounds(GraphicsEnvironment.getLocalGraphicsEnvironment().getMaximumWindowBounds());
        // A locked window names the person whose work it keeps: their name is filled in, and the keyboard goes to
        // the PIN. Someone else coming back to the name finds it selected, so typing replaces it.
        boolean known = mode == Mode.LOCK && kept != null;
        if (known) {
            name.setText(kept.signInName());
        }
        name.addFocusListener(new java.awt.event.FocusAdapter() {
            @Override
            public void focusGained(java.awt.event.FocusEvent e) {
                name.selectAll();
            }
        });
        addWindowListener(new java.awt.event.WindowAdapter() {
            @Override
            public void windowOpened(java.awt.event.WindowEvent e) {
                (known ? secret : name).requestFocusInWindow();
            }
        });
    }

    /** Whether the clinic server cannot be reached: said above the sign-in, where a sign-in would fail. */
    void showServerLost(boolean lost) {
        serverLost.setVisible(lost);
    }

    /** The kiosk's own backup: running, written, or failed (then in the warning style). */
    void showBackup(String text, boolean failed) {
        backup.setText(text.isEmpty() ? " " : text);
        backup.putClientProperty("FlatLaf.styleClass", failed ? "warning" : "status");
    }

    private static String heading(Mode mode) {
        return Messages.get(switch (mode) {
            case START -> "signIn.title";
            case LOCK -> "lock.title";
            case LEAVE -> "lock.leaveTitle";
        });
    }

    private void tryIt(SignInModel.Intent intent) {
        if (model.busy()) {
            return;
        }
        char[] typed = secret.getPassword();
        Optional<String> problem = SignInModel.problem(name.getText(), typed);
        if (problem.isPresent()) {
            model.refused(problem.get());
            Arrays.fill(typed, '\0');
            return;
        }
        String signInName = name.getText().strip();
        model.trying();
        tasks.run(() -> {
            try {
                return staff.get().attempt(signInName, new String(typed));
            } finally {
                Arrays.fill(typed, '\0');
            }
        }, attempt -> {
            secret.setText("");
            if (attempt.member().isEmpty()) {
                model.refused(StaffAccounts.REFUSED);
                secret.requestFocusInWindow();
                return;
            }
            Actor who = Actor.of(attempt.member().get());
            if (intent == SignInModel.Intent.UNLOCK && !mayUnlock.test(who)) {
                model.refused(notAllowed);
                return;
            }
            model.reset();
            dispose();
            signedIn.accept(who, intent);
            // A secret from before its role needed a longer one: signed in all the same, and told in their window.
            attempt.advice().ifPresent(advice -> SwingUtilities.invokeLater(() -> {
                Window mine = windowOf(who);
                if (mine != null) {
                    Ui.warn(mine, advice, Messages.get("signIn.secretTooShort"));
                }
            }));
        }, error -> model.refused(error.getMessage()));
    }

    /** The kiosk window of the person who signed in, in front now; null when there is none (the kiosk closing). */
    private static Window windowOf(Actor who) {
        for (java.awt.Frame f : java.awt.Frame.getFrames()) {
            if (f instanceof KioskFrame k && k.isShowing() && k.session().actor().equals(who)) {
                return k;
            }
        }
        return null;
    }

    private void showState() {
        assert SwingUtilities.isEventDispatchThread();
        message.setText(model.message().isEmpty() ? " " : model.message());
        unlock.setEnabled(!model.busy());
        other.setEnabled(!model.busy());
    }
}
