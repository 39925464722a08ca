package io.p1vault.ui.pingone;

import io.p1vault.model.PingOneApplicationEntry;
import io.p1vault.ui.base.BaseDialog;
import io.p1vault.ui.base.MessageLabel;
import io.p1vault.ui.base.Messages;
import io.p1vault.ui.base.Mnemonics;
import net.miginfocom.swing.MigLayout;

import javax.swing.DefaultListCellRenderer;
import javax.swing.DefaultListModel;
import javax.swing.JCheckBox;
import javax.swing.JComboBox;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.JProgressBar;
import javax.swing.JScrollPane;
import java.awt.Component;
import java.awt.Window;

/**
 * "Rotate…": the worker application, replicate and revoke choices, the plan's steps with their
 * state as the rotation runs in the background, and Rotate or Resume. Closing waits for a running
 * rotation (it records each step as it goes, so a later Resume continues it).
 */
public final class RotateDialog extends BaseDialog {
    private final RotatePresenter presenter;

    public RotateDialog(Window owner, RotatePresenter presenter) {
        super(
                owner,
                "rotateDialog",
                Messages.format("rotate.title", presenter.credential().getName()));
        this.presenter = presenter;
        JPanel form = new JPanel(new MigLayout("insets 0, wrap 2, fillx, hidemode 3", "[]rel[grow,fill]", "[]para[]"));
        MessageLabel intro = new MessageLabel("rotate.intro", MessageLabel.Style.NOTE);
        intro.show(Messages.text("rotate.intro"));
        form.add(intro, "span, wmin 0, w 300:520:700");

        JComboBox<PingOneApplicationEntry> apps =
                new JComboBox<>(presenter.applications().toArray(PingOneApplicationEntry[]::new));
        apps.setName("rotate.application");
        apps.setRenderer(new DefaultListCellRenderer() {
            @Override
            public Component getListCellRendererComponent(
                    JList<?> list, Object value, int index, boolean selected, boolean focus) {
                String text = value instanceof PingOneApplicationEntry a ? a.getName() : "";
                return super.getListCellRendererComponent(list, text, index, selected, focus);
            }
        });
        apps.setSelectedItem(presenter.application.get());
        apps.addActionListener(e -> presenter.application.set((PingOneApplicationEntry) apps.getSelectedItem()));
        form.add(Mnemonics.label("rotate.application", apps));
        form.add(apps);

        JCheckBox replicate = Mnemonics.button(new JCheckBox(), "rotate.replicate", "rotate.replicate");
        own(presenter.replicate.bind(replicate::setSelected));
        replicate.addActionListener(e -> presenter.replicate.set(replicate.isSelected()));
        form.add(replicate, "skip");
        JCheckBox revoke = Mnemonics.button(new JCheckBox(), "rotate.revokeOld", "rotate.revokeOld");
        own(presenter.revokeOld.bind(revoke::setSelected));
        revoke.addActionListener(e -> presenter.revokeOld.set(revoke.isSelected()));
        form.add(revoke, "skip");

        DefaultListModel<String> model = new DefaultListModel<>();
        JList<String> steps = new JList<>(model);
        steps.setName("rotate.steps");
        steps.setVisibleRowCount(8);
        own(presenter.steps.bind(lines -> {
            model.clear();
            model.addAll(lines);
        }));
        form.add(new JScrollPane(steps), "span, grow, h 120:180:");

        JProgressBar progress = new JProgressBar();
        progress.setName("rotate.progress");
        progress.setIndeterminate(true);
        own(presenter.running.bind(progress::setVisible));
        form.add(progress, "span, growx");
        form.add(
                new MessageLabel("rotate.message", MessageLabel.Style.NOTE).follow(presenter.message),
                "span, wmin 0, w 300:520:700");

        own(presenter.running.addListener(r -> {
            apps.setEnabled(!r);
            replicate.setEnabled(!r);
            revoke.setEnabled(!r);
        }));
        layOut(form, Messages.text("rotate.start"));
        own(presenter.canRun.bind(okButton::setEnabled));
        own(presenter.resumable.bind(
                resume -> Mnemonics.apply(okButton, Messages.text(resume ? "rotate.resume" : "rotate.start"))));
        own(presenter.message.addListener(m -> fitContent()));
        own(presenter.finished.addListener(f -> cancelButton.setText(Messages.text("button.close"))));
    }

    @Override
    protected void ok() {
        presenter.run();
    }

    /** A running rotation records each step as it goes; the dialog closes once it stops. */
    @Override
    protected void cancel() {
        if (!presenter.running.get()) {
            dispose();
        }
    }
}
