package io.p1vault.ui.testing;

import io.p1vault.desktop.Settings;
import io.p1vault.ui.Themes;
import org.assertj.swing.core.BasicRobot;
import org.assertj.swing.core.Robot;
import org.assertj.swing.edt.FailOnThreadViolationRepaintManager;
import org.assertj.swing.edt.GuiActionRunner;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

import java.awt.GraphicsEnvironment;
import java.util.List;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

/**
 * JUnit 5 support for Swing tests: needs a display (in CI, where {@code CI} is set, a missing
 * display fails the run instead of skipping it), sets the light theme up once, checks Swing's
 * thread rules ({@link FailOnThreadViolationRepaintManager}) and that the event thread is never
 * blocked ({@link EdtWatchdog}), and gives robot tests a fresh {@link Robot}, cleaned up after.
 */
public final class GuiExtension implements BeforeAllCallback, BeforeEachCallback, AfterEachCallback, ParameterResolver {
    private static boolean prepared;
    private static final ExtensionContext.Namespace NS = ExtensionContext.Namespace.create(GuiExtension.class);

    @Override
    public void beforeAll(ExtensionContext context) {
        requireDisplay();
        prepareOnce();
    }

    static void requireDisplay() {
        if (GraphicsEnvironment.isHeadless()) {
            String why = "No display for the GUI tests (headless). Run them under Xvfb with a window manager, "
                    + "as .ci/run does.";
            if (System.getenv("CI") != null) {
                fail(why);
            }
            assumeFalse(true, why);
        }
    }

    private static synchronized void prepareOnce() {
        if (prepared) {
            return;
        }
        FailOnThreadViolationRepaintManager.install();
        // Load the look and feel and the classes of the first window before the watchdog counts.
        GuiActionRunner.execute(() -> {
            Themes.setUp(Settings.Theme.DARK);
            Themes.setUp(Settings.Theme.LIGHT);
            WarmUp.buildWindows();
        });
        EdtWatchdog.start();
        prepared = true;
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        EdtWatchdog.start().takeViolations();
    }

    @Override
    public void afterEach(ExtensionContext context) {
        if (context.getExecutionException().isPresent()) {
            saveScreen(context.getRequiredTestClass().getSimpleName() + "."
                    + context.getRequiredTestMethod().getName());
        }
        TestApp.shutDownAll();
        Robot robot = context.getStore(NS).get(Robot.class, Robot.class);
        if (robot != null) {
            robot.cleanUp();
        }
        List<String> violations = EdtWatchdog.start().takeViolations();
        if (!violations.isEmpty()) {
            fail(String.join("\n\n", violations));
        }
    }

    /** A picture of the screen when a test failed, under target/gui-failures, to see what the robot saw. */
    private static void saveScreen(String name) {
        try {
            java.awt.Rectangle screen =
                    new java.awt.Rectangle(java.awt.Toolkit.getDefaultToolkit().getScreenSize());
            java.nio.file.Path folder = java.nio.file.Path.of("target", "gui-failures");
            java.nio.file.Files.createDirectories(folder);
            javax.imageio.ImageIO.write(
                    new java.awt.Robot().createScreenCapture(screen),
                    "png",
                    folder.resolve(name + ".png").toFile());
        } catch (Exception e) {
            System.err.println("could not save a screenshot of the failure: " + e);
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Robot.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        Robot robot = BasicRobot.robotWithNewAwtHierarchy();
        robot.settings().delayBetweenEvents(10);
        context.getStore(NS).put(Robot.class, robot);
        return robot;
    }
}
