package io.p1vault.ui;

import io.p1vault.desktop.AppDirectories;
import io.p1vault.desktop.AppLog;
import io.p1vault.desktop.Settings;
import io.p1vault.desktop.SettingsStore;

import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/**
 * The training run for the window's class cache (see the {@code p1vault} launcher): starts the
 * application as a launch does, up to the first window, in a throw-away {@code FOLDER} whose
 * settings name a vault, so that the first window is the unlock dialog a returning user sees. The
 * dialog is painted into an image, never shown, and the run ends there: the cache then holds what
 * the first window needs and no more, which the JVM loads (and relocates) at every start, so a
 * cache recorded through a whole session started slower. What the main window needs is loaded
 * while the passphrase is typed.
 *
 * <p>Usage: {@code java -XX:AOTCacheOutput=CACHE -cp p1vault.jar io.p1vault.ui.DesktopTraining FOLDER}
 * (needs a display; the vault file there is empty: it is never read).
 */
public final class DesktopTraining {
    private DesktopTraining() {}

    public static void main(String[] arguments) throws IOException, InterruptedException {
        if (arguments.length != 1) {
            System.err.println("usage: DesktopTraining FOLDER");
            System.exit(2);
        }
        if (GraphicsEnvironment.isHeadless()) {
            System.err.println("DesktopTraining: no display to train on");
            System.exit(1);
        }
        Path folder = Path.of(arguments[0]);
        AppLog.install(folder.resolve("logs"));
        try {
            System.err.println("DesktopTraining: painted " + train(folder));
            System.exit(0);
        } catch (ExecutionException e) {
            // A cache from a run that failed halfway would leave out what the first window needs.
            System.err.println("DesktopTraining: " + e.getCause());
            System.exit(1);
        }
    }

    /** Runs the training in {@code folder}; returns the name of the dialog it painted. */
    static String train(Path folder) throws IOException, InterruptedException, ExecutionException {
        AppDirectories directories = new AppDirectories(folder.resolve("data"), folder.resolve("config"));
        Path vault = Files.createDirectories(directories.data()).resolve("training.age");
        if (!Files.exists(vault)) {
            Files.createFile(vault);
        }
        Settings settings = new Settings();
        settings.remember(vault);
        new SettingsStore(directories.settingsFile()).save(settings);

        CompletableFuture<String> painted = new CompletableFuture<>();
        DesktopApp.open(directories, controller -> {
            try {
                painted.complete(controller.paintFirstDialogOffScreen());
            } catch (RuntimeException e) {
                painted.completeExceptionally(e);
            }
        });
        return painted.get();
    }
}
