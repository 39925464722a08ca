package io.p1vault.ui.base;

import net.miginfocom.swing.MigLayout;

import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JDialog;
import javax.swing.JPanel;
import javax.swing.KeyStroke;
import javax.swing.WindowConstants;
import java.awt.Window;
import java.awt.event.KeyEvent;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;

/**
 * The base of every dialog: modal, closes on Escape (as if cancelled), content laid out with
 * MigLayout's platform dialog insets, and OK/Cancel buttons tagged so MigLayout puts them in the
 * platform's order (OK last on Windows and Linux, first on macOS).
 */
public abstract class BaseDialog extends JDialog {
    protected final JButton okButton = new JButton();
    protected final JButton cancelButton = new JButton(Messages.text("button.cancel"));
    private java.util.function.BooleanSupplier stopTask = () -> false;
    private final java.util.List<Subscription> owned = new java.util.ArrayList<>();
    private Runnable afterFirstPaint;

    protected BaseDialog(Window owner, String name, String title) {
        super(owner, title, ModalityType.APPLICATION_MODAL);
        setName(name);
        setDefaultCloseOperation(WindowConstants.DO_NOTHING_ON_CLOSE);
        addWindowListener(new WindowAdapter() {
            @Override
            public void windowClosing(WindowEvent e) {
                cancel();
            }
        });
        getRootPane()
                .registerKeyboardAction(
                        e -> cancel(),
                        KeyStroke.getKeyStroke(KeyEvent.VK_ESCAPE, 0),
                        JComponent.WHEN_IN_FOCUSED_WINDOW);
        okButton.setName(name + ".ok");
        cancelButton.setName(name + ".cancel");
        okButton.addActionListener(e -> ok());
        cancelButton.addActionListener(e -> cancel());
    }

    /**
     * Lays out {@code content} above the buttons; {@code okText} null means a dialog with a
     * single close button. {@code extra} buttons go to the left edge.
     */
    protected final void layOut(JComponent content, String okText, JButton... extra) {
        JPanel pane = new JPanel(new MigLayout("insets dialog, fill, wrap 1", "[grow,fill]", "[grow,fill]para[]")) {
            @Override
            public void paint(java.awt.Graphics g) {
                super.paint(g);
                firstPainted();
            }
        };
        pane.add(content);
        boolean first = true;
        for (JButton button : extra) {
            pane.add(button, (first ? "split, " : "") + "tag left");
            first = false;
        }
        if (okText != null) {
            okButton.setText(okText);
            pane.add(okButton, (first ? "split, " : "") + "tag ok, sg buttons");
            first = false;
        } else {
            cancelButton.setText(Messages.text("button.close"));
        }
        pane.add(cancelButton, (first ? "split, right, " : "") + "tag cancel, sg buttons");
        setContentPane(pane);
        getRootPane().setDefaultButton(okText != null ? okButton : cancelButton);
        packToWrappedText();
        setMinimumSize(getSize());
        setLocationRelativeTo(getOwner());
    }

    /**
     * Runs {@code then} on the event thread once the dialog's content has first been painted: for
     * work that must not hold up the dialog's appearing (it would show blank meanwhile).
     */
    public final void afterFirstPaint(Runnable then) {
        afterFirstPaint = then;
    }

    private void firstPainted() {
        Runnable then = afterFirstPaint;
        afterFirstPaint = null;
        if (then != null) {
            // After this paint has reached the screen, which happens once paint returns.
            javax.swing.SwingUtilities.invokeLater(then);
        }
    }

    /**
     * Sizes the dialog to its content in one resize. Wrapping text knows its height only once it
     * has a width, so the content is laid out at its preferred width first, off screen; resizing
     * a shown window twice would race with the window manager.
     */
    protected final void packToWrappedText() {
        java.awt.Container pane = getContentPane();
        pane.setSize(pane.getPreferredSize());
        pane.invalidate();
        pane.validate();
        // Every nested layout cached the heights measured before the text had its width.
        invalidateTree(pane);
        pack();
    }

    private static void invalidateTree(java.awt.Component component) {
        component.invalidate();
        if (component instanceof java.awt.Container container) {
            for (java.awt.Component child : container.getComponents()) {
                invalidateTree(child);
            }
        }
    }

    /**
     * Grows the dialog when its content got taller (an error line, a preview), once the layout has
     * caught up; it never shrinks under the user.
     */
    protected final void fitContent() {
        getContentPane().revalidate();
        javax.swing.SwingUtilities.invokeLater(() -> {
            java.awt.Dimension wanted = getPreferredSize();
            if (wanted.height > getHeight() || wanted.width > getWidth()) {
                setSize(Math.max(getWidth(), wanted.width), Math.max(getHeight(), wanted.height));
            }
        });
    }

    /** A message line that shows {@code text} while it is not null, the dialog growing to fit it. */
    protected final MessageLabel fittingMessage(String name, MessageLabel.Style style, Property<String> text) {
        MessageLabel label = new MessageLabel(name, style);
        own(text.bind(shown -> {
            label.show(shown);
            fitContent();
        }));
        return label;
    }

    /** The bar that shows a key derivation's progress, hidden until it runs. */
    protected static javax.swing.JProgressBar derivationProgress(String name) {
        javax.swing.JProgressBar progress = new javax.swing.JProgressBar(0, 1000);
        progress.setName(name);
        progress.setString(Messages.text("unlock.deriving"));
        progress.setStringPainted(true);
        progress.setVisible(false);
        return progress;
    }

    /** Follows a presenter's progress, a fraction in [0, 1]. */
    protected final void follow(javax.swing.JProgressBar bar, Property<Double> fraction) {
        own(fraction.bind(f -> bar.setValue((int) Math.round(f * 1000))));
    }

    /**
     * Keeps {@code subscription} for as long as the dialog is open: disposing the dialog closes it,
     * so a closed dialog stays registered on nothing (a presenter shared with the application, the session).
     */
    protected final void own(Subscription subscription) {
        owned.add(subscription);
    }

    /** Closes the window and every subscription it {@linkplain #own owns}. */
    @Override
    public void dispose() {
        super.dispose();
        owned.forEach(Subscription::close);
        owned.clear();
    }

    /** OK pressed: the subclass checks and closes (or stays open and says why). */
    protected void ok() {
        dispose();
    }

    /**
     * Makes Cancel, Escape and the close box stop a running background task first: {@code stop}
     * cancels it and says whether one was running; only when none was does the dialog close.
     */
    protected final void cancelStops(java.util.function.BooleanSupplier stop) {
        this.stopTask = stop;
    }

    /** Cancel, Escape or the close box. */
    protected void cancel() {
        if (!stopTask.getAsBoolean()) {
            dispose();
        }
    }
}
