package io.p1vault.ui.actions;

import io.p1vault.model.PingFederateServerEntry;
import io.p1vault.ui.DesktopController;
import io.p1vault.ui.base.AppAction;

/** Tests the connection to the selected PingFederate server. */
public final class TestServerAction extends AppAction {
    private final DesktopController app;

    public TestServerAction(DesktopController app) {
        super("entry.testServer");
        this.app = app;
        enabledWhen(app.presenter().serverSelected);
    }

    @Override
    protected void perform() {
        if (app.presenter().selected.get() instanceof PingFederateServerEntry server) {
            app.testServer(server);
        }
    }
}
