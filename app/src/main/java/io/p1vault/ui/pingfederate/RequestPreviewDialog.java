package io.p1vault.ui.pingfederate;

import io.p1vault.ui.base.Components;
import io.p1vault.ui.base.ConfirmDialog;
import io.p1vault.ui.base.Messages;
import io.p1vault.ui.base.Mnemonics;
import net.miginfocom.swing.MigLayout;

import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTextArea;
import java.awt.Font;
import java.awt.Window;
import java.util.List;

/** What a write to PingFederate changes, and the request as it will be sent (secrets masked); "Send" confirms. */
public final class RequestPreviewDialog extends ConfirmDialog {
    public RequestPreviewDialog(Window owner, String title, List<String> changes, String request, String sendLabel) {
        super(owner, "requestPreview", title);
        JPanel content =
                new JPanel(new MigLayout("insets 0, wrap 1, fill", "[grow,fill]", "[]rel[]para[]rel[grow,fill]"));
        content.add(Components.heading(Messages.text("preview.changes"), 1f));
        content.add(text("requestPreview.changes", String.join("\n", changes), false), "wmin 0");
        content.add(new JLabel(Messages.text("preview.request")));
        content.add(new JScrollPane(text("requestPreview.request", request, true)), "w 420:640:900, h 160:300:600");
        layOut(content, sendLabel.replace("&", ""));
        Mnemonics.apply(okButton, sendLabel);
        getRootPane().setDefaultButton(cancelButton);
    }

    private static JTextArea text(String name, String value, boolean code) {
        JTextArea area = new JTextArea(value);
        area.setName(name);
        area.setEditable(false);
        area.setLineWrap(!code);
        area.setWrapStyleWord(true);
        if (code) {
            area.setFont(new Font(Font.MONOSPACED, Font.PLAIN, area.getFont().getSize()));
        } else {
            area.setFocusable(false);
            area.setOpaque(false);
            area.setColumns(50);
        }
        area.getAccessibleContext().setAccessibleName(Messages.text(code ? "preview.request" : "preview.changes"));
        area.setCaretPosition(0);
        return area;
    }
}
