package io.p1vault.ui.actions;

import io.p1vault.ui.DesktopController;
import io.p1vault.ui.base.AppAction;

/** Starts the built-in PingFederate stand-in and adds a server entry for it. */
public final class TryStandInAction extends AppAction {
    private final DesktopController app;

    public TryStandInAction(DesktopController app) {
        super("tools.tryStandIn");
        this.app = app;
        enabledWhen(app.session().editable);
    }

    @Override
    protected void perform() {
        app.tryStandIn();
    }
}
