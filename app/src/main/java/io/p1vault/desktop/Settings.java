package io.p1vault.desktop;

import io.p1vault.model.rules.VisibleText;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The desktop application's preferences, stored as JSON by {@link SettingsStore}. Never holds a
 * secret: only choices and the paths of recently used vaults.
 */
public final class Settings {
    public enum Theme {
        LIGHT,
        DARK,
        SYSTEM
    }

    public static final int MAX_RECENT = 8;
    /** 0 means never. */
    public static final int MAX_AUTO_LOCK_MINUTES = 24 * 60;

    public static final int MIN_CLIPBOARD_SECONDS = 5;
    public static final int MAX_CLIPBOARD_SECONDS = 600;

    public Theme theme = Theme.SYSTEM;
    public int autoLockMinutes = 5;
    public boolean lockOnMinimise;
    public int clipboardSeconds = 30;
    public int workFactor = 18;
    /** How many timestamped run.properties backups stay (they may hold secrets); older ones are deleted. */
    public int runPropertiesBackups = 5;

    public static final int MAX_RUN_PROPERTIES_BACKUPS = 100;
    /**
     * The team vault to reopen beside {@link #teamPersonalVault} once that is unlocked, and the name
     * of the age identity (in the personal vault) that opens it; all null when none. Never a key.
     */
    public String teamVault;

    public String teamIdentity;
    public String teamPersonalVault;

    /** Most recent first; the first is the vault opened at start. */
    public List<String> recentVaults = new ArrayList<>();

    /** A copy, for a settings form that may be cancelled. */
    public Settings copy() {
        Settings s = new Settings();
        s.theme = theme;
        s.autoLockMinutes = autoLockMinutes;
        s.lockOnMinimise = lockOnMinimise;
        s.clipboardSeconds = clipboardSeconds;
        s.workFactor = workFactor;
        s.runPropertiesBackups = runPropertiesBackups;
        s.recentVaults = new ArrayList<>(recentVaults);
        s.teamVault = teamVault;
        s.teamIdentity = teamIdentity;
        s.teamPersonalVault = teamPersonalVault;
        return s;
    }

    /** Puts {@code vault} first in the recent list, once, keeping at most {@link #MAX_RECENT}. */
    public void remember(Path vault) {
        String path = vault.toAbsolutePath().normalize().toString();
        recentVaults.remove(path);
        recentVaults.add(0, path);
        while (recentVaults.size() > MAX_RECENT) {
            recentVaults.remove(recentVaults.size() - 1);
        }
    }

    /** Remembers the team vault opened with {@code identity} beside {@code personal}, or forgets it (null file). */
    public void rememberTeam(Path team, String identity, Path personal) {
        teamVault = team == null ? null : team.toAbsolutePath().normalize().toString();
        teamIdentity = team == null ? null : identity;
        teamPersonalVault =
                team == null ? null : personal.toAbsolutePath().normalize().toString();
    }

    /** The team vault to reopen once {@code personal} is unlocked, if one was open beside it and still exists. */
    public Optional<Path> teamVaultBeside(Path personal) {
        if (teamVault == null
                || teamIdentity == null
                || !personal.toAbsolutePath().normalize().toString().equals(teamPersonalVault)) {
            return Optional.empty();
        }
        return Optional.of(Path.of(teamVault)).filter(Files::isRegularFile);
    }

    /** The recent vaults that still exist, most recent first. */
    public List<Path> existingRecentVaults() {
        return recentVaults.stream().map(Path::of).filter(Files::isRegularFile).toList();
    }

    /** Brings values a hand-edited or older file may hold back into range. */
    Settings normalised() {
        if (theme == null) {
            theme = Theme.SYSTEM;
        }
        autoLockMinutes = Math.max(0, Math.min(MAX_AUTO_LOCK_MINUTES, autoLockMinutes));
        clipboardSeconds = Math.max(MIN_CLIPBOARD_SECONDS, Math.min(MAX_CLIPBOARD_SECONDS, clipboardSeconds));
        workFactor = Math.max(10, Math.min(20, workFactor));
        runPropertiesBackups = Math.max(1, Math.min(MAX_RUN_PROPERTIES_BACKUPS, runPropertiesBackups));
        recentVaults = recentVaults == null
                ? new ArrayList<>()
                : new ArrayList<>(recentVaults.stream()
                        .filter(p -> p != null
                                && !p.isBlank()
                                && p.length() <= SettingsStore.MAX_PATH
                                && VisibleText.firstInvisible(p) < 0)
                        .distinct()
                        .limit(MAX_RECENT)
                        .toList());
        if (!acceptable(teamVault) || !acceptable(teamIdentity) || !acceptable(teamPersonalVault)) {
            rememberTeam(null, null, null);
        }
        return this;
    }

    private static boolean acceptable(String text) {
        return text == null
                || !text.isBlank() && text.length() <= SettingsStore.MAX_PATH && VisibleText.firstInvisible(text) < 0;
    }
}
