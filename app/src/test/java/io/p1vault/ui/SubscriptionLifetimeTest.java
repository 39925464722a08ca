package io.p1vault.ui;

import io.p1vault.ui.base.Property;
import io.p1vault.ui.base.Subscription;
import io.p1vault.ui.pingfederate.ConnectionsDialog;
import io.p1vault.ui.pingfederate.ConnectionsPresenter;
import io.p1vault.ui.pingfederate.ServerConnector;
import io.p1vault.ui.session.VaultSession;
import io.p1vault.ui.testing.FakeDialogs;
import io.p1vault.ui.testing.GuiExtension;
import io.p1vault.ui.testing.QueuedTasks;
import io.p1vault.ui.testing.StandInVault;
import io.p1vault.ui.testing.TestApp;
import io.p1vault.vault.Vault;
import org.assertj.swing.edt.GuiActionRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Screens that come and go let go of what outlives them: a closed dialog stays registered on nothing. */
@ExtendWith(GuiExtension.class)
class SubscriptionLifetimeTest {
    @TempDir
    Path dir;

    @Test
    void aClosedSubscriptionIsNoLongerCalledAndClosingTwiceIsHarmless() {
        Property<Integer> value = new Property<>(0);
        List<Integer> seen = new ArrayList<>();
        Subscription first = value.addListener(seen::add);
        Subscription second = value.bind(seen::add);
        assertThat(value.listenerCount()).isEqualTo(2);
        value.set(1);
        assertThat(seen).containsExactly(0, 1, 1);

        first.close();
        first.close();
        value.set(2);
        assertThat(seen).containsExactly(0, 1, 1, 2);
        assertThat(value.listenerCount()).isEqualTo(1);
        second.close();
        value.set(3);
        assertThat(seen).containsExactly(0, 1, 1, 2);
        assertThat(value.listenerCount()).isZero();
    }

    @Test
    void theSameListenerAddedTwiceIsTwoSubscriptions() {
        Property<String> value = new Property<>("");
        List<String> seen = new ArrayList<>();
        java.util.function.Consumer<String> listener = seen::add;
        Subscription one = value.addListener(listener);
        value.addListener(listener);
        one.close();
        value.set("x");
        assertThat(seen).containsExactly("x");
    }

    @Test
    void openingAndClosingTheConnectionsDialogLeavesTheSessionsListenersAsTheyWere() throws Exception {
        try (StandInVault pf = new StandInVault();
                Vault vault = Vault.open(pf.vault(dir.resolve("v.age"), "jti-a"), TestApp.PASSPHRASE.toCharArray())) {
            QueuedTasks tasks = new QueuedTasks();
            FakeDialogs dialogs = new FakeDialogs();
            VaultSession session = new VaultSession(tasks, dialogs);
            session.opened(vault);
            ServerConnector connector = new ServerConnector(session, tasks, dialogs);
            int before = listeners(session);

            List<Integer> whileOpen = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                GuiActionRunner.execute(() -> {
                    ConnectionsPresenter browser = new ConnectionsPresenter(session, connector, dialogs);
                    ConnectionsDialog dialog = new ConnectionsDialog(null, browser);
                    whileOpen.add(listeners(session));
                    dialog.dispose();
                });
            }

            assertThat(whileOpen).as("the open dialog listens to the session").allMatch(n -> n > before);
            assertThat(listeners(session))
                    .as("listeners on the session after 10 dialogs closed")
                    .isEqualTo(before);
        }
    }

    private static int listeners(VaultSession s) {
        return Stream.of(s.vault, s.file, s.unlocked, s.dirty, s.busy, s.editable, s.canSave, s.canUnlock, s.revision)
                .mapToInt(Property::listenerCount)
                .sum();
    }
}
