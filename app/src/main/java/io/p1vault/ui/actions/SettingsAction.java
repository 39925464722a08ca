package io.p1vault.ui.actions;

import io.p1vault.ui.DesktopController;
import io.p1vault.ui.base.AppAction;

/** Opens the settings. */
public final class SettingsAction extends AppAction {
    private final DesktopController app;

    public SettingsAction(DesktopController app) {
        super("app.settings");
        this.app = app;
    }

    @Override
    protected void perform() {
        app.showSettings();
    }
}
