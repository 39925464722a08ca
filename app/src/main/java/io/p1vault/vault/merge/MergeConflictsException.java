package io.p1vault.vault.merge;

import io.p1vault.UserFacing;

import java.io.IOException;
import java.nio.file.Path;
import java.util.stream.Collectors;

/**
 * A save found the vault changed on disk, and some of those changes conflict with this vault's: nothing
 * was saved. {@link #change()} holds the merge, to be saved with a choice per conflict. An {@link
 * IOException}, as the refusal it replaces, so a front end that does not offer the choices still
 * reports it.
 */
public final class MergeConflictsException extends IOException implements UserFacing {
    private static final int LISTED = 5;

    private final transient DiskChange change;

    MergeConflictsException(Path path, DiskChange change) {
        super(message(path, change));
        this.change = change;
    }

    public DiskChange change() {
        return change;
    }

    private static String message(Path path, DiskChange change) {
        var conflicts = change.outcome().conflicts();
        String listed =
                conflicts.stream().limit(LISTED).map(MergeConflict::describe).collect(Collectors.joining("; "));
        return path + " was changed by another program since it was read, and " + conflicts.size()
                + " of its changes conflict with yours (" + listed + (conflicts.size() > LISTED ? "; …" : "")
                + "). Nothing was saved: choose for each whether to keep yours, take theirs or keep both.";
    }
}
