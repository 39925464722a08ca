package io.p1vault.ui;

import io.p1vault.model.PingFederateServerEntry;
import io.p1vault.model.Secret;
import io.p1vault.ui.main.DetailPanel;
import io.p1vault.ui.testing.GuiExtension;
import org.assertj.swing.edt.GuiActionRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.swing.JButton;
import javax.swing.JPasswordField;
import javax.swing.JToggleButton;
import java.awt.Component;
import java.awt.Container;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The detail form built on the event thread, without a robot: masking, reveal, copy. */
@ExtendWith(GuiExtension.class)
class DetailPanelTest {
    private static <C extends Component> C find(Container root, String name, Class<C> type) {
        for (Component c : root.getComponents()) {
            if (name.equals(c.getName()) && type.isInstance(c)) {
                return type.cast(c);
            }
            if (c instanceof Container inner) {
                C found = find(inner, name, type);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    @Test
    void theSecretIsMaskedUntilRevealedAndMaskedAgainForTheNextEntry() {
        PingFederateServerEntry pf = new PingFederateServerEntry(
                "pf", "https://pf.example.com", "admin", Secret.of("s3cret-canary".toCharArray()));
        PingFederateServerEntry other = new PingFederateServerEntry(
                "other", "https://o.example.com", "admin", Secret.of("other-secret".toCharArray()));
        List<String> copied = new ArrayList<>();
        GuiActionRunner.execute(() -> {
            DetailPanel panel = new DetailPanel(e -> copied.add(e.getName()), e -> {});
            panel.show(pf);
            JPasswordField secret = find(panel, "detail.secret", JPasswordField.class);
            assertThat(new String(secret.getPassword())).doesNotContain("s3cret");
            JToggleButton reveal = find(panel, "detail.reveal", JToggleButton.class);
            reveal.doClick(0);
            assertThat(new String(secret.getPassword())).isEqualTo("s3cret-canary");
            assertThat(secret.getEchoChar()).isEqualTo((char) 0);
            reveal.doClick(0);
            assertThat(new String(secret.getPassword())).doesNotContain("s3cret");

            reveal.doClick(0);
            panel.show(other);
            assertThat(new String(secret.getPassword())).isEmpty();
            JPasswordField next = find(panel, "detail.secret", JPasswordField.class);
            assertThat(new String(next.getPassword())).doesNotContain("other-secret");
            find(panel, "detail.copy", JButton.class).doClick(0);
            assertThat(copied).containsExactly("other");

            other.wipe();
            panel.show(other);
            assertThat(find(panel, "detail.copy", JButton.class).isEnabled()).isFalse();
            assertThat(find(panel, "detail.reveal", JToggleButton.class).isEnabled())
                    .isFalse();
        });
    }
}
