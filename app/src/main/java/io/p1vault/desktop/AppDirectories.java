package io.p1vault.desktop;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where the desktop application keeps its files, following each system's convention: vaults in
 * the per-user data folder, settings in the per-user config folder. The system properties
 * {@code p1vault.dataDir} and {@code p1vault.configDir} override both (tests never touch a real
 * user's folders).
 */
public record AppDirectories(Path data, Path config) {
    static final String APP = "p1vault";
    public static final String DATA_PROPERTY = "p1vault.dataDir";
    public static final String CONFIG_PROPERTY = "p1vault.configDir";

    /** The folders of this process's user, or those the overriding system properties name. */
    public static AppDirectories forCurrentUser() {
        AppDirectories standard =
                of(System.getProperty("os.name"), System.getenv(), Path.of(System.getProperty("user.home")));
        String data = System.getProperty(DATA_PROPERTY);
        String config = System.getProperty(CONFIG_PROPERTY);
        return new AppDirectories(
                data != null ? Path.of(data) : standard.data, config != null ? Path.of(config) : standard.config);
    }

    /**
     * The conventional folders on the system named {@code osName}, for a user with that environment
     * and home; paths are made in the home's file system (tests give a Windows-like one).
     */
    static AppDirectories of(String osName, Map<String, String> env, Path home) {
        String os = osName == null ? "" : osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            Path appData = env.containsKey("APPDATA")
                    ? home.getFileSystem().getPath(env.get("APPDATA"))
                    : home.resolve("AppData").resolve("Roaming");
            return new AppDirectories(appData.resolve(APP), appData.resolve(APP));
        }
        if (os.startsWith("mac")) {
            Path library = home.resolve("Library");
            return new AppDirectories(
                    library.resolve("Application Support").resolve(APP),
                    library.resolve("Preferences").resolve(APP));
        }
        return new AppDirectories(
                xdg(env, "XDG_DATA_HOME", home.resolve(".local").resolve("share"))
                        .resolve(APP),
                xdg(env, "XDG_CONFIG_HOME", home.resolve(".config")).resolve(APP));
    }

    /** The XDG spec says a relative value is invalid and must be ignored. */
    private static Path xdg(Map<String, String> env, String variable, Path fallback) {
        String value = env.get(variable);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        Path path = fallback.getFileSystem().getPath(value);
        return path.isAbsolute() ? path : fallback;
    }

    /** Where a first vault is proposed. */
    public Path defaultVault() {
        return data.resolve("vault.age");
    }

    /** The application's log files (see {@link AppLog}). */
    public Path logs() {
        return data.resolve("logs");
    }

    public Path settingsFile() {
        return config.resolve("settings.json");
    }
}
