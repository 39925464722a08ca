package io.p1vault.ui.actions;

import io.p1vault.model.EntryKind;

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
}
