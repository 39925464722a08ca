package io.p1vault.ui.pingfederate;

import io.p1vault.model.CertificatePin;
import io.p1vault.model.EntryKind;
import io.p1vault.model.PingFederateServerEntry;
import io.p1vault.pingfederate.standin.PingFederateStandIn;
import io.p1vault.ui.base.Dialogs;
import io.p1vault.ui.base.Failure;
import io.p1vault.ui.base.Messages;
import io.p1vault.ui.base.Tasks;
import io.p1vault.ui.session.VaultSession;
import io.p1vault.vault.VaultEditor;

import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

/**
 * "Try it without a server": starts the built-in stand-in for PingFederate's admin API on this
 * computer (once per run of the application) and points a server entry, named and described as
 * a stand-in, at it. Its certificate is pinned at once: this program created it a moment ago.
 */
public final class StandInLauncher implements AutoCloseable {
    /** The server entry's name; the same entry is reused each time. */
    public static final String ENTRY_NAME = "PingFederate stand-in (local)";

    private record Started(PingFederateStandIn standIn, char[] password) {}

    private final VaultSession session;
    private final Tasks tasks;
    private final Dialogs dialogs;
    private PingFederateStandIn standIn;
    private char[] password;

    public StandInLauncher(VaultSession session, Tasks tasks, Dialogs dialogs) {
        this.session = session;
        this.tasks = tasks;
        this.dialogs = dialogs;
    }

    /** Starts the stand-in if it is not running, updates its server entry, saves, then hands the entry to {@code ready}. */
    public void launch(Consumer<PingFederateServerEntry> ready) {
        if (standIn != null) {
            pointEntryAtStandIn(ready);
            return;
        }
        tasks.run(
                progress -> {
                    char[] generated = PingFederateStandIn.generatePassword();
                    return new Started(PingFederateStandIn.start(0, generated), generated);
                },
                Tasks.callbacks(
                        started -> {
                            standIn = started.standIn();
                            password = started.password();
                            pointEntryAtStandIn(ready);
                        },
                        failure -> dialogs.error(Failure.of(Messages.text("standin.failed"), failure))));
    }

    private void pointEntryAtStandIn(Consumer<PingFederateServerEntry> ready) {
        if (session.vault.get() == null) {
            return;
        }
        try {
            VaultEditor editor = session.editor();
            PingFederateServerEntry entry = (PingFederateServerEntry)
                    editor.find(EntryKind.PINGFEDERATE_SERVER, ENTRY_NAME).orElse(null);
            if (entry == null) {
                entry = editor.addServer(ENTRY_NAME, standIn.adminUrl(), PingFederateStandIn.ADMIN_USER, password)
                        .entry();
            } else {
                editor.editServer(entry, standIn.adminUrl(), "basic", PingFederateStandIn.ADMIN_USER, null, null);
                editor.replaceSecret(entry, password);
            }
            editor.setNotes(entry, Messages.format("standin.notes", standIn.adminUrl()));
            editor.serverRecords()
                    .pinCertificates(
                            entry,
                            List.of(CertificatePin.ofKey(
                                    CertificatePin.endpointOf(standIn.adminUrl()),
                                    standIn.certificate().spkiSha256())),
                            !entry.getCertificatePins().isEmpty());
            session.changed();
            PingFederateServerEntry done = entry;
            session.save(() -> {
                dialogs.info(
                        Messages.text("standin.title"),
                        Messages.format("standin.started", standIn.adminUrl(), ENTRY_NAME));
                ready.accept(done);
            });
        } catch (Exception e) {
            dialogs.error(Failure.of(Messages.text("standin.entryFailed"), e));
        }
    }

    public boolean running() {
        return standIn != null;
    }

    /** Stops the stand-in and forgets its password. */
    @Override
    public void close() {
        if (standIn != null) {
            standIn.close();
            standIn = null;
        }
        if (password != null) {
            Arrays.fill(password, '\0');
            password = null;
        }
    }
}
