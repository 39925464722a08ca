package io.p1vault.ui.pingfederate;

import io.p1vault.ui.base.MessageLabel;
import io.p1vault.ui.base.Mnemonics;
import net.miginfocom.swing.MigLayout;

import javax.swing.JButton;
import javax.swing.JPanel;

/**
 * What a screen says about the cluster of its server: the engines that lack the latest change
 * (a warning, with a replicate button while they do), what a replication did, or why it failed.
 * Hidden while there is nothing to say.
 */
final class ClusterBanner extends JPanel {
    /** {@code buttonKey}: the replicate button's text; {@code always}: shown on any cluster, not only when behind. */
    ClusterBanner(String name, ClusterPresenter cluster, String buttonKey, boolean always) {
        super(new MigLayout("insets 0, hidemode 3, fillx", "[grow,fill]rel[]", "[]"));
        setName(name);
        MessageLabel warning = new MessageLabel(name + ".warning", MessageLabel.Style.WARNING);
        MessageLabel note = new MessageLabel(name + ".note", MessageLabel.Style.NOTE);
        MessageLabel error = new MessageLabel(name + ".error", MessageLabel.Style.ERROR);
        JButton replicate = Mnemonics.button(new JButton(), buttonKey, name + ".replicate");
        replicate.addActionListener(e -> cluster.replicate());
        JPanel messages = new JPanel(new MigLayout("insets 0, wrap 1, hidemode 3, fillx", "[grow,fill]", "[]0[]0[]"));
        messages.add(warning, "wmin 0");
        messages.add(note, "wmin 0");
        messages.add(error, "wmin 0");
        add(messages, "wmin 0");
        add(replicate, "aligny top");
        Runnable update = () -> {
            String text = cluster.message.get();
            boolean failed = cluster.failed.get();
            boolean behind = cluster.replicationRequired.get();
            warning.show(!failed && behind ? text : null);
            note.show(!failed && !behind ? text : null);
            error.show(failed ? text : null);
            replicate.setVisible(behind || always && cluster.status.get() != null);
            replicate.setEnabled(cluster.canReplicate.get());
            setVisible(text != null || replicate.isVisible());
            revalidate();
        };
        cluster.message.addListener(m -> update.run());
        cluster.failed.addListener(f -> update.run());
        cluster.replicationRequired.addListener(r -> update.run());
        cluster.status.addListener(s -> update.run());
        cluster.canReplicate.addListener(c -> update.run());
        update.run();
    }
}
