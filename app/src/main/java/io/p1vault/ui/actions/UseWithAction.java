package io.p1vault.ui.actions;

import io.p1vault.model.PingOneApplicationEntry;
import io.p1vault.ui.DesktopController;
import io.p1vault.ui.base.AppAction;
import io.p1vault.ui.base.Property;

/** Configuration for another system from the selected PingOne application ("Use with…"). */
public final class UseWithAction extends AppAction {
    private final DesktopController app;
    private final Property<Boolean> applicationSelected = new Property<>(false);

    public UseWithAction(DesktopController app) {
        super("entry.useWith");
        this.app = app;
        app.presenter().selected.bind(e -> applicationSelected.set(e instanceof PingOneApplicationEntry));
        enabledWhen(applicationSelected);
    }

    @Override
    protected void perform() {
        if (app.presenter().selected.get() instanceof PingOneApplicationEntry application) {
            app.useWith(application);
        }
    }
}
