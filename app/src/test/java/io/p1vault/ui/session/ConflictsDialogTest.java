package io.p1vault.ui.session;

import io.p1vault.ui.testing.GuiExtension;
import io.p1vault.vault.merge.MergeConflict;
import io.p1vault.vault.merge.Resolution;
import org.assertj.swing.core.BasicComponentFinder;
import org.assertj.swing.core.ComponentFinder;
import org.assertj.swing.edt.GuiActionRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.imageio.ImageIO;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JTable;
import java.awt.Component;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The conflicts dialog built on the event thread: its named parts, the choice column and what Save and Cancel answer. */
@ExtendWith(GuiExtension.class)
class ConflictsDialogTest {
    private static final List<MergeConflict> CONFLICTS = List.of(
            new MergeConflict(UUID.randomUUID(), "prod gateway", "secret", MergeConflict.Kind.BOTH_CHANGED),
            new MergeConflict(UUID.randomUUID(), "pf-admin", "baseUrl", MergeConflict.Kind.BOTH_CHANGED),
            new MergeConflict(UUID.randomUUID(), "old worker", null, MergeConflict.Kind.EDIT_DELETE));

    private final ComponentFinder finder = BasicComponentFinder.finderWithCurrentAwtHierarchy();

    private <T extends Component> T part(ConflictsDialog dialog, String name, Class<T> type) {
        return finder.findByName(dialog, name, type, false);
    }

    private static String shownChoice(JTable table, int row) {
        Component cell = table.prepareRenderer(table.getCellRenderer(row, 3), row, 3);
        return ((JLabel) cell).getText();
    }

    @Test
    void theChoiceColumnAndTheForAllButtonsSetTheAnswerThatSaveGives() throws Exception {
        ConflictsPresenter presenter = new ConflictsPresenter(CONFLICTS);
        ConflictsDialog dialog = GuiActionRunner.execute(() -> new ConflictsDialog(null, "team.age", presenter));
        try {
            JTable table = part(dialog, "conflicts.rows", JTable.class);
            assertThat(GuiActionRunner.execute(() -> List.of(
                            table.getValueAt(0, 0),
                            table.getValueAt(0, 1),
                            table.getValueAt(2, 1),
                            shownChoice(table, 0))))
                    .containsExactly("prod gateway", "secret", "whole entry", "Keep mine");
            assertThat(GuiActionRunner.execute(() -> table.isCellEditable(0, 3)))
                    .isTrue();
            GuiActionRunner.execute(() -> {
                // Shown without blocking, so the wrapped intro is laid out as the user sees it.
                dialog.setModalityType(java.awt.Dialog.ModalityType.MODELESS);
                dialog.setVisible(true);
            });
            save(dialog, Path.of("target", "screenshots", "save-conflicts.png"));

            GuiActionRunner.execute(() ->
                    part(dialog, "conflicts.all.take_theirs", JButton.class).doClick());
            GuiActionRunner.execute(() -> table.setValueAt(Resolution.KEEP_BOTH, 1, 3));
            assertThat(GuiActionRunner.execute(() -> List.of(shownChoice(table, 0), shownChoice(table, 1))))
                    .containsExactly("Take theirs", "Keep both");

            GuiActionRunner.execute(
                    () -> part(dialog, "conflictsDialog.ok", JButton.class).doClick());
            assertThat(presenter.answer().orElseThrow())
                    .containsExactly(
                            java.util.Map.entry(CONFLICTS.get(0), Resolution.TAKE_THEIRS),
                            java.util.Map.entry(CONFLICTS.get(1), Resolution.KEEP_BOTH),
                            java.util.Map.entry(CONFLICTS.get(2), Resolution.TAKE_THEIRS));
            assertThat(GuiActionRunner.execute(dialog::isDisplayable))
                    .as("closed")
                    .isFalse();
        } finally {
            GuiActionRunner.execute(dialog::dispose);
        }
    }

    @Test
    void cancelAnswersNothing() {
        ConflictsPresenter presenter = new ConflictsPresenter(CONFLICTS);
        ConflictsDialog dialog = GuiActionRunner.execute(() -> new ConflictsDialog(null, "team.age", presenter));
        try {
            GuiActionRunner.execute(
                    () -> part(dialog, "conflicts.all.keep_both", JButton.class).doClick());
            GuiActionRunner.execute(
                    () -> part(dialog, "conflictsDialog.cancel", JButton.class).doClick());
            assertThat(presenter.answer()).isEmpty();
        } finally {
            GuiActionRunner.execute(dialog::dispose);
        }
    }

    private static void save(ConflictsDialog dialog, Path file) throws Exception {
        Files.createDirectories(file.getParent());
        BufferedImage image = GuiActionRunner.execute(() -> {
            Component pane = dialog.getContentPane();
            BufferedImage painted = new BufferedImage(pane.getWidth(), pane.getHeight(), BufferedImage.TYPE_INT_RGB);
            pane.printAll(painted.getGraphics());
            return painted;
        });
        ImageIO.write(image, "png", file.toFile());
    }
}
