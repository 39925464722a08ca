package io.p1vault.ui.entry;

import io.p1vault.model.EntryKind;
import io.p1vault.model.GatewayCredentialEntry;
import io.p1vault.model.GatewayCredentials;
import io.p1vault.model.InvalidEntryException;
import io.p1vault.ui.base.Messages;
import io.p1vault.ui.details.EntryDetails;
import io.p1vault.ui.session.VaultSession;
import io.p1vault.vault.VaultEditor;
import io.p1vault.vault.VaultException;

import java.util.List;

/**
 * A pasted gateway credential is decoded as it is pasted: its claims are shown before anything
 * is saved, and garbage is refused with the reason. When editing, the credential itself is fixed
 * (see {@link VaultEditor#replaceSecret}); its claims are shown.
 */
public final class GatewayCredentialForm extends EntryForm {
    GatewayCredentialForm(VaultSession session, GatewayCredentialEntry entry) {
        super(session, entry);
        if (entry == null) {
            add("credential", FormField.Type.CREDENTIAL, null);
        } else {
            preview.set(EntryDetails.claims(entry.getClaims(), List.of()));
        }
        add("name", FormField.Type.TEXT, entry == null ? null : entry.getName());
        add("notes", FormField.Type.NOTES, entry == null ? null : entry.getNotes());
    }

    @Override
    public EntryKind kind() {
        return EntryKind.GATEWAY_CREDENTIAL;
    }

    /** Decodes what was pasted so far: the claims, or why it is not a credential. */
    public void credentialChanged(char[] pasted) {
        FormField credential = field("credential");
        credential.setSecret(pasted);
        if (credential.secretEmpty()) {
            preview.set(List.of());
            return;
        }
        try {
            GatewayCredentials.Parsed parsed = GatewayCredentials.parse(credential.secret());
            parsed.credential().destroy();
            preview.set(EntryDetails.claims(parsed.claims(), parsed.warnings()));
            FormField name = field("name");
            if (name.text.get().isBlank()) {
                name.text.set(
                        parsed.claims().gatewayName != null
                                ? parsed.claims().gatewayName
                                : parsed.claims().environmentName);
            }
        } catch (InvalidEntryException e) {
            preview.set(List.of());
            credential.error.set(Messages.format("form.credential.refused", e.getMessage()));
        }
    }

    @Override
    protected List<String> apply(VaultEditor editor) throws VaultException, InvalidEntryException {
        if (!editing()) {
            var added = editor.addGatewayCredential(
                    text("name").isBlank() ? null : text("name"),
                    field("credential").secret());
            applyNotes(editor, added.entry());
            return added.warnings();
        }
        applyCommonEdits(editor);
        return List.of();
    }
}
