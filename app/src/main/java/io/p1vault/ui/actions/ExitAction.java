package io.p1vault.ui.actions;

import io.p1vault.ui.DesktopController;
import io.p1vault.ui.base.AppAction;

/** Quits, asking first about unsaved changes. */
public final class ExitAction extends AppAction {
    private final DesktopController app;

    public ExitAction(DesktopController app) {
        super("app.exit");
        this.app = app;
    }

    @Override
    protected void perform() {
        app.exit();
    }
}
