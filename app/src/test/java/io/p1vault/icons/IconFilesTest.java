package io.p1vault.icons;

import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The icon containers we write are read back as the platforms read them, and the committed icon files are complete. */
class IconFilesTest {
    private static final Path ICONS = Path.of("..", "icons");

    @Test
    void icoDirectoryPointsAtEachPngAndWritesZeroFor256() throws IOException {
        TreeMap<Integer, byte[]> pngs = new TreeMap<>(Map.of(16, png(16), 256, png(256)));
        Map<Integer, BufferedImage> read = readIco(IconContainers.ico(pngs));
        assertThat(read).containsOnlyKeys(16, 256);
        read.forEach((size, image) -> assertThat(image.getWidth()).isEqualTo(size));
    }

    @Test
    void icoRefusesSizesWindowsCannotHold() {
        assertThatThrownBy(() -> IconContainers.ico(new TreeMap<>(Map.of(512, new byte[1]))))
                .hasMessageContaining("1 to 256 pixels, not 512");
    }

    @Test
    void icnsElementsCarryTheirTypeAndLengthAndTheFileItsTotal() throws IOException {
        Map<String, byte[]> pngs = new LinkedHashMap<>();
        pngs.put("icp4", png(16));
        pngs.put("ic08", png(256));
        Map<String, BufferedImage> read = readIcns(IconContainers.icns(pngs));
        assertThat(read.keySet()).containsExactly("icp4", "ic08");
        assertThat(read.get("ic08").getWidth()).isEqualTo(256);
    }

    @Test
    void committedPngsHaveEverySizeFromTheirDrawings() throws IOException {
        for (int size : AppIconGenerator.PNG_SIZES) {
            BufferedImage image =
                    ImageIO.read(ICONS.resolve("png/p1vault-" + size + ".png").toFile());
            assertThat(image.getWidth()).as("p1vault-%d.png", size).isEqualTo(size);
            assertThat(image.getHeight()).as("p1vault-%d.png", size).isEqualTo(size);
            assertThat(image.getRGB(size / 2, size / 2) >>> 24)
                    .as("opaque centre of %d px", size)
                    .isEqualTo(255);
        }
    }

    @Test
    void committedIcoAndIcnsHoldEveryPlatformSize() throws IOException {
        Map<Integer, BufferedImage> ico = readIco(Files.readAllBytes(ICONS.resolve("p1vault.ico")));
        assertThat(ico.keySet()).containsExactlyElementsOf(AppIconGenerator.ICO_SIZES);
        ico.forEach((size, image) -> assertThat(image.getWidth()).isEqualTo(size));

        Map<String, BufferedImage> icns = readIcns(Files.readAllBytes(ICONS.resolve("p1vault.icns")));
        assertThat(icns.keySet()).containsExactlyElementsOf(AppIconGenerator.ICNS_TYPES.keySet());
        icns.forEach((type, image) ->
                assertThat(image.getWidth()).as(type).isEqualTo(AppIconGenerator.ICNS_TYPES.get(type)));
    }

    @Test
    void theWindowIconDrawingsShipInTheApplication() {
        for (String svg : List.of(AppIconGenerator.MASTER, AppIconGenerator.SMALL)) {
            assertThat(getClass().getResource("/io/p1vault/ui/icons/" + svg))
                    .as(svg)
                    .isNotNull();
        }
    }

    private static byte[] png(int size) throws IOException {
        return Files.readAllBytes(ICONS.resolve("png/p1vault-" + size + ".png"));
    }

    /** Reads an .ico as Windows does: header, directory of 16-byte entries, each pointing at its image. */
    private static Map<Integer, BufferedImage> readIco(byte[] file) throws IOException {
        ByteBuffer in = ByteBuffer.wrap(file).order(ByteOrder.LITTLE_ENDIAN);
        assertThat(in.getShort()).isZero();
        assertThat(in.getShort()).as("type icon").isEqualTo((short) 1);
        int count = in.getShort();
        Map<Integer, BufferedImage> images = new LinkedHashMap<>();
        for (int i = 0; i < count; i++) {
            int entry = 6 + 16 * i;
            int width = Byte.toUnsignedInt(file[entry]);
            int length = in.getInt(entry + 8);
            int offset = in.getInt(entry + 12);
            BufferedImage image =
                    ImageIO.read(new ByteArrayInputStream(Arrays.copyOfRange(file, offset, offset + length)));
            assertThat(image).as("PNG of entry %d", i).isNotNull();
            images.put(width == 0 ? 256 : width, image);
        }
        return images;
    }

    /** Reads an .icns as macOS does: magic and total length, then type, length and data per element. */
    private static Map<String, BufferedImage> readIcns(byte[] file) throws IOException {
        ByteBuffer in = ByteBuffer.wrap(file);
        assertThat(new String(file, 0, 4, StandardCharsets.US_ASCII)).isEqualTo("icns");
        assertThat(in.getInt(4)).as("total length").isEqualTo(file.length);
        Map<String, BufferedImage> images = new LinkedHashMap<>();
        for (int at = 8; at < file.length; ) {
            String type = new String(file, at, 4, StandardCharsets.US_ASCII);
            int length = in.getInt(at + 4);
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(Arrays.copyOfRange(file, at + 8, at + length)));
            assertThat(image).as("PNG of %s", type).isNotNull();
            images.put(type, image);
            at += length;
        }
        return images;
    }
}
