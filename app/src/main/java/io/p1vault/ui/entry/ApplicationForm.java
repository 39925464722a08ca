package io.p1vault.ui.entry;

import io.p1vault.model.EntryKind;
import io.p1vault.model.InvalidEntryException;
import io.p1vault.model.PingOneApplicationEntry;
import io.p1vault.model.PingOneRegion;
import io.p1vault.ui.session.VaultSession;
import io.p1vault.vault.VaultEditor;
import io.p1vault.vault.VaultException;

import java.util.Arrays;
import java.util.List;

/** A PingOne application's client credentials. */
final class ApplicationForm extends EntryForm {
    ApplicationForm(VaultSession session, PingOneApplicationEntry e) {
        super(session, e);
        add("name", FormField.Type.TEXT, e == null ? null : e.getName());
        add("type", FormField.Type.CHOICE, e == null ? "worker" : e.getType(), PingOneApplicationEntry.TYPES);
        add("environmentId", FormField.Type.TEXT, e == null ? null : e.getEnvironmentId());
        add(
                "region",
                FormField.Type.CHOICE,
                e == null ? PingOneRegion.NORTH_AMERICA.tld() : e.getRegion(),
                Arrays.stream(PingOneRegion.values()).map(PingOneRegion::tld).toList());
        add("clientId", FormField.Type.TEXT, e == null ? null : e.getClientId());
        add("secret", FormField.Type.SECRET, null);
        add(
                "auth-method",
                FormField.Type.CHOICE,
                e == null ? "basic" : e.getTokenAuthMethod(),
                PingOneApplicationEntry.AUTH_METHODS);
        add("notes", FormField.Type.NOTES, e == null ? null : e.getNotes());
    }

    @Override
    public EntryKind kind() {
        return EntryKind.PINGONE_APPLICATION;
    }

    private VaultEditor.ApplicationFields values() {
        return new VaultEditor.ApplicationFields(
                text("type"), text("environmentId"), text("region"), text("clientId"), text("auth-method"));
    }

    @Override
    protected List<String> apply(VaultEditor editor) throws VaultException, InvalidEntryException {
        if (!editing()) {
            var added = editor.addApplication(
                    text("name"), values(), field("secret").secret());
            applyNotes(editor, added.entry());
            return added.warnings();
        }
        List<String> warnings = editor.editApplication((PingOneApplicationEntry) entry, values());
        applyCommonEdits(editor);
        return warnings;
    }
}
