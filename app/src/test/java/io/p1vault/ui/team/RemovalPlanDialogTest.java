package io.p1vault.ui.team;

import io.p1vault.ui.testing.GuiExtension;
import io.p1vault.vault.team.RotationPlan;
import org.assertj.swing.edt.GuiActionRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import javax.swing.JButton;
import java.awt.Component;
import java.awt.Container;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The rotation plan dialog built on the event thread: a Rotate button on the gateway credential's row only, which rotates it. */
@ExtendWith(GuiExtension.class)
class RemovalPlanDialogTest {
    @TempDir
    Path dir;

    TeamDesk desk;

    @AfterEach
    void lock() throws Exception {
        desk.close();
    }

    @Test
    void onlyTheGatewayCredentialRowHasARotateButtonAndItRotatesThatCredential() throws Exception {
        desk = new TeamDesk(dir).unlocked();
        desk.openTeam();
        List<RotationPlan> plans = new ArrayList<>();
        MembersPresenter members = new MembersPresenter(desk.session, desk.tasks, desk.dialogs, plans::add);
        members.add("bob", desk.bob.recipient());
        desk.dialogs.confirmAnswer = true;
        members.remove(members.rows.get().get(1));
        RemovalPlanPresenter presenter =
                new RemovalPlanPresenter(plans.get(0), desk.session.team.get(), desk.session, desk.entries);

        RemovalPlanDialog dialog = GuiActionRunner.execute(() -> new RemovalPlanDialog(null, presenter));
        try {
            List<JButton> rotate = GuiActionRunner.execute(() -> buttons(dialog.getContentPane()));
            assertThat(rotate)
                    .singleElement()
                    .satisfies(b -> assertThat(b.getAccessibleContext().getAccessibleName())
                            .isEqualTo("Rotate gw"));
            save(dialog.getContentPane(), Path.of("target", "screenshots", "team-rotation-plan.png"));
            GuiActionRunner.execute(() -> rotate.get(0).doClick());
            assertThat(desk.rotated).hasSize(1);
            assertThat(desk.session.teamShown.get()).isTrue();
        } finally {
            GuiActionRunner.execute(dialog::dispose);
        }
    }

    private static List<JButton> buttons(Container container) {
        List<JButton> found = new ArrayList<>();
        for (Component c : container.getComponents()) {
            if (c instanceof JButton b && b.getName() != null && b.getName().startsWith("plan.rotate.")) {
                found.add(b);
            } else if (c instanceof Container inner) {
                found.addAll(buttons(inner));
            }
        }
        return found;
    }

    private static void save(Component window, Path file) throws Exception {
        Files.createDirectories(file.getParent());
        BufferedImage image = GuiActionRunner.execute(() -> {
            BufferedImage painted =
                    new BufferedImage(window.getWidth(), window.getHeight(), BufferedImage.TYPE_INT_RGB);
            window.paintAll(painted.getGraphics());
            return painted;
        });
        ImageIO.write(image, "png", file.toFile());
    }
}
