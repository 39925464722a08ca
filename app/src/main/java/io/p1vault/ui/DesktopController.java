package io.p1vault.ui;

import io.p1vault.crypto.Scrypt;
import io.p1vault.desktop.AppDirectories;
import io.p1vault.desktop.IdleLock;
import io.p1vault.desktop.SecretClipboard;
import io.p1vault.desktop.Settings;
import io.p1vault.desktop.SettingsStore;
import io.p1vault.model.ClientCredentialsEntry;
import io.p1vault.model.AgeIdentityEntry;
import io.p1vault.model.Entry;
import io.p1vault.model.EntryKind;
import io.p1vault.model.GatewayCredentialEntry;
import io.p1vault.model.PingFederateServerEntry;
import io.p1vault.model.PingOneApplicationEntry;
import io.p1vault.model.VaultJson;
import io.p1vault.runproperties.RunPropertiesService;
import io.p1vault.ui.actions.ActionSet;
import io.p1vault.ui.base.Dialogs;
import io.p1vault.ui.base.Failure;
import io.p1vault.ui.base.SwingDialogs;
import io.p1vault.ui.base.SwingTasks;
import io.p1vault.ui.base.Tasks;
import io.p1vault.ui.entry.EntryDialog;
import io.p1vault.ui.entry.EntryForm;
import io.p1vault.model.PingFederateServerEntry;
import io.p1vault.ui.integrations.UseWithDialog;
import io.p1vault.ui.integrations.UseWithPresenter;
import io.p1vault.ui.exchange.ExportDialog;
import io.p1vault.ui.exchange.ExportPresenter;
import io.p1vault.ui.exchange.ImportDialog;
import io.p1vault.ui.exchange.ImportPresenter;
import io.p1vault.ui.main.HistoryDialog;
import io.p1vault.ui.pingfederate.ConnectionsDialog;
import io.p1vault.ui.pingfederate.ConnectionsPresenter;
import io.p1vault.ui.pingfederate.PushDialog;
import io.p1vault.ui.pingfederate.PushPresenter;
import io.p1vault.ui.pingfederate.ServerConnector;
import io.p1vault.ui.main.HistoryRows;
import io.p1vault.ui.main.MainPresenter;
import io.p1vault.ui.main.MainWindow;
import io.p1vault.ui.pingfederate.ServerTestDialog;
import io.p1vault.ui.pingfederate.ServerTestPresenter;
import io.p1vault.ui.pingfederate.StandInLauncher;
import io.p1vault.ui.runprops.RunPropertiesDialog;
import io.p1vault.ui.runprops.RunPropertiesPresenter;
import io.p1vault.ui.session.CreateVaultDialog;
import io.p1vault.ui.session.CreateVaultPresenter;
import io.p1vault.ui.session.UnlockDialog;
import io.p1vault.ui.session.UnlockPresenter;
import io.p1vault.ui.session.VaultSession;
import io.p1vault.ui.settings.ChangePassphraseDialog;
import io.p1vault.ui.settings.ChangePassphrasePresenter;
import io.p1vault.ui.settings.SettingsDialog;
import io.p1vault.ui.settings.SettingsPresenter;
import io.p1vault.vault.Vault;

import javax.swing.JFrame;
import javax.swing.Timer;
import java.awt.AWTEvent;
import java.awt.KeyboardFocusManager;
import java.awt.Toolkit;
import java.awt.Window;
import java.awt.event.AWTEventListener;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Wires the desktop application together and carries out what the actions ask for: which
 * dialog to show, the session's life (unlock, save, lock), settings, the idle lock and the
 * clipboard guard. Decisions that need no window live in the presenters it creates.
 */
public final class DesktopController {
    private final AppDirectories directories;
    private final SettingsStore settingsStore;
    private final Clock clock;
    private final Runnable exit;
    private final Tasks tasks = new SwingTasks();
    private final Dialogs dialogs;
    private final VaultSession session;
    private final MainPresenter presenter;
    private final SystemClipboardBoard clipboardBoard = SystemClipboardBoard.system();
    private final SecretClipboard clipboard;
    private final IdleLock idleLock;
    private final List<Scheduled> scheduled = new ArrayList<>();
    private final AWTEventListener activity = e -> noteActivity();
    private Settings settings;
    private MainWindow window;
    private final ServerConnector serverConnector;
    private final StandInLauncher standIn;
    private RunPropertiesPresenter runProperties;
    private RunPropertiesDialog runPropertiesDialog;
    private Timer ticker;

    private record Scheduled(Instant due, Runnable task) {
    }

    /** {@code clock} drives auto-lock and clipboard clearing (tests pass one they move); {@code exit} ends the process. */
    public DesktopController(AppDirectories directories, Clock clock, Runnable exit) {
        this(directories, new SettingsStore(directories.settingsFile()), null, clock, exit);
    }

