package io.p1vault.ui.base;

import io.p1vault.pingfederate.TrustCheck;
import io.p1vault.vault.merge.MergeConflict;
import io.p1vault.vault.merge.Resolution;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every question and message the application puts to the user, behind one interface: the
 * application uses {@code io.p1vault.ui.SwingDialogs}, tests of flows answer with a fake.
 */
public interface Dialogs {
    enum UnsavedChoice {
        SAVE,
        DISCARD,
        CANCEL
    }

    void error(Failure failure);

    /** A yes/no question; {@code confirmLabel} names the action ("Delete"), so no "Yes" is needed. */
    boolean confirm(String title, String message, String confirmLabel);

    UnsavedChoice askUnsaved(String vaultName);

    /** Asks for one line of text, proposing {@code initial}; empty when cancelled. */
    Optional<String> askText(String title, String label, String initial);

    void info(String title, String message);

    Optional<Path> chooseVaultToOpen(Path folder);

    Optional<Path> chooseNewVault(Path suggested);

    /** Shows a file change as a unified diff with its warnings; true when the user confirms writing it. */
    boolean previewDiff(String title, String diff, List<String> warnings);

    Optional<Path> chooseRunProperties(Path folder);

    /** Shows the certificates {@code check} found untrusted for the server entry; true when the user trusts them. */
    boolean trustCertificate(String serverName, TrustCheck check);

    /**
     * Shows what a write to PingFederate will change and the request it sends (secrets masked);
     * true when the user says {@code sendLabel}.
     */
    boolean previewRequest(String title, List<String> changes, String request, String sendLabel);

    /** Where to write an export; {@code suggested} is the proposed file. */
    Optional<Path> chooseExportFile(Path suggested);

    /** An export file to import. */
    Optional<Path> chooseImportFile(Path folder);

    /**
     * Asks which version to keep of each field changed both in {@code vaultName} and elsewhere
     * (names only, never values); empty when the user cancels.
     */
    Optional<Map<MergeConflict, Resolution>> resolveConflicts(String vaultName, List<MergeConflict> conflicts);
}
