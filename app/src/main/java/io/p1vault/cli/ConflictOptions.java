package io.p1vault.cli;

import io.p1vault.vault.merge.ConflictChooser;
import io.p1vault.vault.merge.MergeConflict;
import io.p1vault.vault.merge.Resolution;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code --on-conflict mine|theirs|both}: how a field changed both here and by someone else is
 * settled, when a save finds the vault changed on disk (another program, a git pull, a shared folder)
 * or {@code team sync} merges. Without it a terminal asks for each conflict; without a terminal the
 * save or merge is not made. Mixed into every command on a vault through {@link VaultCommand}.
 */
final class ConflictOptions {
    static final String HINT = "choose with --on-conflict mine, theirs or both (theirs kept as a copy).";

    @Option(
            names = "--on-conflict",
            paramLabel = "mine|theirs|both",
            converter = Word.class,
            description = "When a field you changed was also changed by someone else meanwhile: keep mine, take"
                    + " theirs, or keep both (theirs as a copy named \"(theirs)\"). Without it, a terminal asks for"
                    + " each. For import it also settles entries that conflict with the vault's (mine = skip,"
                    + " theirs = replace, both = keep-both; those words are accepted too).")
    Resolution choice;

    /** Asks about every conflict of a save; one left unanswered cancels the save. */
    ConflictChooser chooser(CliEnvironment env, PrintWriter err) {
        return conflicts -> {
            List<Resolution> chosen = new ArrayList<>();
            for (MergeConflict conflict : conflicts) {
                Optional<Resolution> one = choose(conflict, env, err);
                if (one.isEmpty()) {
                    return Optional.empty();
                }
                chosen.add(one.get());
            }
            return Optional.of(chosen);
        };
    }

    /** The option's choice, else the terminal's answer; empty without a terminal or at the end of its input. */
    Optional<Resolution> choose(MergeConflict conflict, CliEnvironment env, PrintWriter err) {
        if (choice != null) {
            return Optional.of(choice);
        }
        return env.console().flatMap(console -> ask(console, conflict, err));
    }

    private static Optional<Resolution> ask(
            CliEnvironment.PasswordConsole console, MergeConflict conflict, PrintWriter err) {
        while (true) {
            err.flush();
            String answer = console.readLine(conflict.describe() + ". Keep [m]ine, take [t]heirs or keep [b]oth? ");
            if (answer == null) {
                return Optional.empty();
            }
            try {
                return Optional.of(resolution(answer.strip()));
            } catch (CliException e) {
                err.println(e.getMessage());
            }
        }
    }

    static Resolution resolution(String word) throws CliException {
        return switch (word.toLowerCase(Locale.ROOT)) {
            case "m", "mine", "skip" -> Resolution.KEEP_MINE;
            case "t", "theirs", "replace" -> Resolution.TAKE_THEIRS;
            case "b", "both", "keep-both" -> Resolution.KEEP_BOTH;
            default -> throw new CliException("Answer mine, theirs or both.");
        };
    }

    static final class Word implements ITypeConverter<Resolution> {
        @Override
        public Resolution convert(String value) {
            try {
                return resolution(value);
            } catch (CliException e) {
                throw new TypeConversionException("'" + value + "' is not a choice. " + e.getMessage());
            }
        }
    }
}
