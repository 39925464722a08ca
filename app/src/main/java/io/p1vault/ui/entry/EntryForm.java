package io.p1vault.ui.entry;

import io.p1vault.model.AgeIdentityEntry;
import io.p1vault.model.ClientCredentialsEntry;
import io.p1vault.model.Entry;
import io.p1vault.model.EntryKind;
import io.p1vault.model.GatewayCredentialEntry;
import io.p1vault.model.InvalidEntryException;
import io.p1vault.model.PingFederateServerEntry;
import io.p1vault.model.PingOneApplicationEntry;
import io.p1vault.ui.base.Messages;
import io.p1vault.ui.base.Property;
import io.p1vault.ui.details.EntryDetails;
import io.p1vault.ui.session.VaultSession;
import io.p1vault.vault.VaultEditor;
import io.p1vault.vault.VaultException;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The presenter of the add and edit forms, one subclass per entry kind: the fields, and what
 * OK does through {@link VaultEditor}. A refused value is shown next to its field and the form
 * stays open. No Swing.
 */
public abstract class EntryForm {
    protected final VaultSession session;
    /** The entry being edited, or null when adding. */
    protected final Entry entry;

    private final Map<String, FormField> fields = new LinkedHashMap<>();
    /** A problem that belongs to no single field. */
    public final Property<String> formError = new Property<>(null);
    /** Rows shown below the fields (a credential's decoded claims), or empty. */
    public final Property<List<EntryDetails.Row>> preview = new Property<>(List.of());
    /** Warnings from the last successful save, for the caller to show. */
    private List<String> warnings = List.of();

    protected EntryForm(VaultSession session, Entry entry) {
        this.session = session;
        this.entry = entry;
    }

    public static EntryForm adding(EntryKind kind, VaultSession session) {
        return create(kind, session, null);
    }

    public static EntryForm editing(Entry entry, VaultSession session) {
        return create(entry.knownKind(), session, entry);
    }

    private static EntryForm create(EntryKind kind, VaultSession session, Entry entry) {
        return switch (kind) {
            case GATEWAY_CREDENTIAL -> new GatewayCredentialForm(session, (GatewayCredentialEntry) entry);
            case PINGONE_APPLICATION -> new ApplicationForm(session, (PingOneApplicationEntry) entry);
            case PINGFEDERATE_SERVER -> new ServerForm(session, (PingFederateServerEntry) entry);
            case AGE_IDENTITY -> new IdentityForm(session, (AgeIdentityEntry) entry);
            case CLIENT_CREDENTIALS -> new ClientCredentialsForm(session, (ClientCredentialsEntry) entry);
        };
    }

    public abstract EntryKind kind();

    public boolean editing() {
        return entry != null;
    }

    public String title() {
        return Messages.format(
                editing() ? "form.titleEdit" : "form.titleAdd", Messages.text("kind." + kind().id() + ".one"));
    }

    public List<FormField> fields() {
        return new ArrayList<>(fields.values());
    }

    public FormField field(String key) {
        return fields.get(key);
    }

    public List<String> warnings() {
        return warnings;
    }

    protected final FormField add(String key, FormField.Type type, String initial, List<String> choices) {
        FormField f = new FormField(kind().id(), key, type, initial, choices);
        fields.put(key, f);
        return f;
    }

    protected final FormField add(String key, FormField.Type type, String initial) {
        return add(key, type, initial, List.of());
    }

    protected final String text(String key) {
        return fields.get(key).text.get();
    }

    /** Applies the form; true when done (the dialog closes), false when a field needs fixing. */
    public boolean submit() {
        formError.set(null);
        fields.values().forEach(f -> f.error.set(null));
        try {
            warnings = apply(session.editor());
            session.changed();
            fields.values().forEach(FormField::wipe);
            return true;
        } catch (InvalidEntryException e) {
            FormField f = fields.get(e.field());
            if (f != null) {
                f.error.set(e.getMessage());
            } else {
                formError.set(e.getMessage());
            }
        } catch (VaultException e) {
            formError.set(e.getMessage());
        }
        session.changed();
        return false;
    }

    public void cancel() {
        fields.values().forEach(FormField::wipe);
    }

    /** Does the change; returns warnings to show. */
    protected abstract List<String> apply(VaultEditor editor) throws VaultException, InvalidEntryException;

    /** Name, notes and (when given) the secret of an edited entry, after its own fields. */
    protected final void applyCommonEdits(VaultEditor editor) throws VaultException, InvalidEntryException {
        FormField secret = fields.get("secret");
        if (secret != null && !secret.secretEmpty()) {
            editor.replaceSecret(entry, secret.secret());
        }
        if (!Objects.equals(entry.getName(), text("name").strip())) {
            editor.rename(entry, text("name"));
        }
        editor.setNotes(entry, text("notes"));
    }

    /** Notes given while adding. */
    protected final void applyNotes(VaultEditor editor, Entry added) throws VaultException {
        if (!text("notes").isBlank()) {
            editor.setNotes(added, text("notes"));
        }
    }
}
