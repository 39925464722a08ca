package io.p1vault.ui.entry;

import io.p1vault.model.ClientCredentialsEntry;
import io.p1vault.model.EntryKind;
import io.p1vault.model.InvalidEntryException;
import io.p1vault.ui.session.VaultSession;
import io.p1vault.vault.VaultEditor;
import io.p1vault.vault.VaultException;

import java.util.List;

/** Another system's OAuth client: client ID, secret and token URL. */
final class ClientCredentialsForm extends EntryForm {
    ClientCredentialsForm(VaultSession session, ClientCredentialsEntry e) {
        super(session, e);
        add("name", FormField.Type.TEXT, e == null ? null : e.getName());
        add("clientId", FormField.Type.TEXT, e == null ? null : e.getClientId());
        add("secret", FormField.Type.SECRET, null);
        add("tokenUrl", FormField.Type.TEXT, e == null ? null : e.getTokenUrl());
        add("notes", FormField.Type.NOTES, e == null ? null : e.getNotes());
    }

    @Override
    public EntryKind kind() {
        return EntryKind.CLIENT_CREDENTIALS;
    }

    @Override
    protected List<String> apply(VaultEditor editor) throws VaultException, InvalidEntryException {
        if (!editing()) {
            var added = editor.addClientCredentials(
                    text("name"),
                    text("clientId"),
                    text("tokenUrl"),
                    field("secret").secret());
            applyNotes(editor, added.entry());
            return added.warnings();
        }
        editor.editClientCredentials((ClientCredentialsEntry) entry, text("clientId"), text("tokenUrl"));
        applyCommonEdits(editor);
        return List.of();
    }
}
