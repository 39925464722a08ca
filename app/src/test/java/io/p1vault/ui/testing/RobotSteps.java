package io.p1vault.ui.testing;

import org.assertj.swing.core.GenericTypeMatcher;
import org.assertj.swing.core.Robot;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.DialogFixture;
import org.assertj.swing.fixture.FrameFixture;
import org.assertj.swing.timing.Condition;
import org.assertj.swing.timing.Pause;

import javax.swing.JFrame;
import java.awt.datatransfer.Clipboard;
import java.awt.datatransfer.DataFlavor;
import java.util.function.BooleanSupplier;

import static org.assertj.swing.finder.WindowFinder.findDialog;
import static org.assertj.swing.finder.WindowFinder.findFrame;

/** Steps robot flows share: finding the main window and dialogs, waiting for background work, unlocking. */
public final class RobotSteps {
    private RobotSteps() {}

    public static DialogFixture dialog(Robot robot, String name) {
        return findDialog(name).withTimeout(10_000).using(robot);
    }

    public static FrameFixture main(Robot robot) {
        return findFrame(new GenericTypeMatcher<>(JFrame.class) {
                    @Override
                    protected boolean isMatching(JFrame frame) {
                        return "mainWindow".equals(frame.getName()) && frame.isShowing();
                    }
                })
                .withTimeout(10_000)
                .using(robot);
    }

    /** The dialog once it is the active window: a click on a window still being activated can be lost. */
    public static DialogFixture active(DialogFixture dialog) {
        waitFor(
                "the dialog " + dialog.target().getName() + " to be active",
                () -> dialog.target().isActive());
        return dialog;
    }

    /** The main window once it is active again (after a dialog closed), for a menu click. */
    public static FrameFixture active(FrameFixture window) {
        waitFor("the main window to be active", () -> window.target().isActive());
        return window;
    }

    /** Waits (up to 10 s) for what a background task or a timer brings about; checks on the event thread. */
    public static void waitFor(String what, BooleanSupplier condition) {
        Pause.pause(
                new Condition(what) {
                    @Override
                    public boolean test() {
                        return GuiActionRunner.execute(condition::getAsBoolean);
                    }
                },
                10_000);
    }

    /** As {@link #waitFor}, checking on the test thread: for what must not be asked on the event thread. */
    public static void waitOffEdt(String what, BooleanSupplier condition) {
        Pause.pause(
                new Condition(what) {
                    @Override
                    public boolean test() {
                        return condition.getAsBoolean();
                    }
                },
                10_000);
    }

    /** The clipboard's text, or "" when it holds none. */
    public static String text(Clipboard clipboard) {
        try {
            return (String) clipboard.getData(DataFlavor.stringFlavor);
        } catch (Exception e) {
            return "";
        }
    }

    /** Types the test passphrase into the unlock dialog the app shows at start, and waits for the vault. */
    public static void unlock(Robot robot, TestApp app) {
        DialogFixture unlock = dialog(robot, "unlockDialog");
        unlock.textBox("unlock.passphrase").enterText(TestApp.PASSPHRASE);
        unlock.button("unlockDialog.ok").click();
        waitFor("the vault to unlock", () -> app.controller.session().vault.get() != null);
    }
}
