package io.p1vault.ui.actions;

import io.p1vault.ui.DesktopController;
import io.p1vault.ui.base.AppAction;

/** Shows the vault's history. */
public final class HistoryAction extends AppAction {
    private final DesktopController app;

    public HistoryAction(DesktopController app) {
        super("vault.history");
        this.app = app;
        enabledWhen(app.session().unlocked);
    }

    @Override
    protected void perform() {
        app.showHistory();
    }
}
