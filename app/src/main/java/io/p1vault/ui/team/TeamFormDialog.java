package io.p1vault.ui.team;

import io.p1vault.ui.base.BaseDialog;
import io.p1vault.ui.base.Components;
import io.p1vault.ui.base.Documents;
import io.p1vault.ui.base.MessageLabel;
import io.p1vault.ui.base.Messages;
import io.p1vault.ui.base.Mnemonics;
import net.miginfocom.swing.MigLayout;

import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JPanel;
import javax.swing.JTextField;
import java.awt.Window;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/** Team › Open team vault… and Create team vault…: the file, the identity that opens it, and (creating) your member name. */
public final class TeamFormDialog extends BaseDialog {
    private final TeamFormPresenter presenter;
    private final JComboBox<String> identity;
    private final JTextField member = new JTextField(20);

    public TeamFormDialog(Window owner, TeamFormPresenter presenter) {
        super(
                owner,
                "teamForm",
                Messages.text(presenter.mode == TeamFormPresenter.Mode.OPEN ? "team.openTitle" : "team.createTitle"));
        this.presenter = presenter;
        boolean creating = presenter.mode == TeamFormPresenter.Mode.CREATE;
        JPanel form = new JPanel(new MigLayout("insets 0, wrap 3, fillx, hidemode 3", "[]rel[grow,fill]rel[]", ""));
        MessageLabel intro = new MessageLabel("team.intro", MessageLabel.Style.NOTE);
        intro.show(Messages.text(creating ? "team.createIntro" : "team.openIntro"));
        form.add(intro, "span, wmin 0, w 300:520:700, gapbottom para");

        JTextField file = new JTextField(36);
        file.setName("team.file");
        own(presenter.file.bind(f -> {
            String text = f == null ? "" : f.toString();
            if (!text.equals(file.getText())) {
                file.setText(text);
            }
        }));
        Documents.onChange(file, () -> presenter.file.set(path(file.getText())));
        form.add(Mnemonics.label("team.fileLabel", file));
        form.add(file);
        JButton browse = Components.button("team.browse", presenter::chooseFile);
        form.add(browse);

        identity = new JComboBox<>(presenter.identities.toArray(String[]::new));
        identity.setName("team.identity");
        form.add(Mnemonics.label("team.identityLabel", identity));
        form.add(identity, "span 2");

        member.setName("team.member");
        member.setVisible(creating);
        if (creating) {
            form.add(Mnemonics.label("team.memberLabel", member));
            form.add(member, "span 2");
        }

        form.add(
                fittingMessage("team.message", MessageLabel.Style.ERROR, presenter.message),
                "span, wmin 0, w 300:520:700");
        own(presenter.busy.bind(busy -> {
            okButton.setEnabled(!busy && !presenter.identities.isEmpty());
            file.setEnabled(!busy);
            browse.setEnabled(!busy);
            identity.setEnabled(!busy);
            member.setEnabled(!busy);
        }));
        own(presenter.done.addListener(d -> dispose()));
        layOut(form, Messages.text(creating ? "team.createOk" : "team.openOk"));
    }

    private static Path path(String text) {
        try {
            return text.isBlank() ? null : Path.of(text.strip());
        } catch (InvalidPathException e) {
            return null;
        }
    }

    @Override
    protected void ok() {
        presenter.submit((String) identity.getSelectedItem(), member.getText());
    }
}
