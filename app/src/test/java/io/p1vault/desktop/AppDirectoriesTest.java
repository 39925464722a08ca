package io.p1vault.desktop;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class AppDirectoriesTest {
    private static final Path HOME = Path.of("/home/ann");

    @Test
    void linuxUsesXdgFoldersOrTheirDefaults() {
        AppDirectories defaults = AppDirectories.of("Linux", Map.of(), HOME);
        assertThat(defaults.data()).isEqualTo(Path.of("/home/ann/.local/share/p1vault"));
        assertThat(defaults.config()).isEqualTo(Path.of("/home/ann/.config/p1vault"));
        assertThat(defaults.defaultVault()).isEqualTo(Path.of("/home/ann/.local/share/p1vault/vault.age"));
        assertThat(defaults.settingsFile()).isEqualTo(Path.of("/home/ann/.config/p1vault/settings.json"));

        AppDirectories xdg = AppDirectories.of("Linux", Map.of("XDG_DATA_HOME", "/d", "XDG_CONFIG_HOME", "/c"), HOME);
        assertThat(xdg).isEqualTo(new AppDirectories(Path.of("/d/p1vault"), Path.of("/c/p1vault")));
    }

    @Test
    void aRelativeXdgValueIsIgnoredAsTheSpecSays() {
        assertThat(AppDirectories.of("Linux", Map.of("XDG_DATA_HOME", "rel"), HOME)
                        .data())
                .isEqualTo(Path.of("/home/ann/.local/share/p1vault"));
    }

    @Test
    void windowsUsesAppData() {
        AppDirectories win = AppDirectories.of("Windows 11", Map.of("APPDATA", "/appdata"), HOME);
        assertThat(win.data()).isEqualTo(Path.of("/appdata/p1vault"));
        assertThat(win.config()).isEqualTo(Path.of("/appdata/p1vault"));
    }

    @Test
    void macUsesLibraryFolders() {
        AppDirectories mac = AppDirectories.of("Mac OS X", Map.of(), HOME);
        assertThat(mac.data()).isEqualTo(Path.of("/home/ann/Library/Application Support/p1vault"));
        assertThat(mac.config()).isEqualTo(Path.of("/home/ann/Library/Preferences/p1vault"));
    }

    @Test
    void systemPropertiesOverrideBoth() {
        System.setProperty(AppDirectories.DATA_PROPERTY, "/tmp/x-data");
        System.setProperty(AppDirectories.CONFIG_PROPERTY, "/tmp/x-config");
        try {
            assertThat(AppDirectories.forCurrentUser())
                    .isEqualTo(new AppDirectories(Path.of("/tmp/x-data"), Path.of("/tmp/x-config")));
        } finally {
            System.clearProperty(AppDirectories.DATA_PROPERTY);
            System.clearProperty(AppDirectories.CONFIG_PROPERTY);
        }
    }
}
