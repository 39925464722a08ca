package io.p1vault.ui.base;

import javax.swing.AbstractButton;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.UIDefaults;
import javax.swing.UIManager;
import javax.swing.plaf.ComponentUI;
import javax.swing.plaf.basic.BasicHTML;
import java.awt.AWTEvent;
import java.awt.Component;
import java.awt.Container;
import java.awt.Toolkit;
import java.awt.event.ContainerEvent;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Swing renders any text that starts with {@code <html>} as HTML, in labels, buttons, trees,
 * tables, lists, tooltips and option panes, and HTML images are fetched from the network. Names and
 * messages come from exports, vaults and servers, so the whole user interface has HTML off: every
 * component gets {@code html.disable} the moment its look and feel's delegate is created (before
 * any text is rendered), including components Swing and FlatLaf make themselves (cell renderers,
 * tooltips, option pane labels, titled borders, the title bar). Only a component that shows HTML
 * p1vault builds itself from escaped parts ({@link #ownHtml}) renders it.
 */
public final class HtmlGuard {
    private static final String HTML_DISABLE = "html.disable";
    private static final String OWN_HTML = "p1vault.ownHtml";
    private static final Map<Class<?>, Method> CREATE_UI = new ConcurrentHashMap<>();
    private static boolean secondNet;

    private HtmlGuard() {}

    /**
     * Puts the guard in front of every delegate of the current look and feel; call after each
     * look-and-feel change, before windows are built or updated.
     */
    public static void install() {
        installSecondNet();
        UIDefaults lookAndFeel = UIManager.getLookAndFeelDefaults();
        List<String> ids = new ArrayList<>();
        for (Object key : lookAndFeel.keySet()) {
            if (key instanceof String id && id.endsWith("UI") && lookAndFeel.get(id) instanceof String) {
                ids.add(id);
            }
        }
        // Found by UIDefaults.getUIClass under its name, so no class loader is asked for it.
        UIManager.put(Delegate.class.getName(), Delegate.class);
        ids.forEach(id -> UIManager.put(id, Delegate.class.getName()));
    }

    /**
     * A few components get their delegate without asking the look and feel (FlatLaf's title bar
     * label sets its own), so every component added to a window also gets {@code html.disable},
     * and a label any HTML view it built before that.
     */
    private static synchronized void installSecondNet() {
        if (secondNet) {
            return;
        }
        secondNet = true;
        Toolkit.getDefaultToolkit()
                .addAWTEventListener(
                        event -> {
                            if (event instanceof ContainerEvent added
                                    && added.getID() == ContainerEvent.COMPONENT_ADDED) {
                                disableIn(added.getChild());
                            }
                        },
                        AWTEvent.CONTAINER_EVENT_MASK);
    }

    private static void disableIn(Component component) {
        if (component instanceof JComponent c
                && !Boolean.TRUE.equals(c.getClientProperty(OWN_HTML))
                && !Boolean.TRUE.equals(c.getClientProperty(HTML_DISABLE))) {
            c.putClientProperty(HTML_DISABLE, Boolean.TRUE);
            if (c instanceof JLabel label) {
                BasicHTML.updateRenderer(label, label.getText());
            } else if (c instanceof AbstractButton button) {
                BasicHTML.updateRenderer(button, button.getText());
            }
        }
        if (component instanceof Container container) {
            for (Component child : container.getComponents()) {
                disableIn(child);
            }
        }
    }

    /** Lets {@code component} render the HTML p1vault builds for it; every part from outside goes through {@link #escape}. */
    public static <C extends JComponent> C ownHtml(C component) {
        component.putClientProperty(OWN_HTML, Boolean.TRUE);
        component.putClientProperty(HTML_DISABLE, null);
        return component;
    }

    /** A label showing {@code html}, which p1vault built. */
    public static JLabel ownHtmlLabel(String html) {
        JLabel label = ownHtml(new JLabel());
        label.setText(html);
        return label;
    }

    /** {@code text} as HTML text: markup characters become entities, so nothing in it is a tag. */
    public static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * Stands in for every look-and-feel delegate: sets {@code html.disable} on the component, then
     * creates the look and feel's own delegate. Public, because {@link UIDefaults} calls
     * {@code createUI} reflectively.
     */
    public static final class Delegate {
        private Delegate() {}

        public static ComponentUI createUI(JComponent c) {
            c.putClientProperty(HTML_DISABLE, Boolean.TRUE.equals(c.getClientProperty(OWN_HTML)) ? null : Boolean.TRUE);
            Class<? extends ComponentUI> real = UIManager.getLookAndFeelDefaults()
                    .getUIClass(c.getUIClassID(), c.getClass().getClassLoader());
            if (real == null) {
                throw new IllegalStateException("the look and feel has no delegate for " + c.getUIClassID());
            }
            try {
                return (ComponentUI) CREATE_UI
                        .computeIfAbsent(real, Delegate::createUiMethod)
                        .invoke(null, c);
            } catch (IllegalAccessException e) {
                throw new IllegalStateException("cannot create the " + c.getUIClassID() + " delegate", e);
            } catch (InvocationTargetException e) {
                throw e.getCause() instanceof RuntimeException r
                        ? r
                        : new IllegalStateException(
                                "cannot create the " + c.getUIClassID() + " delegate", e.getCause());
            }
        }

        private static Method createUiMethod(Class<?> type) {
            try {
                return type.getMethod("createUI", JComponent.class);
            } catch (NoSuchMethodException e) {
                throw new IllegalStateException(type.getName() + " has no createUI(JComponent)", e);
            }
        }
    }
}
