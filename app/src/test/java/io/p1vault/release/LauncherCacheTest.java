package io.p1vault.release;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The {@code p1vault} launcher keeps its class caches in the user's cache folder, which every
 * checkout (and the installed package) of one user shares: a new recording replaces this
 * checkout's stale cache and leaves the other checkouts' caches alone. The launcher runs here on a
 * stand-in Java 25 that only writes the cache file it is asked to record, as the JVM does at exit.
 */
@EnabledOnOs(OS.LINUX)
class LauncherCacheTest {
    private static final String OTHER_CHECKOUTS_CACHE = "desktop-1234567-89012345.aot";

    @TempDir
    Path dir;

    @Test
    void aNewWindowRecordingReplacesThisCheckoutsCacheAndKeepsAnotherCheckouts() throws Exception {
        Path checkout = checkout();
        Path jar = checkout.resolve("app/target/p1vault.jar");
        Path caches = dir.resolve("cache/p1vault");
        Files.createDirectories(caches);
        Files.writeString(caches.resolve(OTHER_CHECKOUTS_CACHE), "another checkout's cache");

        launchWindow(checkout);
        Path first = onlyOwnCache(caches);
        // A rebuilt jar (another size) makes the first recording stale.
        Files.writeString(jar, "rebuilt", StandardOpenOption.APPEND);
        launchWindow(checkout);
        Path second = onlyOwnCache(caches);

        assertThat(second).isNotEqualTo(first);
        assertThat(first).doesNotExist();
        assertThat(caches.resolve(OTHER_CHECKOUTS_CACHE)).hasContent("another checkout's cache");
    }

    /** A checkout holding the real launcher, a jar and a stand-in Java 25 that records the cache it is told to. */
    private Path checkout() throws IOException {
        Path checkout = Files.createDirectories(dir.resolve("checkout"));
        Files.copy(RepositoryFiles.root().resolve("p1vault"), checkout.resolve("p1vault"));
        Path jar = Files.createDirectories(checkout.resolve("app/target")).resolve("p1vault.jar");
        Files.writeString(jar, "not a real jar");
        Path java = Files.createDirectories(dir.resolve("jdk/bin")).resolve("java");
        Files.writeString(
                java,
                String.join(
                        "\n",
                        "#!/bin/sh",
                        "for a in \"$@\"; do",
                        "  case \"$a\" in -XX:AOTCacheOutput=*) echo recorded > \"${a#-XX:AOTCacheOutput=}\";; esac",
                        "done",
                        ""));
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwx------"));
        Files.writeString(dir.resolve("jdk/release"), "JAVA_VERSION=\"25.0.1\"\n");
        Files.createDirectories(dir.resolve("jdk/lib"));
        Files.writeString(dir.resolve("jdk/lib/modules"), "modules");
        return checkout;
    }

    private void launchWindow(Path checkout) throws Exception {
        ProcessBuilder pb =
                new ProcessBuilder("bash", checkout.resolve("p1vault").toString()).redirectErrorStream(true);
        pb.environment().put("P1VAULT_JAVA_HOME", dir.resolve("jdk").toString());
        pb.environment().put("XDG_CACHE_HOME", dir.resolve("cache").toString());
        Process p = pb.start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(output).isZero();
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
