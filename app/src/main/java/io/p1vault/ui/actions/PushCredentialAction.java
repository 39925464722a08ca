package io.p1vault.ui.actions;

import io.p1vault.model.GatewayCredentialEntry;
import io.p1vault.ui.DesktopController;
import io.p1vault.ui.base.AppAction;
import io.p1vault.ui.base.Property;

/** Pushes the selected gateway credential to a PingFederate server; needs a vault that may record it. */
public final class PushCredentialAction extends AppAction {
    private final DesktopController app;

    public PushCredentialAction(DesktopController app) {
        super("entry.push");
        this.app = app;
        Property<Boolean> can = new Property<>(false);
        Runnable update = () -> can.set(app.presenter().canChangeSelected.get()
                && app.presenter().selected.get() instanceof GatewayCredentialEntry);
        app.presenter().canChangeSelected.addListener(c -> update.run());
        app.presenter().selected.addListener(s -> update.run());
        update.run();
        enabledWhen(can);
    }

    @Override
    protected void perform() {
        app.pushSelected();
    }
}