    /** With settings already loaded from {@code store} (null: load them here), as the launcher does before the first window. */
    public DesktopController(AppDirectories directories, SettingsStore store, Settings loaded, Clock clock, Runnable exit) {
        this.directories = directories;
        this.settingsStore = store;
        this.clock = clock;
        this.exit = exit;
        this.dialogs = new SwingDialogs(this::activeWindow);
        this.session = new VaultSession(tasks, dialogs);
        this.presenter = new MainPresenter(session, dialogs);
        this.serverConnector = new ServerConnector(session, tasks, dialogs);
        this.standIn = new StandInLauncher(session, tasks, dialogs);
        this.settings = loaded != null ? loaded : settingsStore.load();
        this.clipboard = new SecretClipboard(clipboardBoard, this::schedule);
        this.idleLock = new IdleLock(Duration.ofMinutes(settings.autoLockMinutes), clock.instant());
    }

    public Settings settings() {
        return settings;
    }

    public VaultSession session() {
        return session;
    }

    public MainPresenter presenter() {
        return presenter;
    }

    public MainWindow window() {
        return window;
    }

    /** Builds and shows the main window, then asks for a vault; call on the event thread with the theme set up. */
    public void start() {
        window = new MainWindow(presenter, new ActionSet(this), this::copySecret);
        window.addWindowListener(new WindowAdapter() {
            @Override
            public void windowClosing(WindowEvent e) {
                exit();
            }

            @Override
            public void windowIconified(WindowEvent e) {
                if (settings.lockOnMinimise) {
                    lockNow();
                }
            }
        });
        window.setVisible(true);
        Toolkit.getDefaultToolkit().addAWTEventListener(activity, AWTEvent.KEY_EVENT_MASK | AWTEvent.MOUSE_EVENT_MASK);
        ticker = new Timer(250, e -> tick());
        ticker.start();
        settingsStore.loadProblem().ifPresent(p -> dialogs.error(new Failure(Messages.text("settings.loadFailed"), p, null)));
        if (settings.theme == Settings.Theme.SYSTEM) {
            Themes.followSystem(() -> settings.theme);
        }
        // Warm the key derivation and the document reading while the user types the passphrase.
        Thread warmUp = new Thread(() -> {
            Scrypt.prepare();
            VaultJson.prepare();
        }, "unlock-warm-up");
        warmUp.setDaemon(true);
        warmUp.start();
        javax.swing.SwingUtilities.invokeLater(this::askForVault);
    }

    /** The last vault if it is still there, else the default one, else a first-run create form. */
    private void askForVault() {
        List<Path> recent = settings.existingRecentVaults();
        if (!recent.isEmpty()) {
            showUnlock(recent.get(0));
        } else if (Files.isRegularFile(directories.defaultVault())) {
            showUnlock(directories.defaultVault());
        } else {
            showCreate(true);
        }
    }

    private void showUnlock(Path file) {
        AtomicReference<Window> dialog = new AtomicReference<>();
        UnlockPresenter unlock = new UnlockPresenter(file, settings.existingRecentVaults(), tasks, vault -> {
            dialog.get().dispose();
            opened(vault);
        });
        dialog.set(new UnlockDialog(window, unlock, dialogs));
        dialog.get().setVisible(true);
    }

    private void showCreate(boolean firstRun) {
        AtomicReference<Window> dialog = new AtomicReference<>();
        CreateVaultPresenter create = new CreateVaultPresenter(firstRun ? directories.defaultVault()
                : directories.data().resolve("new-vault.age"), settings.workFactor, tasks, vault -> {
            dialog.get().dispose();
            opened(vault);
        });
        dialog.set(new CreateVaultDialog(window, create, dialogs, firstRun ? this::openVault : null));
        dialog.get().setVisible(true);
    }

    private void opened(Vault vault) {
        session.opened(vault);
        presenter.query.set("");
        idleLock.activity(clock.instant());
        settings.remember(vault.path());
        storeSettings();
        vault.readOnlyReason().ifPresent(reason -> dialogs.info(Messages.text("readOnly.title"), reason));
    }

    public void newVault() {
        session.settleUnsaved(() -> {
            closeVault();
            showCreate(false);
        });
    }

    public void openVault() {
        Path folder = session.file.get() != null ? session.file.get().getParent() : directories.data();
        dialogs.chooseVaultToOpen(folder).ifPresent(file -> session.settleUnsaved(() -> {
            closeVault();
            session.file.set(file);
            showUnlock(file);
        }));
    }

    public void unlock() {
        if (session.file.get() != null) {
            showUnlock(session.file.get());
        }
    }

    public void save() {
        session.save(() -> { });
    }

    /** Lock by menu or shortcut: asks about unsaved changes first. */
    public void lock() {
        session.settleUnsaved(this::closeVault);
    }

