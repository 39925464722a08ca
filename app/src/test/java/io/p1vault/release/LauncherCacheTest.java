package io.p1vault.release;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The {@code p1vault} launcher keeps its class caches in the user's cache folder, which every
 * checkout (and the installed package) of one user shares: a new recording replaces this
 * checkout's stale cache and leaves the other checkouts' caches alone. The launcher runs here on a
 * stand-in Java 25 that only writes the cache file it is asked to record, as the JVM does at exit;
 * the window's cache is recorded by a training run in the background, which the test waits for.
 */
@EnabledOnOs(OS.LINUX)
class LauncherCacheTest {
    private static final String OTHER_CHECKOUTS_CACHE = "desktop-1234567-89012345.aot";

    @TempDir
    Path dir;

    @Test
    void aNewWindowRecordingReplacesThisCheckoutsCacheAndKeepsAnotherCheckouts() throws Exception {
        LauncherCheckout checkout = LauncherCheckout.create(
                dir,
                String.join(
                        "\n",
                        "for a in \"$@\"; do",
                        "  case \"$a\" in -XX:AOTCacheOutput=*) echo recorded > \"${a#-XX:AOTCacheOutput=}\";; esac",
                        "done",
                        ""));
        Path caches = Files.createDirectories(checkout.caches());
        Files.writeString(caches.resolve(OTHER_CHECKOUTS_CACHE), "another checkout's cache");

        checkout.launch();
        checkout.awaitTraining();
        Path first = onlyOwnCache(caches);
        // A rebuilt jar (another size) makes the first recording stale.
        Files.writeString(checkout.jar, "rebuilt", StandardOpenOption.APPEND);
        checkout.launch();
        checkout.awaitTraining();
        Path second = onlyOwnCache(caches);

        assertThat(second).isNotEqualTo(first);
        assertThat(first).doesNotExist();
        assertThat(caches.resolve(OTHER_CHECKOUTS_CACHE)).hasContent("another checkout's cache");
    }

    @Test
    void aLauncherNamedByARelativePathUsesTheCacheOfItsFullPath() throws Exception {
        LauncherCheckout checkout = LauncherCheckout.create(
                dir,
                String.join(
                        "\n",
                        "for a in \"$@\"; do",
                        "  case \"$a\" in",
                        "    -XX:AOTCacheOutput=*) echo recorded > \"${a#-XX:AOTCacheOutput=}\";;",
                        "    -XX:AOTCache=*) echo \"using ${a#-XX:AOTCache=}\";;",
                        "  esac",
                        "done",
                        ""));
        checkout.launch();
        checkout.awaitTraining();
        String byFullPath = checkout.launch();
        assertThat(byFullPath).startsWith("using ");

        assertThat(checkout.launchFrom(checkout.checkout, "./p1vault")).isEqualTo(byFullPath);
        assertThat(checkout.launchFrom(checkout.checkout.getParent(), "checkout/p1vault"))
                .isEqualTo(byFullPath);
        assertThat(checkout.launchFrom(checkout.checkout.resolve("app"), "../p1vault"))
                .isEqualTo(byFullPath);
        checkout.awaitTraining();
        assertThat(onlyOwnCache(checkout.caches()))
                .hasToString(byFullPath.strip().substring("using ".length()));
    }

    @Test
    void aStartMakesTheCacheFolderPrivateAndChangesItsPermissionsOnlyWhenTheyAreWrong() throws Exception {
        LauncherCheckout checkout = LauncherCheckout.create(dir, "");
        Path caches = Files.createDirectories(checkout.caches());
        Files.setPosixFilePermissions(caches, PosixFilePermissions.fromString("rwxr-xr-x"));
        // A chmod on the PATH that notes each use, so that the test sees which starts ran one.
        Path tools = Files.createDirectories(dir.resolve("tools"));
        Path log = dir.resolve("chmod.log");
        Path chmod = tools.resolve("chmod");
        Files.writeString(chmod, "#!/bin/sh\necho \"$@\" >> '" + log + "'\nexec /bin/chmod \"$@\"\n");
        Files.setPosixFilePermissions(chmod, PosixFilePermissions.fromString("rwx------"));
        Map<String, String> environment = Map.of("PATH", tools + ":" + System.getenv("PATH"));

        checkout.launch(environment, "--version");
        assertThat(Files.getPosixFilePermissions(caches)).isEqualTo(PosixFilePermissions.fromString("rwx------"));
        assertThat(Files.readAllLines(log)).containsExactly("700 " + caches);

        checkout.launch(environment, "--version");
        assertThat(Files.readAllLines(log)).as("a start with a private folder").containsExactly("700 " + caches);
        checkout.awaitTraining();
    }

    /** The one cache of this checkout's window in the cache folder (the other checkout's set aside). */
    private static Path onlyOwnCache(Path caches) throws IOException {
        try (Stream<Path> files = Files.list(caches)) {
            List<Path> own = files.filter(f -> !f.getFileName().toString().equals(OTHER_CHECKOUTS_CACHE))
                    .toList();
            assertThat(own).hasSize(1);
            assertThat(own.get(0).getFileName().toString()).startsWith("desktop-");
            return own.get(0);
        }
    }
}
