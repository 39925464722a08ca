package io.p1vault.ui.entry;

import io.p1vault.model.EntryKind;
import io.p1vault.model.InvalidEntryException;
import io.p1vault.model.PingFederateServerEntry;
import io.p1vault.ui.session.VaultSession;
import io.p1vault.vault.VaultEditor;
import io.p1vault.vault.VaultException;

import java.util.List;

/** A PingFederate server's admin API and its native admin account. */
final class ServerForm extends EntryForm {
    ServerForm(VaultSession session, PingFederateServerEntry e) {
        super(session, e);
        add("name", FormField.Type.TEXT, e == null ? null : e.getName());
        add("url", FormField.Type.TEXT, e == null ? null : e.getAdminUrl());
        add("username", FormField.Type.TEXT, e == null ? null : e.getUsername());
        add("secret", FormField.Type.SECRET, null);
        add("notes", FormField.Type.NOTES, e == null ? null : e.getNotes());
    }

    @Override
    public EntryKind kind() {
        return EntryKind.PINGFEDERATE_SERVER;
    }

    @Override
    protected List<String> apply(VaultEditor editor) throws VaultException, InvalidEntryException {
        if (!editing()) {
            var added = editor.addServer(text("name"), text("url"), text("username"), field("secret").secret());
            applyNotes(editor, added.entry());
            return added.warnings();
        }
        editor.editServer((PingFederateServerEntry) entry, text("url"), text("username"));
        applyCommonEdits(editor);
        return List.of();
    }
}