    /** Lock without asking (idle, minimise): saves unsaved changes first, as leaving them open would defeat the lock. */
    private void lockNow() {
        if (session.vault.get() == null) {
            return;
        }
        if (session.dirty.get()) {
            session.save(this::closeVault);
        } else {
            closeVault();
        }
    }

    private void closeVault() {
        clipboard.clearNow();
        for (Window w : Window.getWindows()) {
            if (w != window && w.isDisplayable() && w instanceof javax.swing.JDialog) {
                w.dispose();
            }
        }
        session.lock();
    }

    public void changePassphrase() {
        Vault vault = session.vault.get();
        ChangePassphrasePresenter change = new ChangePassphrasePresenter(vault, tasks, session::changed);
        new ChangePassphraseDialog(window, change).setVisible(true);
        if (change.done.get()) {
            dialogs.info(Messages.text("passphrase.title"), Messages.text("passphrase.changed"));
        }
    }

    public void showHistory() {
        new HistoryDialog(window, HistoryRows.of(session.vault.get().document())).setVisible(true);
    }

    public void showSettings() {
        SettingsPresenter form = new SettingsPresenter(settings, Themes::switchTo, changed -> {
            settings = changed;
            idleLock.setDelay(Duration.ofMinutes(changed.autoLockMinutes), clock.instant());
            storeSettings();
        });
        new SettingsDialog(window, form).setVisible(true);
    }

    /** The run.properties form; one for the application's life, so closing the window keeps unsaved edits. */
    public RunPropertiesPresenter runProperties() {
        if (runProperties == null) {
            runProperties = new RunPropertiesPresenter(new RunPropertiesService(settings.runPropertiesBackups), tasks, dialogs,
                    this::gatewayCredentials);
        }
        return runProperties;
    }

    public void showRunProperties() {
        if (runPropertiesDialog == null) {
            runPropertiesDialog = new RunPropertiesDialog(window, runProperties());
        }
        runPropertiesDialog.setVisible(true);
    }

    public void showExport() {
        ExportPresenter export = new ExportPresenter(session, settings.workFactor, tasks, dialogs);
        new ExportDialog(window, export).setVisible(true);
    }

    public void showImport() {
        ImportPresenter form = new ImportPresenter(session, tasks, dialogs);
        new ImportDialog(window, form).setVisible(true);
    }

    /** Copies an identity's recipient: public, so it is left on the clipboard, and the user is told it is there. */
    public void copyRecipient(AgeIdentityEntry identity) {
        clipboard.clearNow();
        clipboardBoard.put(identity.getRecipient().toCharArray(), () -> { });
        dialogs.info(Messages.text("action.entry.copyRecipient.text").replace("&", ""),
                Messages.format("recipient.copied", identity.getName(), identity.getRecipient()));
    }

    private List<GatewayCredentialEntry> gatewayCredentials() {
        if (!session.unlocked.get()) {
            return List.of();
        }
        return session.vault.get().document().entries.stream().filter(GatewayCredentialEntry.class::isInstance)
                .map(GatewayCredentialEntry.class::cast).toList();
    }

    // ---- PingFederate connections: push from a credential, the connections browser ----

    /** Pushes the selected gateway credential; once done, says what was done (the detail panel shows the deployment). */
    public void pushSelected() {
        if (presenter.selected.get() instanceof GatewayCredentialEntry credential) {
            PushPresenter push = new PushPresenter(credential, session, serverConnector, dialogs);
            new PushDialog(window, push).setVisible(true);
            if (push.done.get() != null) {
                dialogs.info(Messages.text("push.done.title"), push.done.get());
            }
        }
    }

    /** The connections browser, on the selected server entry, else on the vault's first server. */
    public void showConnections() {
        ConnectionsPresenter browser = new ConnectionsPresenter(session, serverConnector, dialogs);
        List<PingFederateServerEntry> servers = browser.servers();
        browser.selectServer(presenter.selected.get() instanceof PingFederateServerEntry server ? server
                : servers.isEmpty() ? null : servers.get(0));
        new ConnectionsDialog(window, browser).setVisible(true);
    }

    // ---- end of PingFederate connections ----

    public void showAbout() {
        dialogs.info(Messages.text("about.title"), Messages.format("about.message", versionText()));
    }

    private static String versionText() {
        Package p = DesktopController.class.getPackage();
        return p.getImplementationVersion() == null ? "dev" : p.getImplementationVersion();
    }

    public void exit() {
        session.settleUnsaved(() -> {
            shutDown();
            exit.run();
        });
    }

