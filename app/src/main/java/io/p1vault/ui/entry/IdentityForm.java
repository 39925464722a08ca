package io.p1vault.ui.entry;

import io.p1vault.model.AgeIdentityEntry;
import io.p1vault.model.EntryKind;
import io.p1vault.model.InvalidEntryException;
import io.p1vault.ui.session.VaultSession;
import io.p1vault.vault.VaultEditor;
import io.p1vault.vault.VaultException;

import java.util.List;

/**
 * An age identity: generated when added, so only its name, its key type (X25519 or post-quantum,
 * chosen once) and notes are entered.
 */
final class IdentityForm extends EntryForm {
    static final String X25519 = "x25519";
    static final String POST_QUANTUM = "post-quantum";

    IdentityForm(VaultSession session, AgeIdentityEntry e) {
        super(session, e);
        add("name", FormField.Type.TEXT, e == null ? null : e.getName());
        if (e == null) {
            add("keyType", FormField.Type.CHOICE, X25519, List.of(X25519, POST_QUANTUM));
        }
        add("notes", FormField.Type.NOTES, e == null ? null : e.getNotes());
    }

    @Override
    public EntryKind kind() {
        return EntryKind.AGE_IDENTITY;
    }

    @Override
    protected List<String> apply(VaultEditor editor) throws VaultException, InvalidEntryException {
        if (!editing()) {
            var added = editor.addNewIdentity(text("name"), POST_QUANTUM.equals(text("keyType")));
            applyNotes(editor, added.entry());
            return added.warnings();
        }
        applyCommonEdits(editor);
        return List.of();
    }
}
