package io.p1vault.ui;

import io.p1vault.desktop.SecretClipboard;
import io.p1vault.model.AgeIdentityEntry;
import io.p1vault.model.ClientCredentialsEntry;
import io.p1vault.model.Entry;
import io.p1vault.model.EntryKind;
import io.p1vault.model.GatewayCredentialEntry;
import io.p1vault.model.PingFederateServerEntry;
import io.p1vault.model.PingOneApplicationEntry;
import io.p1vault.ui.actions.EntryCommands;
import io.p1vault.ui.base.Dialogs;
import io.p1vault.ui.base.Messages;
import io.p1vault.ui.base.Tasks;
import io.p1vault.ui.details.EntryDetails;
import io.p1vault.ui.entry.EntryDialog;
import io.p1vault.ui.entry.EntryForm;
import io.p1vault.ui.integrations.UseWithDialog;
import io.p1vault.ui.integrations.UseWithPresenter;
import io.p1vault.ui.main.MainPresenter;
import io.p1vault.ui.pingfederate.PingFederateScreens;
import io.p1vault.ui.pingone.RotateDialog;
import io.p1vault.ui.pingone.RotatePresenter;
import io.p1vault.ui.session.VaultSession;

import java.awt.Window;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.IntSupplier;
import java.util.function.Supplier;

/**
 * What the entry actions do to the main window's selected entry: add, edit, rename, delete, copy
 * its secret or recipient, "Use with…", and (for servers and credentials) the PingFederate screens.
 * Secrets go through the clipboard guard, which clears them after the configured delay.
 */
final class EntryScreens implements EntryCommands {
    private final Supplier<Window> owner;
    private final VaultSession session;
    private final MainPresenter presenter;
    private final Tasks tasks;
    private final Dialogs dialogs;
    private final SecretClipboard clipboard;
    private final SystemClipboardBoard board;
    private final IntSupplier clipboardSeconds;
    private final PingFederateScreens pingFederate;

    EntryScreens(
            Supplier<Window> owner,
            MainPresenter presenter,
            Tasks tasks,
            Dialogs dialogs,
            SecretClipboard clipboard,
            SystemClipboardBoard board,
            IntSupplier clipboardSeconds,
            PingFederateScreens pingFederate) {
        this.owner = owner;
        this.session = presenter.session();
        this.presenter = presenter;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.clipboard = clipboard;
        this.board = board;
        this.clipboardSeconds = clipboardSeconds;
        this.pingFederate = pingFederate;
    }

    @Override
    public void addEntry(EntryKind kind) {
        EntryForm form = EntryForm.adding(kind, session);
        List<Entry> before = session.editor().entries();
        if (new EntryDialog(owner.get(), form).showAndWait()) {
            Optional<Entry> added = session.editor().entries().stream()
                    .filter(e -> !before.contains(e))
                    .findFirst();
            added.ifPresent(presenter.selected::set);
            showWarnings(form);
            // A new server is tested at once, so its certificate is checked while the user is here.
            added.filter(PingFederateServerEntry.class::isInstance)
                    .map(PingFederateServerEntry.class::cast)
                    .ifPresent(pingFederate::testServer);
        }
    }

    @Override
    public void editSelected() {
        Entry entry = presenter.selected.get();
        EntryForm form = EntryForm.editing(entry, session);
        if (new EntryDialog(owner.get(), form).showAndWait()) {
            presenter.selected.set(entry);
            showWarnings(form);
        }
    }

    private void showWarnings(EntryForm form) {
        if (!form.warnings().isEmpty()) {
            dialogs.info(Messages.text("form.warnings"), String.join("\n", form.warnings()));
        }
    }

    @Override
    public void renameSelected() {
        Entry entry = presenter.selected.get();
        dialogs.askText(
                        Messages.text("rename.title"),
                        Messages.format("rename.label", entry.getName()),
                        entry.getName())
                .filter(name -> !name.equals(entry.getName()))
                .ifPresent(presenter::rename);
    }

    @Override
    public void deleteSelected() {
        presenter.delete();
    }

    @Override
    public void copySelectedSecret() {
        copySecret(presenter.selected.get());
    }

    /** Copies {@code entry}'s secret (the detail panel's copy button too); the clipboard is cleared later. */
    void copySecret(Entry entry) {
        if (entry == null || entry.secret() == null || entry.secret().isDestroyed()) {
            return;
        }
        char[] value = entry.secret().reveal();
        try {
            clipboard.copy(value, clearAfter());
        } finally {
            Arrays.fill(value, '\0');
        }
    }

    /** Copies an identity's recipient: public, so it is left on the clipboard, and the user is told it is there. */
    @Override
    public void copySelectedRecipient() {
        if (presenter.selected.get() instanceof AgeIdentityEntry identity) {
            clipboard.clearNow();
            board.put(identity.getRecipient().toCharArray(), () -> {});
            dialogs.info(
                    Messages.text("action.entry.copyRecipient.text").replace("&", ""),
                    Messages.format(
                            "recipient.copied",
                            identity.getName(),
                            EntryDetails.shortRecipient(identity.getRecipient())));
        }
    }

    /** "Use with…": another system's configuration from a PingOne application, copied through the clipboard guard. */
    @Override
    public void useWithSelected() {
        if (presenter.selected.get() instanceof PingOneApplicationEntry application) {
            List<ClientCredentialsEntry> clients = session.vault.get().document().entries.stream()
                    .filter(ClientCredentialsEntry.class::isInstance)
                    .map(ClientCredentialsEntry.class::cast)
                    .toList();
            UseWithPresenter useWith =
                    new UseWithPresenter(application, clients, text -> clipboard.copy(text, clearAfter()), tasks);
            new UseWithDialog(owner.get(), useWith, dialogs).setVisible(true);
        }
    }

    @Override
    public void testSelectedServer() {
        if (presenter.selected.get() instanceof PingFederateServerEntry server) {
            pingFederate.testServer(server);
        }
    }

    /** Pushes the selected gateway credential. */
    @Override
    public void pushSelected() {
        if (presenter.selected.get() instanceof GatewayCredentialEntry credential) {
            pingFederate.push(credential);
        }
    }

    @Override
    public void rotateSelected() {
        if (presenter.selected.get() instanceof GatewayCredentialEntry credential) {
            rotate(credential);
        }
    }

    @Override
    public void rotateCredential(UUID credentialId) {
        session.editor().entries().stream()
                .filter(e -> e.getId().equals(credentialId))
                .filter(GatewayCredentialEntry.class::isInstance)
                .map(GatewayCredentialEntry.class::cast)
                .findFirst()
                .ifPresent(this::rotate);
    }

    /** The rotation dialog; afterwards the credential (renamed aside once revoked) is selected, unless locked meanwhile. */
    private void rotate(GatewayCredentialEntry credential) {
        RotatePresenter rotation = new RotatePresenter(credential, session, tasks);
        new RotateDialog(owner.get(), rotation).setVisible(true);
        if (session.unlocked.get()) {
            presenter.selected.set(credential);
        }
    }

    private Duration clearAfter() {
        return Duration.ofSeconds(clipboardSeconds.getAsInt());
    }
}
