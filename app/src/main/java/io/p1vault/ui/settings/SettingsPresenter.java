package io.p1vault.ui.settings;

import io.p1vault.desktop.Settings;
import io.p1vault.ui.base.Property;

import java.util.function.Consumer;

/**
 * The settings form: edits a copy; the theme is applied live as it is chosen (and put back on
 * cancel); OK hands the copy over to be stored. No Swing.
 */
public final class SettingsPresenter {
    public final Property<Settings.Theme> theme;
    public final Property<Integer> autoLockMinutes;
    public final Property<Boolean> lockOnMinimise;
    public final Property<Integer> clipboardSeconds;
    public final Property<Integer> workFactor;
    public final Property<Integer> runPropertiesBackups;

    private final Settings original;
    private final Consumer<Settings.Theme> applyTheme;
    private final Consumer<Settings> save;

    public SettingsPresenter(Settings current, Consumer<Settings.Theme> applyTheme, Consumer<Settings> save) {
        this.original = current;
        this.applyTheme = applyTheme;
        this.save = save;
        theme = new Property<>(current.theme);
        autoLockMinutes = new Property<>(current.autoLockMinutes);
        lockOnMinimise = new Property<>(current.lockOnMinimise);
        clipboardSeconds = new Property<>(current.clipboardSeconds);
        workFactor = new Property<>(current.workFactor);
        runPropertiesBackups = new Property<>(current.runPropertiesBackups);
        theme.addListener(applyTheme);
    }

    public boolean weakWorkFactor() {
        return workFactor.get() < 18;
    }

    public void ok() {
        Settings changed = original.copy();
        changed.theme = theme.get();
        changed.autoLockMinutes = autoLockMinutes.get();
        changed.lockOnMinimise = lockOnMinimise.get();
        changed.clipboardSeconds = clipboardSeconds.get();
        changed.workFactor = workFactor.get();
        changed.runPropertiesBackups = runPropertiesBackups.get();
        save.accept(changed);
    }

    public void cancel() {
        applyTheme.accept(original.theme);
    }
}
