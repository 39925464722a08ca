package io.p1vault.ui.actions;

import io.p1vault.ui.DesktopController;
import io.p1vault.ui.base.AppAction;

/** Unlocks the locked vault shown. */
public final class UnlockAction extends AppAction {
    private final DesktopController app;

    public UnlockAction(DesktopController app) {
        super("vault.unlock");
        this.app = app;
        enabledWhen(app.session().canUnlock);
    }

    @Override
    protected void perform() {
        app.unlock();
    }
}
