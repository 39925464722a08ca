package io.p1vault.ui.main;

import com.formdev.flatlaf.FlatClientProperties;
import io.p1vault.model.Entry;
import io.p1vault.model.GatewayCredentialEntry;
import io.p1vault.model.PingFederateServerEntry;
import io.p1vault.ui.actions.ActionSet;
import io.p1vault.ui.base.AppAction;
import io.p1vault.ui.base.Components;
import io.p1vault.ui.base.Documents;
import io.p1vault.ui.base.Icons;
import io.p1vault.ui.base.Messages;
import io.p1vault.ui.session.VaultSession;
import io.p1vault.ui.team.VaultSwitcher;
import net.miginfocom.swing.MigLayout;

import javax.swing.AbstractButton;
import javax.swing.JButton;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JMenu;
import javax.swing.JMenuBar;
import javax.swing.JMenuItem;
import javax.swing.JPanel;
import javax.swing.JPopupMenu;
import javax.swing.JScrollPane;
import javax.swing.JSplitPane;
import javax.swing.JTextField;
import javax.swing.JToolBar;
import javax.swing.SwingConstants;
import javax.swing.SwingUtilities;
import javax.swing.UIManager;
import javax.swing.WindowConstants;
import java.awt.BorderLayout;
import java.awt.CardLayout;
import java.awt.Dimension;
import java.util.List;
import java.util.function.Consumer;

/**
 * The main window: menu bar, toolbar, the entry tree with its search field, the detail form and
 * the status bar. Shows a start panel before any vault and a lock panel while locked, never an
 * entry then. All behaviour is in the actions and {@link MainPresenter}.
 */
public final class MainWindow extends JFrame {
    private static final String WELCOME = "welcome";
    private static final String LOCKED = "locked";
    private static final String VAULT = "vault";

    private final CardLayout cards = new CardLayout();
    private final JPanel center = new JPanel(cards);
    private final JTextField search = new JTextField(18);
    private final StatusBar statusBar;
    private final JLabel lockedFile = new JLabel();
    private final VaultSession session;

    public MainWindow(MainPresenter presenter, ActionSet actions, Consumer<Entry> copySecret) {
        super(Messages.text("app.title"));
        setName("mainWindow");
        setDefaultCloseOperation(WindowConstants.DO_NOTHING_ON_CLOSE);
        setIconImages(Icons.application());
        session = presenter.session();
        setJMenuBar(menuBar(actions));
        statusBar = new StatusBar(session);

        center.add(welcomePanel(actions), WELCOME);
        center.add(lockedPanel(actions), LOCKED);
        center.add(vaultPanel(presenter, actions, copySecret), VAULT);

        JPanel root = new JPanel(new BorderLayout());
        root.add(toolBar(actions), BorderLayout.NORTH);
        root.add(center, BorderLayout.CENTER);
        root.add(statusBar, BorderLayout.SOUTH);
        setContentPane(root);

        session.vault.addListener(v -> showCard());
        session.file.addListener(f -> {
            showCard();
            lockedFile.setText(f == null ? "" : f.toString());
        });
        Runnable title = () -> setTitle(
                session.file.get() == null
                        ? Messages.text("app.title")
                        : Messages.format(
                                "app.titleWithVault", session.file.get().getFileName(), session.dirty.get() ? 1 : 0));
        session.dirty.addListener(d -> title.run());
        session.file.addListener(f -> title.run());
        title.run();
        session.vault.addListener(v -> {
            if (v == null) {
                search.setText("");
            }
        });
        showCard();
        setMinimumSize(new Dimension(760, 480));
        setSize(1100, 700);
        setLocationByPlatform(true);
    }

    private void showCard() {
        cards.show(center, session.vault.get() != null ? VAULT : session.file.get() != null ? LOCKED : WELCOME);
    }

    /**
     * Prepares the first showing while the window is hidden (the user types a passphrase meanwhile):
     * creates its native window and paints each panel once off screen, one step per event so typing
     * goes on between them. Shown after an unlock, the window then finds its icons loaded and its
     * painting code run, instead of doing that first with 10,000 entries waiting. Call on the event thread.
     */
    public void prepareToShow() {
        addNotify();
        for (String card : List.of(VAULT, LOCKED, WELCOME)) {
            SwingUtilities.invokeLater(() -> paintOffScreen(card));
        }
    }

