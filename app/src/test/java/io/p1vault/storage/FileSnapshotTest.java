package io.p1vault.storage;

import io.p1vault.crypto.age.InMemoryInput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Arrays;
import java.util.Random;

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

    @ParameterizedTest(name = "{0} bytes")
    @ValueSource(
            ints = {
                0,
                1,
                FileSnapshot.Reading.HEAD - 1,
                FileSnapshot.Reading.HEAD,
                FileSnapshot.Reading.HEAD + 1,
                3 * 1024 * 1024 + 5
            })
    void aReadingStreamsAndReturnsTheWholeFileWithItsSnapshot(int size) throws IOException {
        byte[] content = new byte[size];
        new Random(size).nextBytes(content);
        Path file = Files.write(dir.resolve("f"), content);

        FileSnapshot.Reading reading = FileSnapshot.startReading(file);

        ByteArrayOutputStream streamed = new ByteArrayOutputStream();
        try (InputStream in = reading.stream()) {
            byte[] buf = new byte[1000];
            for (int n; (n = in.read(buf)) >= 0; ) {
                streamed.write(buf, 0, n);
            }
        }
        assertThat(streamed.toByteArray()).isEqualTo(content);
        assertThat(reading.contents().bytes()).isEqualTo(content);
        assertThat(reading.contents().snapshot()).isEqualTo(FileSnapshot.of(file));
    }

    @Test
    void aStreamReadAfterItsHeaderReturnsTheRestAtOnce() throws IOException {
        byte[] content = new byte[FileSnapshot.Reading.HEAD * 3];
        new Random(7).nextBytes(content);
        Path file = Files.write(dir.resolve("f"), content);

        try (InputStream in = FileSnapshot.startReading(file).stream()) {
            byte[] start = in.readNBytes(100);
            byte[] rest = in.readAllBytes();

            assertThat(start).isEqualTo(Arrays.copyOf(content, 100));
            assertThat(rest).isEqualTo(Arrays.copyOfRange(content, 100, content.length));
            assertThat(in.read()).isEqualTo(-1);
        }
    }

    /** What opening a whole payload borrows: the rest of the file's own bytes, not a copy, and nothing after. */
    @Test
    void aStreamLendsTheRestOfTheFileItHolds() throws IOException {
        byte[] content = new byte[FileSnapshot.Reading.HEAD * 3];
        new Random(8).nextBytes(content);
        Path file = Files.write(dir.resolve("f"), content);
        FileSnapshot.Reading reading = FileSnapshot.startReading(file);

        try (InputStream in = reading.stream()) {
            in.readNBytes(100);
            ByteBuffer rest = ((InMemoryInput) in).lendRest();

            assertThat(rest.array()).isSameAs(reading.contents().bytes());
            byte[] lent = new byte[rest.remaining()];
            rest.get(lent);
            assertThat(lent).isEqualTo(Arrays.copyOfRange(content, 100, content.length));
            assertThat(in.read()).isEqualTo(-1);
            assertThat(((InMemoryInput) in).lendRest().remaining()).isZero();
        }
    }

    @Test
    void aFileReplacedWhileItIsReadIsReadAndSnapshottedAsItWasWhenReadingStarted() throws IOException {
        byte[] before = new byte[2 * 1024 * 1024];
        new Random(1).nextBytes(before);
        Path file = Files.write(dir.resolve("f"), before);
        Path replacement = Files.writeString(dir.resolve("g"), "someone else's vault");

        FileSnapshot.Reading reading = FileSnapshot.startReading(file);
        Files.move(replacement, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);

        assertThat(reading.stream().readAllBytes()).isEqualTo(before);
        assertThat(reading.contents().bytes()).isEqualTo(before);
        assertThat(reading.contents().snapshot().sha256()).isEqualTo(FileSnapshot.sha256Hex(before));
        assertThat(reading.contents().snapshot().sameContentAs(FileSnapshot.of(file)))
                .isFalse();
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

    @Test
    void theHashingWarmUpHashesWhatAFileOfItsSizeHashesTo() throws IOException {
        Path zeros = Files.write(dir.resolve("zeros"), new byte[FileSnapshot.HASHING_WARM_UP_BYTES]);

        assertThat(FileSnapshot.prepareHashing())
                .isEqualTo(FileSnapshot.of(zeros).sha256())
                // sha256sum of 2 MiB of zero bytes
                .isEqualTo("5647f05ec18958947d32874eeb788fa396a05d0bab7c1b71f112ceb7e9b31eee");
    }
}
