package io.p1vault.ui.pingfederate;

import io.p1vault.pingfederate.TrustCheck;
import io.p1vault.ui.base.ConfirmDialog;
import io.p1vault.ui.base.Icons;
import io.p1vault.ui.base.MessageLabel;
import io.p1vault.ui.base.Messages;
import io.p1vault.ui.details.DetailRows;
import io.p1vault.ui.details.EntryDetails.Row;
import io.p1vault.ui.details.EntryDetails.Style;
import net.miginfocom.swing.MigLayout;

import javax.swing.JCheckBox;
import javax.swing.JLabel;
import javax.swing.JPanel;
import java.awt.Font;
import java.awt.Window;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Asks whether to trust the certificates a server presents: on first contact, what trusting
 * means and the details to compare; when a pinned certificate changed, a warning with both
 * fingerprints, "Don't trust" as the default, and trust only after the user says they checked.
 */
public final class CertificateDialog extends ConfirmDialog {

    public CertificateDialog(Window owner, String serverName, TrustCheck check) {
        super(
                owner,
                "certificate",
                Messages.format(check.changed() ? "cert.title.changed" : "cert.title.new", serverName));
        JPanel content = new JPanel(new MigLayout("insets 0, wrap 1, fillx", "[fill, 600!]", ""));
        JCheckBox checked = new JCheckBox(Messages.text("cert.checked"));
        checked.setName("certificate.checked");
        if (check.changed()) {
            MessageLabel warning = new MessageLabel("certificate.warning", MessageLabel.Style.ERROR);
            warning.setIcon(Icons.get("warning", 32));
            warning.setFont(warning.getFont().deriveFont(Font.BOLD));
            warning.show(Messages.format("cert.changed.headline", serverName));
            content.add(warning, "wmin 0");
        }
        for (TrustCheck.Endpoint endpoint : check.untrusted()) {
            content.add(explanation(endpoint), "wmin 0, gaptop 6");
            JLabel presents = new JLabel(Messages.format("cert.presents", endpoint.where()));
            presents.setFont(presents.getFont().deriveFont(Font.BOLD));
            content.add(presents, "gaptop 8");
            DetailRows rows = new DetailRows("certificate.details");
            rows.show(rows(endpoint));
            content.add(rows);
        }
        MessageLabel meaning = new MessageLabel("certificate.meaning", MessageLabel.Style.NOTE);
        meaning.show(Messages.format("cert.meaning", serverName));
        content.add(meaning, "wmin 0, gaptop 10");
        cancelButton.setText(Messages.text("cert.dontTrust"));
        if (check.changed()) {
            content.add(checked, "gaptop 6");
            okButton.setEnabled(false);
            checked.addActionListener(e -> okButton.setEnabled(checked.isSelected()));
        }
        layOut(content, Messages.text(check.changed() ? "cert.trustNew" : "cert.trust"));
        // A changed certificate must never be accepted by a reflexive Enter.
        getRootPane().setDefaultButton(check.changed() ? cancelButton : okButton);
        // Focus on a button, not on the first selectable detail, so no caret sits in the subject.
        cancelButton.requestFocusInWindow();
    }

    private static MessageLabel explanation(TrustCheck.Endpoint endpoint) {
        MessageLabel text = new MessageLabel(
                "certificate.explain", endpoint.changed() ? MessageLabel.Style.ERROR : MessageLabel.Style.WARNING);
        text.show(Messages.format(
                endpoint.changed()
                        ? "cert.changed.explain"
                        : endpoint.nameMismatch() ? "cert.nameMismatch" : "cert.new.explain",
                endpoint.where()));
        return text;
    }

    private static List<Row> rows(TrustCheck.Endpoint endpoint) {
        List<Row> rows = new ArrayList<>(CertificateRows.of(endpoint.presented(), Instant.now()));
        if (endpoint.changed()) {
            rows.add(new Row(
                    Messages.text("cert.before"),
                    String.join(
                            "\n",
                            endpoint.previousPins().stream()
                                    .map(CertificateRows::twoLines)
                                    .toList()),
                    Style.CODE));
        }
        return rows;
    }
}
