package io.p1vault.ui.runprops;

import io.p1vault.ui.base.ConfirmDialog;
import io.p1vault.ui.base.MessageLabel;
import io.p1vault.ui.base.Messages;
import net.miginfocom.swing.MigLayout;

import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTextArea;
import java.awt.Font;
import java.awt.Window;
import java.util.List;

/** The unified diff of a file change and its warnings; "Write" confirms. */
public final class DiffPreviewDialog extends ConfirmDialog {
    public DiffPreviewDialog(Window owner, String title, String diff, List<String> warnings) {
        super(owner, "diffPreview", title);
        JPanel content = new JPanel(new MigLayout("insets 0, wrap 1, fill", "[grow,fill]", "[]rel[grow,fill]"));
        content.add(new JLabel(Messages.text("runprops.preview.explain")));
        JTextArea text = new JTextArea(diff);
        text.setName("diffPreview.diff");
        text.setEditable(false);
        text.setFont(new Font(Font.MONOSPACED, Font.PLAIN, text.getFont().getSize()));
        text.getAccessibleContext().setAccessibleName(Messages.text("runprops.preview.diff"));
        text.setCaretPosition(0);
        content.add(new JScrollPane(text), "w 400:720, h 160:360");
        for (String warning : warnings) {
            MessageLabel label = new MessageLabel("diffPreview.warning", MessageLabel.Style.WARNING);
            label.show(warning);
            content.add(label, "wmin 0");
        }
        layOut(content, Messages.text("runprops.preview.write"));
    }
}
