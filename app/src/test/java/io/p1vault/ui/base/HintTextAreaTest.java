package io.p1vault.ui.base;

import io.p1vault.ui.testing.GuiExtension;
import org.assertj.swing.edt.GuiActionRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.swing.JTextArea;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

/** The hint is painted while the area is empty and disappears with the first character. */
@ExtendWith(GuiExtension.class)
class HintTextAreaTest {
    private static int[] pixels(JTextArea area) {
        area.setSize(400, 60);
        BufferedImage image = new BufferedImage(400, 60, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            area.paint(g);
        } finally {
            g.dispose();
        }
        return image.getRGB(0, 0, 400, 60, null, 0, 400);
    }

    @Test
    void showsTheHintOnlyWhileEmpty() {
        GuiActionRunner.execute(() -> {
            int[] plain = pixels(new JTextArea(2, 40));
            HintTextArea hinted = new HintTextArea(2, 40, "age1… (one or more)");
            assertThat(Arrays.equals(pixels(hinted), plain))
                    .as("hint painted on the empty area")
                    .isFalse();

            JTextArea typed = new JTextArea(2, 40);
            typed.setText("x");
            hinted.setText("x");
            assertThat(pixels(hinted)).as("no hint once there is text").isEqualTo(pixels(typed));
        });
    }
}
