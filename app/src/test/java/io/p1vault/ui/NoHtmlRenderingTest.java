package io.p1vault.ui;

import io.p1vault.model.Entry;
import io.p1vault.model.HistoryRecord;
import io.p1vault.model.VaultDocument;
import io.p1vault.ui.base.ErrorDialog;
import io.p1vault.ui.base.Failure;
import io.p1vault.ui.base.HtmlGuard;
import io.p1vault.ui.base.MessageLabel;
import io.p1vault.ui.main.DetailPanel;
import io.p1vault.ui.main.EntryTree;
import io.p1vault.ui.main.HistoryDialog;
import io.p1vault.ui.main.HistoryRows;
import io.p1vault.ui.main.MainPresenter;
import io.p1vault.ui.session.VaultSession;
import io.p1vault.ui.testing.DirectTasks;
import io.p1vault.ui.testing.FakeDialogs;
import io.p1vault.ui.testing.GuiExtension;
import io.p1vault.vault.Vault;
import io.p1vault.vault.VaultEditor;
import org.assertj.swing.edt.GuiActionRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import javax.swing.DefaultListModel;
import javax.swing.JButton;
import javax.swing.JCheckBox;
import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JDialog;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JMenu;
import javax.swing.JMenuItem;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import javax.swing.JRadioButton;
import javax.swing.JTable;
import javax.swing.JToggleButton;
import javax.swing.JToolTip;
import javax.swing.JTree;
import javax.swing.SwingUtilities;
import javax.swing.border.TitledBorder;
import javax.swing.tree.DefaultMutableTreeNode;
import java.awt.Component;
import java.awt.Container;
import java.awt.Window;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A name such as {@code <html><img src="http://…/x.png">} (which {@code add} accepts) is shown as
 * text everywhere: every kind of component that shows entry data, server answers or messages is
 * built, laid out and painted with it, and a local listener standing for the image's host must
 * receive no request. A label that p1vault lets render its own HTML shows the listener works.
 */
@ExtendWith(GuiExtension.class)
class NoHtmlRenderingTest {
    @TempDir
    Path dir;

    private Listener hostile;
    private Listener control;
    private final List<Window> windows = new ArrayList<>();
    private final List<String> fetched = new ArrayList<>();

    /** Counts the connections made to a port on this machine, as an image download would. */
    private static final class Listener implements AutoCloseable {
        final ServerSocket socket;
        final AtomicInteger connections = new AtomicInteger();

        Listener() throws IOException {
            socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
            Thread accept = new Thread(
                    () -> {
                        while (!socket.isClosed()) {
                            try (Socket s = socket.accept()) {
                                connections.incrementAndGet();
                            } catch (IOException closed) {
                                return;
                            }
                        }
                    },
                    "html-image-listener");
            accept.setDaemon(true);
            accept.start();
        }

        String imageName() {
            return "<html><img src=\"http://127.0.0.1:" + socket.getLocalPort() + "/x.png\">hi";
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }

    /**
     * Loads Swing's HTML support and the component classes off the event thread, so that building
     * the first of each stays within the event thread's time limit.
     */
    @org.junit.jupiter.api.BeforeAll
    static void loadClasses() throws Exception {
        // Swing's HTML parser loads its DTD and style sheet on first use; no component is involved here.
        javax.swing.text.html.HTMLEditorKit kit = new javax.swing.text.html.HTMLEditorKit();
        kit.read(new java.io.StringReader("<html><b>warm</b> up</html>"), kit.createDefaultDocument(), 0);
        for (Class<?> type : List.of(
                JTree.class,
                JTable.class,
                JList.class,
                JComboBox.class,
                JOptionPane.class,
                JMenu.class,
                JToolTip.class,
                TitledBorder.class,
                HistoryDialog.class,
                ErrorDialog.class,
                DetailPanel.class,
                EntryTree.class)) {
            Class.forName(type.getName(), true, type.getClassLoader());
        }
        Class.forName(
                "com.formdev.flatlaf.ui.FlatTitlePane",
                true,
                JTree.class.getClassLoader() == null
                        ? NoHtmlRenderingTest.class.getClassLoader()
                        : JTree.class.getClassLoader());
    }

    @BeforeEach
    void listen() throws IOException {
        hostile = new Listener();
        control = new Listener();
    }

    @AfterEach
    void close() throws IOException {
        GuiActionRunner.execute(() -> windows.forEach(Window::dispose));
        hostile.close();
        control.close();
    }

