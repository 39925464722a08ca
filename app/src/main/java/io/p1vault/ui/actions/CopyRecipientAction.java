package io.p1vault.ui.actions;

import io.p1vault.model.AgeIdentityEntry;
import io.p1vault.ui.DesktopController;
import io.p1vault.ui.base.AppAction;

/** Copies the selected age identity's public recipient, to share with whoever exports to its owner. */
public final class CopyRecipientAction extends AppAction {
    private final DesktopController app;

    public CopyRecipientAction(DesktopController app) {
        super("entry.copyRecipient");
        this.app = app;
        app.presenter().selected.bind(entry -> setEnabled(entry instanceof AgeIdentityEntry));
    }

    @Override
    protected void perform() {
        if (app.presenter().selected.get() instanceof AgeIdentityEntry identity) {
            app.copyRecipient(identity);
        }
    }
}
