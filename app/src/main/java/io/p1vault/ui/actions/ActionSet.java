package io.p1vault.ui.actions;

import io.p1vault.model.EntryKind;
import io.p1vault.ui.DesktopController;
import io.p1vault.ui.base.AppAction;

import java.util.Arrays;
import java.util.List;

/** Every action of the main window, created once; menus and toolbar show the same instances. */
public final class ActionSet {
    public final AppAction newVault;
    public final AppAction openVault;
    public final AppAction unlock;
    public final AppAction save;
    public final AppAction lock;
    public final AppAction changePassphrase;
    public final AppAction history;
    public final AppAction settings;
    public final AppAction exit;
    public final List<AppAction> add;
    public final AppAction edit;
    public final AppAction rename;
    public final AppAction delete;
    public final AppAction copySecret;
    public final AppAction find;
    public final AppAction about;
    public final AppAction runProperties;
    public final AppAction testServer;
    public final AppAction tryStandIn;
    public final AppAction push;
    public final AppAction connections;
    public final AppAction clusterStatus;
    public final AppAction useWith;
    public final AppAction exportEntries;
    public final AppAction importEntries;
    public final AppAction copyRecipient;

    public ActionSet(DesktopController app) {
        newVault = new NewVaultAction(app);
        openVault = new OpenVaultAction(app);
        unlock = new UnlockAction(app);
        save = new SaveAction(app);
        lock = new LockAction(app);
        changePassphrase = new ChangePassphraseAction(app);
        history = new HistoryAction(app);
        settings = new SettingsAction(app);
        exit = new ExitAction(app);
        add = Arrays.stream(EntryKind.values()).<AppAction>map(k -> new AddEntryAction(app, k)).toList();
        edit = new EditEntryAction(app);
        rename = new RenameEntryAction(app);
        delete = new DeleteEntryAction(app);
        copySecret = new CopySecretAction(app);
        find = new FindAction(app);
        about = new AboutAction(app);
        runProperties = new RunPropertiesAction(app);
        testServer = new TestServerAction(app);
        tryStandIn = new TryStandInAction(app);
        push = new PushCredentialAction(app);
        connections = new ConnectionsAction(app);
        clusterStatus = new ClusterStatusAction(app);
        useWith = new UseWithAction(app);
        exportEntries = new ExportAction(app);
        importEntries = new ImportAction(app);
        copyRecipient = new CopyRecipientAction(app);
    }

    public List<AppAction> all() {
        List<AppAction> all = new java.util.ArrayList<>(List.of(newVault, openVault, unlock, save, lock, changePassphrase,
                history, settings, exit, edit, rename, delete, copySecret, find, about));
        all.addAll(add);
        all.add(runProperties);
        all.addAll(List.of(testServer, tryStandIn, push, connections, clusterStatus, useWith));
        all.addAll(List.of(exportEntries, importEntries, copyRecipient));
        return all;
    }
}
