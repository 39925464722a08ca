package io.p1vault.ui;

import io.p1vault.desktop.AppDirectories;
import io.p1vault.desktop.SettingsStore;
import io.p1vault.testing.TestClassPath;
import io.p1vault.ui.testing.GuiExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import javax.swing.SwingUtilities;
import java.awt.Window;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The training run of the window's class cache goes through a launch's start up to the first
 * dialog, which it paints without showing, in a folder of its own; the launcher starts it as a
 * separate process, and so do these tests (it sets the whole process's look and feel up).
 */
@ExtendWith(GuiExtension.class)
class DesktopTrainingTest {
    @TempDir
    Path dir;

    @Test
    void theTrainingPaintsTheUnlockDialogOfAVaultInItsOwnFolderAndEnds() throws Exception {
        Path folder = dir.resolve("training");
        Run run = train(folder);

        assertThat(run.status).as(run.output).isZero();
        assertThat(run.output).contains("DesktopTraining: painted unlockDialog");
        AppDirectories directories = new AppDirectories(folder.resolve("data"), folder.resolve("config"));
        Path vault = directories.data().resolve("training.age");
        assertThat(vault).isEmptyFile();
        assertThat(new SettingsStore(directories.settingsFile()).load().existingRecentVaults())
                .containsExactly(vault.toAbsolutePath());
        assertThat(dir.resolve("home")).as("nothing written to the user's home").isEmptyDirectory();
    }

    @Test
    void withoutADisplayTheTrainingSaysSoAndFails() throws Exception {
        Run run = train(dir.resolve("training"), "-Djava.awt.headless=true");

        assertThat(run.status).isEqualTo(1);
        assertThat(run.output).contains("DesktopTraining: no display to train on");
    }

    @Test
    void theFirstDialogPaintedOffScreenIsTheCreateDialogWithoutAVaultAndNeverShows() throws Exception {
        DesktopController app = new DesktopController(new AppDirectories(dir, dir), Clock.systemUTC(), () -> {});
        AtomicReference<String> painted = new AtomicReference<>();
        List<Window> before = Arrays.asList(Window.getWindows());
        AtomicReference<List<Window>> left = new AtomicReference<>();
        SwingUtilities.invokeAndWait(() -> {
            painted.set(app.paintFirstDialogOffScreen());
            List<Window> added = new ArrayList<>(Arrays.asList(Window.getWindows()));
            added.removeAll(before);
            left.set(added.stream().filter(Window::isDisplayable).toList());
        });

        assertThat(painted.get()).isEqualTo("createDialog");
        assertThat(left.get()).as("the painted dialog is disposed").isEmpty();
    }

    private record Run(int status, String output) {}

    private Run train(Path folder, String... javaOptions) throws Exception {
        List<String> command = new ArrayList<>(
                List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(List.of(javaOptions));
        command.addAll(List.of("-cp", TestClassPath.get(), DesktopTraining.class.getName(), folder.toString()));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        Path home = Files.createDirectories(dir.resolve("home"));
        pb.environment().put("HOME", home.toString());
        pb.environment().put("XDG_CONFIG_HOME", home.resolve(".config").toString());
        pb.environment().put("XDG_DATA_HOME", home.resolve(".local/share").toString());
        Process p = pb.start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Run(p.exitValue(), output);
    }
}
