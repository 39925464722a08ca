package io.p1vault.ui.base;

import io.p1vault.ui.testing.GuiExtension;
import org.assertj.swing.edt.GuiActionRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.swing.JToggleButton;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(GuiExtension.class)
class PassphraseFieldTest {
    @Test
    void hasFlatLafsRevealButtonFromTheThemeDefaults() {
        boolean reveal =
                GuiActionRunner.execute(() -> Arrays.stream(new PassphraseField("test.passphrase", 20).getComponents())
                        .anyMatch(JToggleButton.class::isInstance));

        assertThat(reveal).isTrue();
    }
}