    private void paintOffScreen(String card) {
        if (isShowing()) {
            return;
        }
        try {
            cards.show(center, card);
            validate();
            Components.paintOffScreen(getRootPane());
        } finally {
            showCard();
        }
    }

    public StatusBar statusBar() {
        return statusBar;
    }

    public void focusSearch() {
        search.requestFocusInWindow();
        search.selectAll();
    }

    private static JMenuBar menuBar(ActionSet a) {
        JMenuBar bar = new JMenuBar();
        bar.add(menu(
                "menu.vault",
                a.newVault,
                a.openVault,
                null,
                a.unlock,
                a.save,
                a.lock,
                null,
                a.changePassphrase,
                a.history,
                null,
                a.exportEntries,
                a.importEntries,
                null,
                a.settings,
                null,
                a.exit));
        JMenu entry = menu("menu.entry");
        a.add.forEach(action -> entry.add(item(action)));
        entry.addSeparator();
        for (AppAction action :
                List.of(a.edit, a.rename, a.copySecret, a.copyRecipient, a.useWith, a.delete, a.testServer)) {
            entry.add(item(action));
        }
        entry.addSeparator();
        entry.add(item(a.push));
        entry.add(item(a.rotate));
        bar.add(entry);
        bar.add(menu("menu.view", a.find));
        bar.add(menu(
                "menu.team",
                a.openTeam,
                a.createTeam,
                null,
                a.switchVault,
                a.teamMembers,
                a.rotationPlan,
                a.syncTeam,
                null,
                a.closeTeam));
        bar.add(menu("menu.tools", a.runProperties, a.connections, a.clusterStatus, null, a.tryStandIn));
        bar.add(menu("menu.help", a.about));
        return bar;
    }

    private static JMenu menu(String key, AppAction... actions) {
        String text = Messages.text(key);
        JMenu menu = new JMenu(text.replace("&", ""));
        menu.setName(key);
        int mnemonic = text.indexOf('&');
        if (mnemonic >= 0) {
            menu.setMnemonic(Character.toUpperCase(text.charAt(mnemonic + 1)));
        }
        for (AppAction action : actions) {
            if (action == null) {
                menu.addSeparator();
            } else {
                menu.add(item(action));
            }
        }
        return menu;
    }

    private static JMenuItem item(AppAction action) {
        JMenuItem item = new JMenuItem(action);
        item.setName("menu." + action.key());
        return item;
    }

    private JToolBar toolBar(ActionSet a) {
        JToolBar bar = new JToolBar();
        bar.setName("toolBar");
        bar.setFloatable(false);
        bar.setMargin(new java.awt.Insets(2, 6, 2, 6));
        JButton add = Components.named(
                new JButton(Messages.text("toolbar.add"), Icons.get("add")),
                "toolbar.add",
                Messages.text("toolbar.add"));
        JPopupMenu addMenu = new JPopupMenu();
        a.add.forEach(action -> addMenu.add(item(action)));
        add.addActionListener(e -> addMenu.show(add, 0, add.getHeight()));
        a.add.get(0).addPropertyChangeListener(e -> add.setEnabled(a.add.get(0).isEnabled()));
        add.setEnabled(a.add.get(0).isEnabled());
        bar.add(add);
        bar.add(toolButton(a.edit, true));
        bar.add(toolButton(a.delete, false));
        bar.addSeparator();
        bar.add(toolButton(a.copySecret, false));
        bar.addSeparator();
        bar.add(toolButton(a.save, false));
        bar.add(toolButton(a.lock, true));
        bar.add(javax.swing.Box.createHorizontalGlue());
        bar.add(toolButton(a.settings, false));
        return bar;
    }

    private static AbstractButton toolButton(AppAction action, boolean showText) {
        JButton button = new JButton(action);
        button.setName("toolbar." + action.key());
        button.setHideActionText(!showText);
        button.getAccessibleContext().setAccessibleName(action.text());
        return button;
    }