    @Test
    void noComponentShowingOutsideTextFetchesTheImageOfAnHtmlName() throws Exception {
        String name = hostile.imageName();
        try (Vault vault = Vault.create(dir.resolve("v.age"), "correct horse battery staple".toCharArray(), 10)) {
            VaultEditor editor = new VaultEditor(vault);
            Entry server = editor.addServer(name, "https://pf.example.com:9999", name, "pw".toCharArray())
                    .entry();
            editor.setNotes(server, name);
            editor.addClientCredentials(name, name, "https://token.example.com/t", "s".toCharArray());
            Map<String, Supplier<Component>> cases = GuiActionRunner.execute(() -> {
                Map<String, Supplier<Component>> shown = new java.util.LinkedHashMap<>();
                shown.put("label", () -> new JLabel(name));
                shown.put("label, text set later", () -> {
                    JLabel label = new JLabel();
                    label.setText(name);
                    return label;
                });
                shown.put("button", () -> new JButton(name));
                shown.put("toggle button", () -> new JToggleButton(name));
                shown.put("check box", () -> new JCheckBox(name));
                shown.put("radio button", () -> new JRadioButton(name));
                shown.put("menu item", () -> new JMenuItem(name));
                shown.put("menu", () -> new JMenu(name));
                shown.put("tooltip", () -> {
                    JLabel label = new JLabel("plain");
                    label.setToolTipText(name);
                    JToolTip tip = label.createToolTip();
                    tip.setTipText(label.getToolTipText());
                    return tip;
                });
                shown.put("tree", () -> new JTree(new DefaultMutableTreeNode(name)));
                shown.put("table", () -> new JTable(new Object[][] {{name, name}}, new Object[] {name, "b"}));
                shown.put("list", () -> {
                    DefaultListModel<String> model = new DefaultListModel<>();
                    model.addElement(name);
                    return new JList<>(model);
                });
                shown.put("combo box", () -> new JComboBox<>(new String[] {name}));
                shown.put("titled border", () -> {
                    JPanel panel = new JPanel();
                    panel.setBorder(new TitledBorder(name));
                    return panel;
                });
                shown.put("option pane message", () -> new JOptionPane(name, JOptionPane.WARNING_MESSAGE));
                shown.put("message label", () -> {
                    MessageLabel message = new MessageLabel("m", MessageLabel.Style.ERROR);
                    message.show(name);
                    return message;
                });
                shown.put("detail panel", () -> {
                    DetailPanel panel = new DetailPanel(e -> {}, e -> {});
                    panel.show(server);
                    return panel;
                });
                shown.put("entry tree", () -> {
                    VaultSession session = new VaultSession(new DirectTasks(), new FakeDialogs());
                    session.opened(vault);
                    MainPresenter presenter = new MainPresenter(session, new FakeDialogs());
                    EntryTree tree = new EntryTree(presenter);
                    presenter.selected.set(server);
                    return tree;
                });
                return shown;
            });
            for (Map.Entry<String, Supplier<Component>> kind : cases.entrySet()) {
                show(kind.getKey(), () -> {
                    JFrame frame = frame(kind.getKey());
                    frame.add(kind.getValue().get());
                    return frame;
                });
            }
            show("window title (FlatLaf title bar)", () -> {
                JFrame decorated = frame(name);
                decorated.setUndecorated(true);
                decorated.getRootPane().setWindowDecorationStyle(javax.swing.JRootPane.FRAME);
                return decorated;
            });
            show("dialog title", () -> add(new JDialog((Window) null, name)));
            show("history dialog", () -> {
                VaultDocument history = VaultDocument.empty();
                history.history.add(new HistoryRecord(Instant.now(), name, server.getId(), name));
                return add(new HistoryDialog(null, HistoryRows.of(history)));
            });
            show("error dialog", () -> add(new ErrorDialog(null, new Failure(name, name, name))));
            // A theme switch makes every delegate anew (FlatLaf.updateUI does this to each window): the guard comes
            // back.
            show("a label after its delegate was made anew", () -> {
                JFrame frame = frame("delegates made anew");
                JLabel label = new JLabel("plain");
                frame.add(label);
                SwingUtilities.updateComponentTreeUI(frame);
                label.setText(name);
                return frame;
            });
            assertThat(fetched)
                    .as("components that fetched the image of an HTML name")
                    .isEmpty();
        }
    }

    @Test
    void theListenerSeesTheRequestWhenHtmlIsRendered() throws Exception {
        JFrame frame = GuiActionRunner.execute(() -> frame("control"));
        GuiActionRunner.execute(() -> frame.add(HtmlGuard.ownHtmlLabel(control.imageName())));
        GuiActionRunner.execute(() -> realize(frame));
        long deadline = System.currentTimeMillis() + 10_000;
        while (control.connections.get() == 0 && System.currentTimeMillis() < deadline) {
            Thread.sleep(50);
        }
        assertThat(control.connections.get())
                .as("the control label's image request")
                .isPositive();
    }

    /** Builds and paints one window on the event thread, then notes it if the listener got a request. */
    private void show(String what, Supplier<Window> window) throws InterruptedException {
        int before = hostile.connections.get();
        Window shown = GuiActionRunner.execute(() -> {
            Window w = window.get();
            if (w instanceof java.awt.Dialog dialog) {
                // Shown, not waited for: a modal dialog would hold the event thread.
                dialog.setModalityType(java.awt.Dialog.ModalityType.MODELESS);
            }
            // Not focusable: focus traffic between the windows is not what this test is about.
            w.setFocusableWindowState(false);
            w.pack();
            w.setVisible(true);
            return w;
        });
        GuiActionRunner.execute(() -> paint(shown));
        long deadline = System.currentTimeMillis() + 400;
        while (hostile.connections.get() == before && System.currentTimeMillis() < deadline) {
            Thread.sleep(20);
        }
        if (hostile.connections.get() != before) {
            fetched.add(what);
        }
    }

    private <W extends Window> W add(W window) {
        windows.add(window);
        return window;
    }

    private JFrame frame(String title) {
        JFrame frame = new JFrame(title);
        windows.add(frame);
        return frame;
    }

    private static void realize(Window window) {
        window.pack();
        window.setVisible(true);
        paint(window);
    }

    /** Paints every component, as the screen would, and asks each for its size and tooltip. */
    private static void paint(Window window) {
        BufferedImage image = new BufferedImage(
                Math.max(1, window.getWidth()), Math.max(1, window.getHeight()), BufferedImage.TYPE_INT_ARGB);
        paintAll(window, image);
    }

    private static void paintAll(Container container, BufferedImage image) {
        container.paintAll(image.getGraphics());
        askAll(container);
    }

    private static void askAll(Container container) {
        for (Component c : container.getComponents()) {
            if (c instanceof JComponent jc) {
                jc.getPreferredSize();
                jc.getToolTipText();
            }
            if (c instanceof Container inner) {
                askAll(inner);
            }
        }
    }
}
