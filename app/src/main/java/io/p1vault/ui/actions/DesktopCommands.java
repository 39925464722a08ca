package io.p1vault.ui.actions;

/**
 * What the vault, tools and help actions ask the application to do. The actions know only this
 * and {@link EntryCommands}, so they depend on no window or controller.
 */
public interface DesktopCommands {
    void newVault();

    void openVault();

    void unlock();

    void save();

    void lock();

    void changePassphrase();

    void showHistory();

    void showExport();

    void showImport();

    void showSettings();

    void exit();

    void focusSearch();

    void showRunProperties();

    void showConnections();

    void showClusterStatus();

    void tryStandIn();

    void showAbout();

    void openTeamVault();

    void createTeamVault();

    void switchVault();

    void showTeamMembers();

    void showRotationPlan();

    /** Team › Sync: commit, pull, merge and push the team vault with git. */
    void syncTeamVault();

    void closeTeamVault();
}
