package io.p1vault.ui.testing;

import io.p1vault.desktop.AppDirectories;
import io.p1vault.desktop.Settings;
import io.p1vault.desktop.SettingsStore;
import io.p1vault.ui.DesktopController;
import io.p1vault.vault.Vault;
import org.assertj.swing.edt.GuiActionRunner;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.function.Consumer;

/** The desktop application on folders under a test's temporary folder, with a clock the test moves. */
public final class TestApp {
    public static final String PASSPHRASE = "correct horse battery staple";

    public final AppDirectories directories;
    public final MutableClock clock = new MutableClock();
    public DesktopController controller;
    public volatile boolean exited;

    public TestApp(Path dir, Consumer<Settings> settings) {
        directories = new AppDirectories(dir.resolve("data"), dir.resolve("config"));
        Settings s = new Settings();
        s.theme = Settings.Theme.LIGHT;
        s.workFactor = 10;
        settings.accept(s);
        try {
            new SettingsStore(directories.settingsFile()).save(s);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A vault (work factor 10) that the app will offer to unlock at start. */
    public static Consumer<Settings> withVault(Path vault) {
        try (Vault v = Vault.create(vault, PASSPHRASE.toCharArray(), 10)) {
            return s -> s.remember(v.path());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static final java.util.List<TestApp> RUNNING = new java.util.concurrent.CopyOnWriteArrayList<>();

    /** Shuts every app a test started down, so none keeps ticking into the next test. */
    static void shutDownAll() {
        for (TestApp app : RUNNING) {
            if (app.controller != null) {
                GuiActionRunner.execute(app.controller::shutDown);
            }
        }
        RUNNING.clear();
    }

    public TestApp start() {
        RUNNING.add(this);
        GuiActionRunner.execute(() -> {
            controller = new DesktopController(directories, clock, () -> exited = true);
            controller.start();
        });
        return this;
    }
}
