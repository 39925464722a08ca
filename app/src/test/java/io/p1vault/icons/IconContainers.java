package io.p1vault.icons;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.SortedMap;

/**
 * Writes the two icon containers the installers need, both plain lists of PNG images: a Windows
 * {@code .ico} (PNG-compressed entries, read by Windows Vista and later) and a macOS {@code .icns}.
 */
final class IconContainers {
    private static final int ICO_HEADER = 6;
    private static final int ICO_ENTRY = 16;
    private static final int ICNS_HEADER = 8;

    private IconContainers() {}

    /** An {@code .ico} of one PNG per square size (1 to 256 pixels), smallest first. */
    static byte[] ico(SortedMap<Integer, byte[]> pngBySize) {
        int offset = ICO_HEADER + ICO_ENTRY * pngBySize.size();
        int total =
                offset + pngBySize.values().stream().mapToInt(png -> png.length).sum();
        ByteBuffer out = ByteBuffer.allocate(total).order(ByteOrder.LITTLE_ENDIAN);
        out.putShort((short) 0).putShort((short) 1).putShort((short) pngBySize.size());
        for (Map.Entry<Integer, byte[]> e : pngBySize.entrySet()) {
            int size = e.getKey();
            if (size < 1 || size > 256) {
                throw new IllegalArgumentException("an .ico entry is 1 to 256 pixels, not " + size);
            }
            byte side = (byte) (size == 256 ? 0 : size); // 0 stands for 256
            out.put(side).put(side).put((byte) 0).put((byte) 0);
            out.putShort((short) 1).putShort((short) 32);
            out.putInt(e.getValue().length).putInt(offset);
            offset += e.getValue().length;
        }
        pngBySize.values().forEach(out::put);
        return out.array();
    }

    /** An {@code .icns} of PNG images keyed by their four-letter element type, e.g. {@code ic08} for 256 px. */
    static byte[] icns(Map<String, byte[]> pngByType) {
        ByteArrayOutputStream elements = new ByteArrayOutputStream();
        for (Map.Entry<String, byte[]> e : pngByType.entrySet()) {
            byte[] type = e.getKey().getBytes(StandardCharsets.US_ASCII);
            if (type.length != 4) {
                throw new IllegalArgumentException("an .icns element type has four letters, not '" + e.getKey() + "'");
            }
            elements.writeBytes(type);
            elements.writeBytes(bigEndian(ICNS_HEADER + e.getValue().length));
            elements.writeBytes(e.getValue());
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes("icns".getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(bigEndian(ICNS_HEADER + elements.size()));
        out.writeBytes(elements.toByteArray());
        return out.toByteArray();
    }

    private static byte[] bigEndian(int value) {
        return ByteBuffer.allocate(4).putInt(value).array();
    }
}
