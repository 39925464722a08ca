package io.p1vault.storage;

import io.p1vault.testing.KillHarness;
import io.p1vault.testing.NeedsPosixPermissions;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 22 (high): another user who can write the folder swaps the save's temporary file for a
 * symbolic link to a file it cannot touch, hoping the writer (root, editing run.properties in
 * PingFederate's bin/) then changes that file's owner or permissions, or renames the link over
 * the target. A second process performs the swaps while this one saves in a loop.
 */
@NeedsPosixPermissions
class TempSwapAttackTest {
    private static final int ROUNDS = 6;
    private static final byte[] VICTIM = "root-only secret\n".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path dir;

    static Stream<Arguments> writers() {
        return Stream.of(
                Arguments.of(
                        "run.properties (keeps owner and permissions)",
                        new WriteOptions(BackupPolicy.TIMESTAMPED, PermissionPolicy.KEEP_EXISTING)),
                Arguments.of(
                        "vault (owner-only, single backup)",
                        new WriteOptions(BackupPolicy.SINGLE, PermissionPolicy.OWNER_ONLY)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("writers")
    void swappingTheTempFileForASymlinkNeverReachesTheVictim(String name, WriteOptions options) throws Exception {
        Path bin = Files.createDirectory(dir.resolve("bin"));
        Path victim = Files.write(dir.resolve("shadow"), VICTIM);
        Files.setPosixFilePermissions(victim, PosixFilePermissions.fromString("rw-------"));
        PosixFileAttributes victimBefore = Files.readAttributes(victim, PosixFileAttributes.class);
        Path target = Files.write(bin.resolve("run.properties"), version(0));
        Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rw-r--r--"));
        giveToAnotherUserIfRoot(target);

        AtomicBoolean stop = new AtomicBoolean();
        AtomicInteger saved = new AtomicInteger();
        AtomicInteger refused = new AtomicInteger();
        AtomicReference<Throwable> unexpected = new AtomicReference<>();
        Thread saver = new Thread(() -> saveUntilStopped(target, options, stop, saved, refused, unexpected));
        saver.start();
        try {
            KillHarness attacker =
                    new KillHarness(TempSwapAttacker.class, List.of(bin.toString(), victim.toString()), bin);
            // On a loaded machine the attacker may find no temp file in a round: more rounds, bounded.
            for (int run = 0; run < 8 && (swapsMade(bin) == 0 || refused.get() == 0); run++) {
                attacker.run(ROUNDS, Duration.ofMillis(400), 22L + run, round -> {
                    assertThat(Files.readAllBytes(victim)).as("victim content").isEqualTo(VICTIM);
                    assertThat(Files.readAttributes(victim, PosixFileAttributes.class)
                                    .permissions())
                            .as("victim permissions")
                            .isEqualTo(victimBefore.permissions());
                    assertThat(Files.getOwner(victim)).as("victim owner").isEqualTo(victimBefore.owner());
                });
            }
        } finally {
            stop.set(true);
            saver.join();
        }

        assertThat(unexpected.get()).as("a failure other than a broken save").isNull();
        assertThat(Files.isSymbolicLink(target))
                .as("target replaced by the attacker's link")
                .isFalse();
        assertThat(new String(Files.readAllBytes(target), StandardCharsets.UTF_8))
                .startsWith("version ");
        assertThat(swapsMade(bin)).as("swaps the attacker made").isPositive();
        assertThat(refused.get())
                .as("saves refused because the temp file was swapped")
                .isPositive();
    }

    /** Saves slowly (the content trickles in), so the attacker has time to find each temporary file. */
    private static void saveUntilStopped(
            Path target,
            WriteOptions options,
            AtomicBoolean stop,
            AtomicInteger saved,
            AtomicInteger refused,
            AtomicReference<Throwable> unexpected) {
        AtomicFileWriter writer = new AtomicFileWriter();
        for (int n = 1; !stop.get(); n++) {
            byte[] content = version(n);
            try {
                writer.write(
                        target,
                        FileSnapshot.of(target),
                        options,
                        out -> {
                            out.write(content, 0, 8);
                            sleep();
                            out.write(content, 8, content.length - 8);
                        },
                        temp -> {
                            if (!Arrays.equals(Files.readAllBytes(temp), content)) {
                                throw new IOException("read-back mismatch");
                            }
                        });
                saved.incrementAndGet();
            } catch (AtomicWriteException e) {
                // The attacker may also delete the temporary file just before the rename: the save
                // fails and the target stays as it was; only a swap that is noticed is counted.
                if (e.getMessage().contains("was replaced by another program")) {
                    refused.incrementAndGet();
                }
            } catch (IOException | RuntimeException e) {
                // the read-back check found the link's target, or nothing, instead of the content
                if (!(e instanceof NoSuchFileException) && !"read-back mismatch".equals(e.getMessage())) {
                    unexpected.compareAndSet(null, e);
                }
            }
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(15);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static byte[] version(int n) {
        return ("version " + n + "\npf.admin.https.port=9999\n").getBytes(StandardCharsets.UTF_8);
    }

    private static long swapsMade(Path bin) throws IOException {
        try (Stream<Path> files = Files.list(bin)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".swapped"))
                    .count();
        }
    }

    /** As root, the target belongs to the service account, so a save must chown: the step the attack aims at. */
    private static void giveToAnotherUserIfRoot(Path target) throws IOException {
        if ((Integer) Files.getAttribute(target, "unix:uid", LinkOption.NOFOLLOW_LINKS) == 0) {
            UserPrincipal nobody =
                    target.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName("nobody");
            Files.setOwner(target, nobody);
        }
    }
}
