package io.p1vault.desktop;

import io.p1vault.storage.PrivateFolders;
import io.p1vault.testing.PlatformFileSystem;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.AclFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
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
    void windowsAppDataWithASpaceAndAccentsIsCreatedPrivateAndHoldsTheVault() throws IOException {
        try (FileSystem fs = PlatformFileSystem.WINDOWS.open()) {
            Path home = PlatformFileSystem.WINDOWS.home(fs);
            AppDirectories win =
                    AppDirectories.of("Windows 11", Map.of("APPDATA", "C:\\Users\\Zoë Müller\\AppData\\Roaming"), home);

            assertThat(win.defaultVault().toString())
                    .isEqualTo("C:\\Users\\Zoë Müller\\AppData\\Roaming\\p1vault\\vault.age");
            assertThat(AppDirectories.of("Windows 10", Map.of(), home).data())
                    .isEqualTo(home.resolve("AppData\\Roaming\\p1vault"));

            PrivateFolders.create(win.data());
            assertThat(Files.getFileAttributeView(win.data(), AclFileAttributeView.class)
                            .getAcl())
                    .singleElement()
                    .satisfies(entry ->
                            assertThat(entry.principal().getName()).isEqualTo(System.getProperty("user.name")));
        }
    }

    @Test
    void macLibraryFoldersWithASpaceInTheHomeAreCreatedPrivate() throws IOException {
        try (FileSystem fs = PlatformFileSystem.MACOS.open()) {
            AppDirectories mac = AppDirectories.of("Mac OS X", Map.of(), PlatformFileSystem.MACOS.home(fs));

            PrivateFolders.create(mac.data());

            assertThat(mac.data().toString()).isEqualTo("/Users/zoë müller/Library/Application Support/p1vault");
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(mac.data())))
                    .isEqualTo("rwx------");
        }
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
