package io.p1vault.vault.merge;

import java.util.List;
import java.util.Optional;

/**
 * Asks the user how to settle the conflicts found when a save had to merge a change made on disk
 * meanwhile (see {@code Vault.save(ConflictChooser)}): the CLI asks on the terminal or applies
 * {@code --on-conflict}, the desktop shows the import preview's choices.
 */
@FunctionalInterface
public interface ConflictChooser {
    /** Asks nobody: a save with conflicts saves nothing and fails with a {@link MergeConflictsException}. */
    ConflictChooser NONE = conflicts -> Optional.empty();

    /**
     * A resolution per conflict, in the order given; empty cancels the save, which then saves nothing.
     *
     * @param conflicts at least one, each naming its entry and field, never a value
     */
    Optional<List<Resolution>> choose(List<MergeConflict> conflicts);
}
