package io.p1vault.ui.base;

import io.p1vault.ui.testing.GuiExtension;
import org.assertj.swing.edt.GuiActionRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.swing.JScrollPane;
import javax.swing.JTextArea;
import javax.swing.JToggleButton;
import javax.swing.SwingUtilities;
import java.awt.Component;
import java.awt.Container;
import java.nio.file.Path;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The error dialog's details: collapsed at first, the log's path and the exception's trace. */
@ExtendWith(GuiExtension.class)
class ErrorDialogTest {
    private static Component find(Container root, String name) {
        for (Component c : root.getComponents()) {
            if (name.equals(c.getName())) {
                return c;
            }
            if (c instanceof Container inner) {
                Component found = find(inner, name);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    @Test
    void detailsNameTheLogAndHoldTheTrace() {
        Failure failure = Failure.of("The vault could not be saved.", new IllegalStateException("boom"));
        String details =
                ErrorDialog.details(failure, Optional.of(Path.of("/home/u/.local/share/p1vault/logs/p1vault-0.log")));

        assertThat(details)
                .startsWith("The log is in /home/u/.local/share/p1vault/logs/p1vault-0.log\n\n"
                        + "java.lang.IllegalStateException: boom")
                .contains("\tat io.p1vault.ui.base.ErrorDialogTest.");
        assertThat(ErrorDialog.details(new Failure("w", "y", null), Optional.empty()))
                .isEmpty();
    }

    @Test
    void theDetailsOpenWithTheToggle() {
        GuiActionRunner.execute(() -> {
            ErrorDialog dialog = new ErrorDialog(null, Failure.of("It failed.", new IllegalStateException("boom")));
            try {
                JTextArea text = (JTextArea) find(dialog.getContentPane(), "errorDialog.details");
                assertThat(text.getText()).contains("java.lang.IllegalStateException: boom");
                JScrollPane scroll = (JScrollPane) SwingUtilities.getAncestorOfClass(JScrollPane.class, text);
                assertThat(scroll.isVisible()).isFalse();
                ((JToggleButton) find(dialog.getContentPane(), "errorDialog.detailsToggle")).doClick(0);
                assertThat(scroll.isVisible()).isTrue();
            } finally {
                dialog.dispose();
            }
        });
    }
}
