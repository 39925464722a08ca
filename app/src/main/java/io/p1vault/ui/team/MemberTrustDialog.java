package io.p1vault.ui.team;

import io.p1vault.ui.base.BaseDialog;
import io.p1vault.ui.base.MessageLabel;
import io.p1vault.ui.base.Messages;
import net.miginfocom.swing.MigLayout;

import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import java.awt.Dimension;
import java.awt.Font;
import java.awt.Window;

/**
 * Asked when a team vault opens whose members are not the ones accepted: the added and removed
 * members, "Accept members" and "Not now". Names and recipients come from the team file and are
 * shown as plain text.
 */
public final class MemberTrustDialog extends BaseDialog {
    private final MemberTrustPresenter presenter;

    public MemberTrustDialog(Window owner, MemberTrustPresenter presenter) {
        super(owner, "memberTrustDialog", Messages.text("trust.title"));
        this.presenter = presenter;
        JPanel content = new JPanel(new MigLayout("insets 0, wrap 1, fill", "[grow,fill]", "[][grow,fill][]"));
        MessageLabel intro = new MessageLabel("trust.intro", MessageLabel.Style.WARNING);
        intro.show(presenter.intro);
        content.add(intro, "wmin 0, w 300:760:900");

        JPanel grid = new JPanel(new MigLayout("insets 4, wrap 3, gapy 6", "[]para[]para[grow,fill]", ""));
        grid.setName("trust.rows");
        for (String key : java.util.List.of("trust.change", "trust.name", "trust.recipient")) {
            JLabel header = new JLabel(Messages.text(key));
            header.setFont(header.getFont().deriveFont(Font.BOLD));
            grid.add(header);
        }
        int index = 0;
        for (MemberTrustPresenter.Row row : presenter.rows) {
            grid.add(label(row.change(), "trust.change." + index));
            grid.add(label(row.name(), "trust.name." + index));
            grid.add(label(row.recipient(), "trust.recipient." + index));
            index++;
        }
        JScrollPane scroll = new JScrollPane(grid);
        scroll.setPreferredSize(new Dimension(760, Math.min(320, 50 + 28 * presenter.rows.size())));
        content.add(scroll);
        MessageLabel note = new MessageLabel("trust.note", MessageLabel.Style.NOTE);
        note.show(Messages.text("trust.notNowNote"));
        content.add(note, "wmin 0");

        cancelButton.setText(Messages.text("trust.notNow"));
        own(presenter.busy.bind(busy -> {
            okButton.setEnabled(!busy);
            cancelButton.setEnabled(!busy);
        }));
        own(presenter.done.bind(done -> {
            if (done) {
                dispose();
            }
        }));
        layOut(content, Messages.text("trust.accept"));
        // Enter must not vouch for members nobody looked at.
        getRootPane().setDefaultButton(cancelButton);
    }

    private static JLabel label(String text, String name) {
        JLabel label = new JLabel(text);
        label.setName(name);
        return label;
    }

    @Override
    protected void ok() {
        presenter.accept();
    }

    @Override
    protected void cancel() {
        if (!presenter.busy.get()) {
            presenter.notNow();
        }
    }
}
