package io.p1vault.ui.actions;

import io.p1vault.ui.DesktopController;
import io.p1vault.ui.base.AppAction;

/** Opens the PingOne connections browser, on the selected server entry if one is selected. */
public final class ConnectionsAction extends AppAction {
    private final DesktopController app;

    public ConnectionsAction(DesktopController app) {
        super("tools.connections");
        this.app = app;
        enabledWhen(app.session().unlocked);
    }

    @Override
    protected void perform() {
        app.showConnections();
    }
}