    /** Clears our clipboard content, locks the vault without saving, stops the timers and closes every window. */
    public void shutDown() {
        clipboard.clearNow();
        standIn.close();
        clipboardBoard.finish();
        session.lock();
        if (ticker != null) {
            ticker.stop();
        }
        Toolkit.getDefaultToolkit().removeAWTEventListener(activity);
        for (Window w : Window.getWindows()) {
            w.dispose();
        }
    }

    public void addEntry(EntryKind kind) {
        EntryForm form = EntryForm.adding(kind, session);
        List<Entry> before = session.editor().entries();
        if (new EntryDialog(window, form).showAndWait()) {
            Optional<Entry> added = session.editor().entries().stream().filter(e -> !before.contains(e)).findFirst();
            added.ifPresent(presenter.selected::set);
            showWarnings(form);
            // A new server is tested at once, so its certificate is checked while the user is here.
            added.filter(PingFederateServerEntry.class::isInstance).map(PingFederateServerEntry.class::cast)
                    .ifPresent(this::testServer);
        }
    }

    /** The shared way the PingFederate screens reach a server. */
    public ServerConnector serverConnector() {
        return serverConnector;
    }

    public void testServer(PingFederateServerEntry server) {
        ServerTestPresenter test = new ServerTestPresenter(server, serverConnector, session, clock);
        ServerTestDialog dialog = new ServerTestDialog(window, test);
        test.start();
        dialog.setVisible(true);
    }

    public void tryStandIn() {
        standIn.launch(entry -> {
            presenter.query.set("");
            presenter.selected.set(entry);
        });
    }

    public void editSelected() {
        Entry entry = presenter.selected.get();
        EntryForm form = EntryForm.editing(entry, session);
        if (new EntryDialog(window, form).showAndWait()) {
            presenter.selected.set(entry);
            showWarnings(form);
        }
    }

    private void showWarnings(EntryForm form) {
        if (!form.warnings().isEmpty()) {
            dialogs.info(Messages.text("form.warnings"), String.join("\n", form.warnings()));
        }
    }

    public void renameSelected() {
        Entry entry = presenter.selected.get();
        dialogs.askText(Messages.text("rename.title"), Messages.format("rename.label", entry.getName()), entry.getName())
                .filter(name -> !name.equals(entry.getName()))
                .ifPresent(presenter::rename);
    }

    public void copySecret(Entry entry) {
        if (entry == null || entry.secret() == null || entry.secret().isDestroyed()) {
            return;
        }
        char[] value = entry.secret().reveal();
        try {
            clipboard.copy(value, Duration.ofSeconds(settings.clipboardSeconds));
        } finally {
            java.util.Arrays.fill(value, '\0');
        }
    }

    /** "Use with…": another system's configuration from a PingOne application, copied through the clipboard guard. */
    public void useWith(PingOneApplicationEntry application) {
        List<ClientCredentialsEntry> clients = session.vault.get().document().entries.stream()
                .filter(ClientCredentialsEntry.class::isInstance).map(ClientCredentialsEntry.class::cast).toList();
        UseWithPresenter useWith = new UseWithPresenter(application, clients,
                text -> clipboard.copy(text, Duration.ofSeconds(settings.clipboardSeconds)), tasks);
        new UseWithDialog(window, useWith, dialogs).setVisible(true);
    }

    public void focusSearch() {
        window.focusSearch();
    }

    private void storeSettings() {
        Settings snapshot = settings.copy();
        tasks.run(p -> {
            settingsStore.save(snapshot);
            return null;
        }, Tasks.callbacks(ignored -> { }, failure -> dialogs.error(Failure.of(
                Messages.format("settings.saveFailed", settingsStore.file()), failure))));
    }

    private void noteActivity() {
        idleLock.activity(clock.instant());
    }

    private Runnable schedule(Duration delay, Runnable task) {
        Scheduled s = new Scheduled(clock.instant().plus(delay), task);
        scheduled.add(s);
        return () -> scheduled.remove(s);
    }

    /** Four times a second: run due clipboard clearing, show the time to auto-lock, lock when idle. */
    private void tick() {
        Instant now = clock.instant();
        for (Scheduled s : List.copyOf(scheduled)) {
            if (!now.isBefore(s.due())) {
                scheduled.remove(s);
                s.task().run();
            }
        }
        boolean open = session.vault.get() != null;
        window.statusBar().showAutoLock(open ? idleLock.remaining(now) : Optional.empty());
        if (open && !session.busy.get() && idleLock.due(now)) {
            lockNow();
        }
    }

    /** The window dialogs belong to: the focused one if it still shows, else the main window. */
    private Window activeWindow() {
        Window active = KeyboardFocusManager.getCurrentKeyboardFocusManager().getActiveWindow();
        // Just after a dialog closed, the focus manager may still name it: a message must not belong to it.
        return active != null && active.isShowing() ? active : window;
    }

    /** For the launcher: the main frame, once started. */
    JFrame frame() {
        return window;
    }
}
