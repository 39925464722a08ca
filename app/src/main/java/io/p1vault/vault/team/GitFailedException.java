package io.p1vault.vault.team;

import io.p1vault.UserFacing;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * A git command that exited with an error, told in one line: git's own reason (its {@code fatal:}
 * and {@code error:} lines, already visible text) and, where the fix is ours to name, what to do.
 */
final class GitFailedException extends IOException implements UserFacing {
    GitFailedException(Path repository, String command, int exit, String err) {
        super("git " + command + " failed (exit " + exit + "): " + reason(err) + hint(repository, err));
    }

    /** git's fatal and error lines; its first line when it printed neither. */
    static String reason(String err) {
        List<String> lines =
                err.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        List<String> reasons = lines.stream()
                .filter(l -> l.startsWith("fatal:") || l.startsWith("error:"))
                .toList();
        if (!reasons.isEmpty()) {
            return String.join("; ", reasons);
        }
        return lines.isEmpty() ? "no message" : lines.get(0);
    }

    private static String hint(Path repository, String err) {
        if (err.contains("Author identity unknown") || err.contains("unable to auto-detect email address")) {
            return ". Tell git who commits in this clone: git -C " + repository
                    + " config user.name \"Your Name\" and git -C " + repository
                    + " config user.email you@example.com";
        }
        return "";
    }
}
