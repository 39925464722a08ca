package io.p1vault.ui.session;

import io.p1vault.model.rules.EntryRules;
import io.p1vault.model.rules.VisibleText;
import io.p1vault.ui.base.Messages;
import io.p1vault.ui.base.Property;
import io.p1vault.vault.merge.MergeConflict;
import io.p1vault.vault.merge.Resolution;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The choice per conflict when a save or a team sync met changes made elsewhere to the same
 * fields: each row names the entry and the field, never a value. Every row starts at "keep mine"
 * (what the user last saw), so accepting at once changes nothing of theirs that conflicts. No Swing.
 */
public final class ConflictsPresenter {
    /** How much of a field's name a row shows: field names of unknown kinds come from outside. */
    private static final int FIELD_SHOWN = 60;

    /** One conflict as the table shows it. */
    public record Row(String entry, String field, String what, Resolution choice) {}

    public final Property<List<Row>> rows = new Property<>(List.of());

    private final List<MergeConflict> conflicts;
    private final List<Resolution> choices;
    private boolean accepted;

    public ConflictsPresenter(List<MergeConflict> conflicts) {
        this.conflicts = List.copyOf(conflicts);
        this.choices = new ArrayList<>(Collections.nCopies(conflicts.size(), Resolution.KEEP_MINE));
        update();
    }

    /** The choice for the conflict in row {@code row}. */
    public void choose(int row, Resolution choice) {
        choices.set(row, choice);
        update();
    }

    /** The same choice for every conflict. */
    public void chooseForAll(Resolution choice) {
        Collections.fill(choices, choice);
        update();
    }

    /** The user saves with the choices shown. */
    public void accept() {
        accepted = true;
    }

    /** The choices, once accepted; empty when the user cancelled. */
    public Optional<Map<MergeConflict, Resolution>> answer() {
        if (!accepted) {
            return Optional.empty();
        }
        Map<MergeConflict, Resolution> answer = new LinkedHashMap<>();
        for (int i = 0; i < conflicts.size(); i++) {
            answer.put(conflicts.get(i), choices.get(i));
        }
        return Optional.of(answer);
    }

    private void update() {
        List<Row> shown = new ArrayList<>();
        for (int i = 0; i < conflicts.size(); i++) {
            MergeConflict c = conflicts.get(i);
            shown.add(new Row(
                    c.entryName() == null
                            ? Messages.text("conflicts.document")
                            : VisibleText.shortened(c.entryName(), EntryRules.MAX_NAME),
                    c.field() == null
                            ? Messages.text("conflicts.whole")
                            : VisibleText.shortened(c.field(), FIELD_SHOWN),
                    Messages.text("conflicts.kind." + c.kind().name().toLowerCase(Locale.ROOT)),
                    choices.get(i)));
        }
        rows.set(List.copyOf(shown));
    }
}
