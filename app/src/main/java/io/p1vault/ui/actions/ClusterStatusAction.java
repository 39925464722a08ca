package io.p1vault.ui.actions;

import io.p1vault.ui.DesktopController;
import io.p1vault.ui.base.AppAction;

/** Shows the cluster status of a PingFederate server (the selected one, else the vault's first), with Replicate. */
public final class ClusterStatusAction extends AppAction {
    private final DesktopController app;

    public ClusterStatusAction(DesktopController app) {
        super("tools.clusterStatus");
        this.app = app;
        enabledWhen(app.session().unlocked);
    }

    @Override
    protected void perform() {
        app.showClusterStatus();
    }
}
