package io.p1vault.desktop;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Whether the desktop prefers a dark theme, for the "follow the system" setting. Asks the
 * system's own tool (a short process), so call it off the event thread.
 */
public final class SystemTheme {
    private SystemTheme() {}

    public static boolean prefersDark() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            return output(List.of(
                            "reg",
                            "query",
                            "HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Themes\\Personalize",
                            "/v",
                            "AppsUseLightTheme"))
                    .matches("(?s).*AppsUseLightTheme\\s+REG_DWORD\\s+0x0\\b.*");
        }
        if (os.startsWith("mac")) {
            return output(List.of("defaults", "read", "-g", "AppleInterfaceStyle"))
                    .strip()
                    .equalsIgnoreCase("dark");
        }
        return linuxPrefersDark(
                System.getenv(), output(List.of("gsettings", "get", "org.gnome.desktop.interface", "color-scheme")));
    }

    static boolean linuxPrefersDark(Map<String, String> env, String gsettingsColorScheme) {
        String gtkTheme = env.getOrDefault("GTK_THEME", "").toLowerCase(Locale.ROOT);
        return gtkTheme.contains("dark") || gsettingsColorScheme.contains("prefer-dark");
    }

    /** The tool's output, or nothing if it is missing, fails or takes too long. */
    private static String output(List<String> command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            if (!p.waitFor(2, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return "";
            }
            return p.exitValue() == 0 ? new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            return "";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        }
    }
}
