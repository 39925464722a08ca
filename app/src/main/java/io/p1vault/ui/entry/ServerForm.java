package io.p1vault.ui.entry;

import io.p1vault.model.EntryKind;
import io.p1vault.model.InvalidEntryException;
import io.p1vault.model.PingFederateServerEntry;
import io.p1vault.ui.session.VaultSession;
import io.p1vault.vault.VaultEditor;
import io.p1vault.vault.VaultException;

import java.util.List;

/** A PingFederate server's admin API, reached with a native admin account or an OAuth2 client. */
final class ServerForm extends EntryForm {
    ServerForm(VaultSession session, PingFederateServerEntry e) {
        super(session, e);
        add("name", FormField.Type.TEXT, e == null ? null : e.getName());
        add("url", FormField.Type.TEXT, e == null ? null : e.getAdminUrl());
        FormField auth = add(
                "authType",
                FormField.Type.CHOICE,
                e == null ? "basic" : e.getAuthType(),
                PingFederateServerEntry.AUTH_TYPES);
        FormField username = add("username", FormField.Type.TEXT, e == null ? null : e.getUsername());
        FormField clientId = add("clientId", FormField.Type.TEXT, e == null ? null : e.getClientId());
        FormField tokenUrl = add("tokenUrl", FormField.Type.TEXT, e == null ? null : e.getTokenUrl());
        add("secret", FormField.Type.SECRET, null);
        add("notes", FormField.Type.NOTES, e == null ? null : e.getNotes());
        auth.text.bind(type -> {
            boolean oauth = "oauth2".equals(type);
            username.shown.set(!oauth);
            clientId.shown.set(oauth);
            tokenUrl.shown.set(oauth);
        });
    }

    @Override
    public EntryKind kind() {
        return EntryKind.PINGFEDERATE_SERVER;
    }

    @Override
    protected List<String> apply(VaultEditor editor) throws VaultException, InvalidEntryException {
        boolean oauth = "oauth2".equals(text("authType"));
        if (!editing()) {
            var added = oauth
                    ? editor.addOAuthServer(
                            text("name"),
                            text("url"),
                            text("clientId"),
                            text("tokenUrl"),
                            field("secret").secret())
                    : editor.addServer(
                            text("name"),
                            text("url"),
                            text("username"),
                            field("secret").secret());
            applyNotes(editor, added.entry());
            return added.warnings();
        }
        editor.editServer(
                (PingFederateServerEntry) entry,
                text("url"),
                text("authType"),
                text("username"),
                text("clientId"),
                text("tokenUrl"));
        applyCommonEdits(editor);
        return List.of();
    }
}
