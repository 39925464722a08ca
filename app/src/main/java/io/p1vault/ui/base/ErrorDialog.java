package io.p1vault.ui.base;

import net.miginfocom.swing.MigLayout;

import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JTextArea;
import javax.swing.UIManager;
import java.awt.Font;
import java.awt.Toolkit;
import java.awt.Window;
import java.awt.datatransfer.StringSelection;

/** Says what failed, why, and what the user can do about it; the text can be copied into a ticket. */
public final class ErrorDialog extends BaseDialog {
    public ErrorDialog(Window owner, Failure failure) {
        super(owner, "errorDialog", Messages.text("error.title"));
        JPanel content = new JPanel(new MigLayout("insets 0, wrap 2, fillx", "[]para[grow,fill]", "[]rel[]"));
        content.add(new JLabel(UIManager.getIcon("OptionPane.errorIcon")), "spany, top");
        JLabel what = new JLabel(failure.what());
        what.setName("errorDialog.what");
        what.setFont(what.getFont().deriveFont(Font.BOLD));
        content.add(what);
        content.add(wrapped(failure.why(), "errorDialog.why"), "w 300:420:600");
        if (failure.advice() != null) {
            content.add(wrapped(failure.advice(), "errorDialog.advice"), "w 300:420:600, gaptop rel");
        }
        JButton copy = new JButton(Messages.text("error.copy"));
        copy.setName("errorDialog.copy");
        copy.addActionListener(e -> Toolkit.getDefaultToolkit().getSystemClipboard().setContents(new StringSelection(
                failure.what() + "\n" + failure.why() + (failure.advice() == null ? "" : "\n" + failure.advice())), null));
        layOut(content, null, copy);
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
