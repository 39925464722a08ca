package io.p1vault.ui.actions;

import io.p1vault.ui.DesktopController;
import io.p1vault.ui.base.AppAction;

/** Opens the run.properties editor; works with or without an unlocked vault. */
public final class RunPropertiesAction extends AppAction {
    private final DesktopController app;

    public RunPropertiesAction(DesktopController app) {
        super("tools.runProperties");
        this.app = app;
    }

    @Override
    protected void perform() {
        app.showRunProperties();
    }
}
