package io.p1vault.ui.pingfederate;

import io.p1vault.pingfederate.ConnectionChanges;
import io.p1vault.pingfederate.PingOneConnection;
import io.p1vault.ui.base.Messages;
import io.p1vault.ui.base.Property;

import java.util.Objects;

/**
 * Renames and re-describes a connection: the form keeps what the user typed when PingFederate
 * refuses it, with the refusal beside the field it concerns. No Swing.
 */
public final class EditConnectionPresenter {
    public final Property<String> name;
    public final Property<String> description;
    public final FormErrors errors = new FormErrors("name", "description");
    /** Set once the change was sent and recorded: the form closes. */
    public final Property<Boolean> done = new Property<>(false);

    private final PingOneConnection connection;
    private final ConnectionsPresenter browser;

    EditConnectionPresenter(PingOneConnection connection, ConnectionsPresenter browser) {
        this.connection = connection;
        this.browser = browser;
        this.name = new Property<>(Objects.toString(connection.name(), ""));
        this.description = new Property<>(Objects.toString(connection.description(), ""));
    }

    public PingOneConnection connection() {
        return connection;
    }

    public ServerCall call() {
        return browser.call;
    }

    /** Previews the change and, once the user says so, sends it. */
    public void save() {
        errors.clear();
        if (!errors.requireName(name.get())) {
            return;
        }
        String newName = name.get().strip();
        String newDescription = description.get().strip();
        if (newName.equals(connection.name())
                && newDescription.equals(Objects.toString(connection.description(), ""))) {
            errors.message.set(Messages.text("edit.unchanged"));
            return;
        }
        browser.update(
                browser.question("edit.preview.title", connection),
                api -> ConnectionChanges.planUpdate(api, connection.id(), newName, newDescription, null),
                what -> done.set(true),
                failure -> errors.show(Messages.text("edit.failed"), failure));
    }
}
