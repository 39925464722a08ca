package io.p1vault.ui.actions;

import io.p1vault.model.AgeIdentityEntry;
import io.p1vault.model.Entry;
import io.p1vault.model.EntryKind;
import io.p1vault.model.GatewayCredentialEntry;
import io.p1vault.model.PingOneApplicationEntry;
import io.p1vault.ui.base.AppAction;
import io.p1vault.ui.base.Property;
import io.p1vault.ui.session.VaultSession;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Every action of the main window, created once; menus and toolbar show the same instances. One
 * row each: the bundle key (text, mnemonic, icon, shortcut, tooltip and component name come from
 * {@code action.<key>.*}), the command it runs and the state it is enabled in.
 */
public final class ActionSet {
    /** The main window's selection, which the entry actions' enabled states follow. */
    public record Selection(
            Property<Entry> selected,
            Property<Boolean> canChangeSelected,
            Property<Boolean> hasSecret,
            Property<Boolean> serverSelected) {}

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
    public final AppAction rotate;
    public final AppAction connections;
    public final AppAction clusterStatus;
    public final AppAction useWith;
    public final AppAction exportEntries;
    public final AppAction importEntries;
    public final AppAction copyRecipient;
    public final AppAction openTeam;
    public final AppAction createTeam;
    public final AppAction switchVault;
    public final AppAction teamMembers;
    public final AppAction rotationPlan;
    public final AppAction syncTeam;
    public final AppAction closeTeam;

    public ActionSet(DesktopCommands app, EntryCommands entries, VaultSession session, Selection selection) {
        Property<Boolean> canChange = selection.canChangeSelected();
        newVault = new AppAction("vault.new", app::newVault);
        openVault = new AppAction("vault.open", app::openVault);
        unlock = new AppAction("vault.unlock", app::unlock).enabledWhen(session.canUnlock);
        save = new AppAction("vault.save", app::save).enabledWhen(session.canSave);
        lock = new AppAction("vault.lock", app::lock).enabledWhen(session.unlocked);
        changePassphrase =
                new AppAction("vault.passphrase", app::changePassphrase).enabledWhen(session.personalEditable);
        history = new AppAction("vault.history", app::showHistory).enabledWhen(session.unlocked);
        exportEntries = new AppAction("vault.export", app::showExport).enabledWhen(session.unlocked);
        importEntries = new AppAction("vault.import", app::showImport).enabledWhen(session.editable);
        settings = new AppAction("app.settings", app::showSettings);
        exit = new AppAction("app.exit", app::exit);
        add = Arrays.stream(EntryKind.values())
                .map(k -> new AppAction("entry.add." + k.id(), () -> entries.addEntry(k)).enabledWhen(session.editable))
                .toList();
        edit = new AppAction("entry.edit", entries::editSelected).enabledWhen(canChange);
        rename = new AppAction("entry.rename", entries::renameSelected).enabledWhen(canChange);
        delete = new AppAction("entry.delete", entries::deleteSelected).enabledWhen(canChange);
        copySecret = new AppAction("entry.copySecret", entries::copySelectedSecret).enabledWhen(selection.hasSecret());
        copyRecipient = new AppAction("entry.copyRecipient", entries::copySelectedRecipient)
                .enabledWhen(selectedIs(selection, AgeIdentityEntry.class, null));
        useWith = new AppAction("entry.useWith", entries::useWithSelected)
                .enabledWhen(selectedIs(selection, PingOneApplicationEntry.class, null));
        testServer =
                new AppAction("entry.testServer", entries::testSelectedServer).enabledWhen(selection.serverSelected());
        push = new AppAction("entry.push", entries::pushSelected)
                .enabledWhen(selectedIs(selection, GatewayCredentialEntry.class, canChange));
        rotate = new AppAction("entry.rotate", entries::rotateSelected)
                .enabledWhen(selectedIs(selection, GatewayCredentialEntry.class, canChange));
        find = new AppAction("view.find", app::focusSearch).enabledWhen(session.unlocked);
        runProperties = new AppAction("tools.runProperties", app::showRunProperties);
        connections = new AppAction("tools.connections", app::showConnections).enabledWhen(session.unlocked);
        clusterStatus = new AppAction("tools.clusterStatus", app::showClusterStatus).enabledWhen(session.unlocked);
        tryStandIn = new AppAction("tools.tryStandIn", app::tryStandIn).enabledWhen(session.editable);
        about = new AppAction("help.about", app::showAbout);
        openTeam = new AppAction("team.open", app::openTeamVault).enabledWhen(session.unlocked);
        createTeam = new AppAction("team.create", app::createTeamVault).enabledWhen(session.unlocked);
        switchVault = new AppAction("team.switch", app::switchVault).enabledWhen(session.teamOpen);
        teamMembers = new AppAction("team.members", app::showTeamMembers).enabledWhen(session.teamOpen);
        rotationPlan = new AppAction("team.rotationPlan", app::showRotationPlan).enabledWhen(session.teamOpen);
        syncTeam = new AppAction("team.sync", app::syncTeamVault).enabledWhen(session.canSyncTeam);
        closeTeam = new AppAction("team.close", app::closeTeamVault).enabledWhen(session.teamOpen);
    }

    /** True while the selected entry is a {@code kind} (and {@code also} holds, if given). */
    private static Property<Boolean> selectedIs(
            Selection selection, Class<? extends Entry> kind, Property<Boolean> also) {
        Property<Boolean> result = new Property<>(false);
        Runnable update = () -> result.set(kind.isInstance(selection.selected().get()) && (also == null || also.get()));
        selection.selected().addListener(e -> update.run());
        if (also != null) {
            also.addListener(a -> update.run());
        }
        update.run();
        return result;
    }

    public List<AppAction> all() {
        List<AppAction> all = new ArrayList<>(List.of(
                newVault,
                openVault,
                unlock,
                save,
                lock,
                changePassphrase,
                history,
                settings,
                exit,
                edit,
                rename,
                delete,
                copySecret,
                find,
                about));
        all.addAll(add);
        all.add(runProperties);
        all.addAll(List.of(testServer, tryStandIn, push, rotate, connections, clusterStatus, useWith));
        all.addAll(List.of(exportEntries, importEntries, copyRecipient));
        all.addAll(List.of(openTeam, createTeam, switchVault, teamMembers, rotationPlan, syncTeam, closeTeam));
        return all;
    }
}
