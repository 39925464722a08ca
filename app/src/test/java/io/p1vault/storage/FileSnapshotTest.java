package io.p1vault.storage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class FileSnapshotTest {
    @TempDir
    Path dir;

    @Test
    void readReturnsTheBytesAndTheirSnapshot() throws IOException {
        Path file = Files.writeString(dir.resolve("f"), "abc");

        FileSnapshot.Contents contents = FileSnapshot.read(file);

        assertThat(contents.bytes()).containsExactly('a', 'b', 'c');
        assertThat(contents.snapshot().size()).isEqualTo(3);
        // SHA-256("abc") from FIPS 180-2
        assertThat(contents.snapshot().sha256())
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        assertThat(contents.snapshot()).isEqualTo(FileSnapshot.of(file));
    }

    @Test
    void contentDecidesWhetherTwoSnapshotsMatch() throws IOException {
        Path file = Files.writeString(dir.resolve("f"), "abc");
        FileSnapshot before = FileSnapshot.of(file);

        Files.setLastModifiedTime(file, FileTime.from(Instant.parse("2001-01-01T00:00:00Z")));
        assertThat(FileSnapshot.of(file).sameContentAs(before)).isTrue();

        Files.writeString(file, "abd");
        assertThat(FileSnapshot.of(file).sameContentAs(before)).isFalse();
        assertThat(before.sameContentAs(null)).isFalse();
    }

    @Test
    void largeFilesAreHashedCompletely() throws IOException {
        byte[] big = new byte[300_000];
        big[299_999] = 1;
        Path a = Files.write(dir.resolve("a"), big);
        big[299_999] = 2;
        Path b = Files.write(dir.resolve("b"), big);

        assertThat(FileSnapshot.of(a).sameContentAs(FileSnapshot.of(b))).isFalse();
        assertThat(FileSnapshot.of(a).size()).isEqualTo(300_000);
    }
}
