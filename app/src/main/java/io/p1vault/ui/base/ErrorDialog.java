package io.p1vault.ui.base;

import io.p1vault.desktop.AppLog;
import net.miginfocom.swing.MigLayout;

import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTextArea;
import javax.swing.JToggleButton;
import javax.swing.UIManager;
import java.awt.Font;
import java.awt.Toolkit;
import java.awt.Window;
import java.awt.datatransfer.StringSelection;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Says what failed, why, and what the user can do about it. Details (collapsed at first) show the
 * exception's stack trace and where the log is, for a ticket; Copy takes all of it.
 */
public final class ErrorDialog extends BaseDialog {
    public ErrorDialog(Window owner, Failure failure) {
        super(owner, "errorDialog", Messages.text("error.title"));
        JPanel content =
                new JPanel(new MigLayout("insets 0, wrap 2, fillx, hidemode 3", "[]para[grow,fill]", "[]rel[]"));
        content.add(new JLabel(UIManager.getIcon("OptionPane.errorIcon")), "spany, top");
        JLabel what = new JLabel(failure.what());
        what.setName("errorDialog.what");
        what.setFont(what.getFont().deriveFont(Font.BOLD));
        content.add(what);
        content.add(wrapped(failure.why(), "errorDialog.why"), "w 300:420:600");
        if (failure.advice() != null) {
            content.add(wrapped(failure.advice(), "errorDialog.advice"), "w 300:420:600, gaptop rel");
        }
        String details = details(failure, AppLog.file());
        if (!details.isEmpty()) {
            JTextArea text = new JTextArea(details, 12, 72);
            text.setName("errorDialog.details");
            text.setEditable(false);
            text.setFont(new Font(Font.MONOSPACED, Font.PLAIN, text.getFont().getSize()));
            text.setCaretPosition(0);
            JScrollPane scroll = new JScrollPane(text);
            scroll.setVisible(false);
            JToggleButton toggle = new JToggleButton(Messages.text("error.details"));
            toggle.setName("errorDialog.detailsToggle");
            toggle.addActionListener(e -> {
                scroll.setVisible(toggle.isSelected());
                pack();
            });
            content.add(toggle, "skip, growx 0, gaptop para");
            content.add(scroll, "skip, w 300:640:900, h 120:240");
        }
        JButton copy = new JButton(Messages.text("error.copy"));
        copy.setName("errorDialog.copy");
        copy.addActionListener(e -> Toolkit.getDefaultToolkit()
                .getSystemClipboard()
                .setContents(
                        new StringSelection(failure.summary() + (details.isEmpty() ? "" : "\n\n" + details)), null));
        layOut(content, null, copy);
    }

    /** The log's path, then the stack trace; empty when there is neither. */
    static String details(Failure failure, Optional<Path> log) {
        String trace = failure.trace();
        String where = log.map(path -> Messages.format("error.logFile", path)).orElse("");
        return where.isEmpty() || trace.isEmpty() ? where + trace : where + "\n\n" + trace;
    }

    private static JTextArea wrapped(String text, String name) {
        JTextArea area = new JTextArea(text);
        area.setName(name);
        area.setEditable(false);
        area.setLineWrap(true);
        area.setWrapStyleWord(true);
        area.setOpaque(false);
        area.setBorder(null);
        area.setFont(UIManager.getFont("Label.font"));
        area.setColumns(36);
        return area;
    }
}