    private JPanel vaultPanel(MainPresenter presenter, ActionSet actions, Consumer<Entry> copySecret) {
        Components.named(search, "search", Messages.text("search.accessible"));
        search.putClientProperty(FlatClientProperties.PLACEHOLDER_TEXT, Messages.text("search.placeholder"));
        search.putClientProperty(FlatClientProperties.TEXT_FIELD_LEADING_ICON, Icons.get("search"));
        search.putClientProperty(FlatClientProperties.TEXT_FIELD_SHOW_CLEAR_BUTTON, true);
        Documents.onChange(search, () -> presenter.query.set(search.getText()));
        EntryTree tree = new EntryTree(presenter);
        search.addActionListener(e -> tree.requestFocusInWindow());
        JLabel noMatch = new JLabel(Messages.text("entries.noMatch"), SwingConstants.CENTER);
        noMatch.setName("entries.noMatch");
        noMatch.setForeground(UIManager.getColor("Label.disabledForeground"));
        presenter.groups.bind(g -> noMatch.setVisible(g.isEmpty()));

        JPanel left =
                new JPanel(new MigLayout("insets 8 8 0 0, fill, wrap 1, hidemode 3", "[grow,fill]", "[][][grow,fill]"));
        left.add(new VaultSwitcher(presenter.session()));
        left.add(search);
        JScrollPane treeScroll = new JScrollPane(tree);
        treeScroll.putClientProperty(FlatClientProperties.STYLE, "border: 0,0,0,0");
        JPanel treeAndEmpty =
                new JPanel(new MigLayout("insets 0, fill, wrap 1, hidemode 3", "[grow,fill]", "[][grow,fill]"));
        treeAndEmpty.add(noMatch, "gaptop 12");
        treeAndEmpty.add(treeScroll);
        left.add(treeAndEmpty);

        DetailPanel detail = new DetailPanel(
                copySecret,
                identity -> actions.copyRecipient.actionPerformed(null),
                entry -> entry instanceof GatewayCredentialEntry
                        ? List.of(actions.push, actions.rotate)
                        : entry instanceof PingFederateServerEntry
                                ? List.of(actions.testServer, actions.connections)
                                : List.of());
        presenter.selected.addListener(detail::show);
        presenter.session().revision.addListener(r -> detail.show(presenter.selected.get()));
        JScrollPane detailScroll = new JScrollPane(detail);
        detailScroll.putClientProperty(FlatClientProperties.STYLE, "border: 0,0,0,0");
        detailScroll.getVerticalScrollBar().setUnitIncrement(16);

        JSplitPane split = new JSplitPane(JSplitPane.HORIZONTAL_SPLIT, left, detailScroll);
        split.setDividerLocation(320);
        split.setResizeWeight(0.25);
        split.setName("split");
        JPanel panel = new JPanel(new BorderLayout());
        panel.add(split);
        return panel;
    }

    private JPanel lockedPanel(ActionSet actions) {
        lockedFile.setName("locked.file");
        lockedFile.setForeground(UIManager.getColor("Label.disabledForeground"));
        return statePanel(
                "locked", "lock", Messages.text("locked.heading"), lockedFile, actions.unlock, actions.openVault);
    }

    private static JPanel welcomePanel(ActionSet actions) {
        return statePanel(
                "welcome",
                "vault",
                Messages.text("welcome.heading"),
                new JLabel(Messages.text("welcome.intro")),
                actions.newVault,
                actions.openVault);
    }

    /** A centred icon, heading, line of text and two buttons: what the window shows with no entries to show. */
    private static JPanel statePanel(
            String name, String icon, String heading, JLabel line, AppAction first, AppAction second) {
        JPanel panel = new JPanel(new MigLayout("fill, wrap 1", "[center]", "push[]para[]rel[]para[]push"));
        panel.setName(name + "Panel");
        panel.add(new JLabel(Icons.get(icon, 64)));
        panel.add(Components.heading(heading, 1.4f));
        panel.add(line);
        for (AppAction action : List.of(first, second)) {
            JButton button = new JButton(action);
            button.setName(name + "." + action.key().substring(action.key().indexOf('.') + 1));
            panel.add(button, action == first ? "split 2" : "");
        }
        return panel;
    }
}
