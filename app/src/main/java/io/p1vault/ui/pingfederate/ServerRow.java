package io.p1vault.ui.pingfederate;

import io.p1vault.model.PingFederateServerEntry;
import io.p1vault.ui.base.Messages;
import io.p1vault.ui.base.Mnemonics;
import io.p1vault.ui.base.Property;
import io.p1vault.ui.base.Subscription;
import net.miginfocom.swing.MigLayout;

import javax.swing.DefaultListCellRenderer;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JList;
import javax.swing.JPanel;
import java.awt.Component;
import java.util.List;
import java.util.function.Consumer;

/**
 * The top row of a screen that works on one PingFederate server: the vault's servers to choose
 * from ("name — admin URL"), locked while a write runs, and Refresh.
 */
final class ServerRow {
    /** What the row drives: the screen's presenter. */
    record Screen(
            List<PingFederateServerEntry> servers,
            Property<PingFederateServerEntry> server,
            ServerCall call,
            Consumer<PingFederateServerEntry> select,
            Runnable refresh) {}

    private ServerRow() {}

    /** {@code names} prefixes the components' names and the refresh button's text key; {@code own} keeps the subscriptions. */
    static JPanel of(String names, Screen screen, Consumer<Subscription> own) {
        JPanel row = new JPanel(new MigLayout("insets 0, fillx", "[]rel[grow,fill]rel[]", "[]"));
        JComboBox<PingFederateServerEntry> combo =
                new JComboBox<>(screen.servers().toArray(PingFederateServerEntry[]::new));
        combo.setName(names + ".server");
        combo.setRenderer(new DefaultListCellRenderer() {
            @Override
            public Component getListCellRendererComponent(
                    JList<?> list, Object value, int index, boolean selected, boolean focus) {
                String text = value instanceof PingFederateServerEntry s
                        ? s.getName() + " — " + s.getAdminUrl()
                        : Messages.text("pf.noServers");
                return super.getListCellRendererComponent(list, text, index, selected, focus);
            }
        });
        combo.setSelectedItem(screen.server().get());
        combo.addActionListener(e -> screen.select().accept((PingFederateServerEntry) combo.getSelectedItem()));
        own.accept(screen.call()
                .busy
                .addListener(b -> combo.setEnabled(!screen.call().writing())));
        row.add(Mnemonics.label("pf.server", combo));
        row.add(combo);
        JButton refresh = Mnemonics.button(new JButton(), names + ".refresh", names + ".refresh");
        refresh.addActionListener(e -> screen.refresh().run());
        Runnable canRefresh = () -> refresh.setEnabled(
                screen.server().get() != null && !screen.call().busy.get());
        own.accept(screen.server().addListener(s -> canRefresh.run()));
        own.accept(screen.call().busy.bind(b -> canRefresh.run()));
        row.add(refresh);
        return row;
    }
}
