package io.p1vault.ui.actions;

import io.p1vault.model.EntryKind;

import java.util.UUID;

/**
 * What the entry actions ask for. Each "selected" command acts on the main window's selected
 * entry and does nothing when it is not of its kind (the actions are disabled then anyway).
 */
public interface EntryCommands {
    void addEntry(EntryKind kind);

    void editSelected();

    void renameSelected();

    void deleteSelected();

    void copySelectedSecret();

    void copySelectedRecipient();

    void useWithSelected();

    void testSelectedServer();

    void pushSelected();

    void rotateSelected();

    /**
     * Opens the rotation of the gateway credential entry {@code credentialId} (its plan, progress and
     * resume), for screens that know which credential must be rotated (a team vault's removal plan).
     */
    void rotateCredential(UUID credentialId);
}
