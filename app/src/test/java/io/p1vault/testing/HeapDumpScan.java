package io.p1vault.testing;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Finds texts in the {@code char[]} and {@code byte[]} arrays of a HotSpot heap dump (HPROF) and
 * names what holds each array that contains one, e.g. {@code char[4000] in
 * com.fasterxml.jackson.core.util.TextBuffer._currentSegment}: a finding says where to look.
 *
 * <p>A {@code byte[]} is searched for a text's UTF-8 bytes (which is also how a {@code String} of
 * Latin-1 characters keeps it), a {@code char[]} for its UTF-16 (the dump writes Java's big-endian
 * order).
 */
public final class HeapDumpScan {
    private static final int TAG_STRING = 0x01;
    private static final int TAG_LOAD_CLASS = 0x02;
    private static final int TAG_HEAP_DUMP = 0x0C;
    private static final int TAG_HEAP_DUMP_SEGMENT = 0x1C;

    private static final int TYPE_OBJECT = 2;
    private static final int TYPE_CHAR = 5;
    private static final int TYPE_BYTE = 8;

    /**
     * One array that holds the text, and the chain of what refers to it, nearest first (empty when
     * nothing does).
     */
    public record Finding(String array, List<String> heldBy) {
        @Override
        public String toString() {
            return heldBy.isEmpty() ? array + " (unreferenced)" : array + " in " + String.join(" in ", heldBy);
        }
    }

    /** How far up the chain of holders a finding is followed. */
    private static final int MAX_CHAIN = 5;

    private final Path dump;
    private final List<byte[]> utf8 = new ArrayList<>();
    private final List<byte[]> utf16 = new ArrayList<>();
    private int idSize;
    private final Map<Long, String> strings = new HashMap<>();
    private final Map<Long, Long> classNames = new HashMap<>();
    private final Map<Long, ClassLayout> classes = new HashMap<>();
    /** Arrays that hold the text, by object id, in the order found. */
    private final Map<Long, String> hits = new LinkedHashMap<>();

    /** For an object that refers to a wanted one: the first holder found, and the field it is held in. */
    private final Map<Long, Link> parents = new HashMap<>();
    /** The objects whose holders the current pass looks for. */
    private Set<Long> wanted = Set.of();

    private final Set<Long> foundNow = new HashSet<>();

    private record Link(long holderId, String label, boolean end) {}

    private record ClassLayout(long superId, long[] fieldNames, byte[] fieldTypes) {}

    private HeapDumpScan(Path dump, List<String> texts) {
        this.dump = dump;
        for (String text : texts) {
            utf8.add(text.getBytes(StandardCharsets.UTF_8));
            utf16.add(text.getBytes(StandardCharsets.UTF_16BE));
        }
    }

    /** Every array in {@code dump} that holds one of {@code texts}. */
    public static List<Finding> find(Path dump, List<String> texts) throws IOException {
        HeapDumpScan scan = new HeapDumpScan(dump, texts);
        scan.pass(false);
        scan.wanted = new HashSet<>(scan.hits.keySet());
        for (int depth = 0; depth < MAX_CHAIN && !scan.wanted.isEmpty(); depth++) {
            scan.foundNow.clear();
            scan.pass(true);
            scan.wanted = new HashSet<>(scan.foundNow);
        }
        List<Finding> findings = new ArrayList<>();
        scan.hits.forEach((id, array) -> findings.add(new Finding(array, scan.chain(id))));
        return findings;
    }

    private List<String> chain(long id) {
        List<String> chain = new ArrayList<>();
        for (Link link = parents.get(id);
                link != null && chain.size() < MAX_CHAIN;
                link = parents.get(link.holderId())) {
            chain.add(link.label());
            if (link.end()) {
                break;
            }
        }
        return chain;
    }

    /** The first pass finds the arrays and learns the classes; the second finds what holds those arrays. */
    private void pass(boolean holdersPass) throws IOException {
        try (InputStream file = Files.newInputStream(dump);
                DataInputStream in = new DataInputStream(new BufferedInputStream(file, 1 << 16))) {
            readHeader(in);
            while (true) {
                int tag = in.read();
                if (tag < 0) {
                    return;
                }
                in.readInt();
                long length = Integer.toUnsignedLong(in.readInt());
                if (tag == TAG_HEAP_DUMP || tag == TAG_HEAP_DUMP_SEGMENT) {
                    readHeapDump(in, length, holdersPass);
                } else if (tag == TAG_STRING && !holdersPass) {
                    long id = readId(in);
                    strings.put(id, new String(in.readNBytes((int) (length - idSize)), StandardCharsets.UTF_8));
                } else if (tag == TAG_LOAD_CLASS && !holdersPass) {
                    in.readInt();
                    long classId = readId(in);
                    in.readInt();
                    classNames.put(classId, readId(in));
                } else {
                    in.skipNBytes(length);
                }
            }
        }
    }

    private void readHeader(DataInputStream in) throws IOException {
        while (in.readByte() != 0) {
            // the format's name, e.g. "JAVA PROFILE 1.0.2", ends with a zero byte
        }
        idSize = in.readInt();
        in.readLong();
    }

    private void readHeapDump(DataInputStream in, long length, boolean holdersPass) throws IOException {
        long read = 0;
        CountingInput counted = new CountingInput(in);
        while (read < length) {
            int subTag = in.readUnsignedByte();
            counted.count = 1;
            readSubRecord(subTag, counted, holdersPass);
            read += counted.count;
        }
    }

    /** Reads one sub-record of a heap dump; sizes as in the HPROF format of HotSpot. */
    private void readSubRecord(int subTag, CountingInput in, boolean holdersPass) throws IOException {
        switch (subTag) {
            case 0xFF, 0x05, 0x07 -> in.skip(idSize); // unknown, sticky class, monitor-used roots
            case 0x01 -> in.skip(2L * idSize); // JNI global
            case 0x02, 0x03, 0x08 -> in.skip(idSize + 8L); // JNI local, Java frame, thread object
            case 0x04, 0x06 -> in.skip(idSize + 4L); // native stack, thread block
            case 0x20 -> readClassDump(in, holdersPass);
            case 0x21 -> readInstance(in, holdersPass);
            case 0x22 -> readObjectArray(in, holdersPass);
            case 0x23 -> readPrimitiveArray(in, holdersPass);
            default -> throw new IOException("unknown heap dump record 0x" + Integer.toHexString(subTag));
        }
    }

    private void readClassDump(CountingInput in, boolean holdersPass) throws IOException {
        long classId = in.id();
        in.skip(4);
        long superId = in.id();
        in.skip(5L * idSize + 4);
        int constants = in.u2();
        for (int i = 0; i < constants; i++) {
            in.skip(2);
            in.skip(valueSize(in.u1()));
        }
        int statics = in.u2();
        for (int i = 0; i < statics; i++) {
            long name = in.id();
            int type = in.u1();
            if (holdersPass && type == TYPE_OBJECT) {
                noteHolder(in.id(), classId, () -> className(classId) + "." + strings.get(name) + " (static)", true);
            } else {
                in.skip(valueSize(type));
            }
        }
        int fields = in.u2();
        long[] names = new long[fields];
        byte[] types = new byte[fields];
        for (int i = 0; i < fields; i++) {
            names[i] = in.id();
            types[i] = (byte) in.u1();
        }
        if (!holdersPass) {
            classes.put(classId, new ClassLayout(superId, names, types));
        }
    }

    private void readInstance(CountingInput in, boolean holdersPass) throws IOException {
        long id = in.id();
        in.skip(4);
        long classId = in.id();
        int length = in.u4();
        if (!holdersPass) {
            in.skip(length);
            return;
        }
        // Field values come class first, then each superclass, each in its declared order.
        int left = length;
        for (ClassLayout layout = classes.get(classId); layout != null; layout = classes.get(layout.superId())) {
            for (int i = 0; i < layout.fieldTypes().length; i++) {
                int type = layout.fieldTypes()[i];
                if (type == TYPE_OBJECT) {
                    long name = layout.fieldNames()[i];
                    noteHolder(in.id(), id, () -> className(classId) + "." + strings.get(name), false);
                } else {
                    in.skip(valueSize(type));
                }
                left -= valueSize(type);
            }
        }
        in.skip(left);
    }

    private void readObjectArray(CountingInput in, boolean holdersPass) throws IOException {
        long id = in.id();
        in.skip(4);
        int count = in.u4();
        long classId = in.id();
        if (!holdersPass) {
            in.skip((long) count * idSize);
            return;
        }
        for (int i = 0; i < count; i++) {
            int index = i;
            noteHolder(in.id(), id, () -> "element " + index + " of " + className(classId), false);
        }
    }

    private void readPrimitiveArray(CountingInput in, boolean holdersPass) throws IOException {
        long id = in.id();
        in.skip(4);
        int count = in.u4();
        int type = in.u1();
        long bytes = (long) count * valueSize(type);
        if (holdersPass || (type != TYPE_CHAR && type != TYPE_BYTE)) {
            in.skip(bytes);
            return;
        }
        byte[] content = in.bytes((int) bytes);
        if (type == TYPE_CHAR ? containsAny(content, utf16, 2) : containsAny(content, utf8, 1)) {
            hits.put(id, (type == TYPE_CHAR ? "char[" : "byte[") + count + "]");
        }
    }

    private void noteHolder(long referenced, long holderId, Supplier<String> label, boolean end) {
        if (wanted.contains(referenced) && !parents.containsKey(referenced)) {
            parents.put(referenced, new Link(holderId, label.get(), end));
            if (!end) {
                foundNow.add(holderId);
            }
        }
    }

    private String className(long classId) {
        Long name = classNames.get(classId);
        String text = name == null ? null : strings.get(name);
        if (text == null) {
            return "class@" + Long.toHexString(classId);
        }
        String dotted = text.replace('/', '.');
        return dotted.startsWith("[L") && dotted.endsWith(";")
                ? dotted.substring(2, dotted.length() - 1) + "[]"
                : dotted;
    }

    private static boolean containsAny(byte[] haystack, List<byte[]> needles, int step) {
        for (byte[] needle : needles) {
            if (contains(haystack, needle, step)) {
                return true;
            }
        }
        return false;
    }

    private static boolean contains(byte[] haystack, byte[] needle, int step) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i += step) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    private int valueSize(int type) throws IOException {
        return switch (type) {
            case TYPE_OBJECT -> idSize;
            case 4, TYPE_BYTE -> 1; // boolean, byte
            case TYPE_CHAR, 9 -> 2; // char, short
            case 6, 10 -> 4; // float, int
            case 7, 11 -> 8; // double, long
            default -> throw new IOException("unknown value type " + type + " in the heap dump");
        };
    }

    private long readId(DataInputStream in) throws IOException {
        return idSize == 4 ? Integer.toUnsignedLong(in.readInt()) : in.readLong();
    }

    /** The dump's reader inside a heap dump record, counting what each sub-record takes. */
    private final class CountingInput {
        private final DataInputStream in;
        private long count;

        CountingInput(DataInputStream in) {
            this.in = in;
        }

        long id() throws IOException {
            count += idSize;
            return readId(in);
        }

        int u1() throws IOException {
            count += 1;
            return in.readUnsignedByte();
        }

        int u2() throws IOException {
            count += 2;
            return in.readUnsignedShort();
        }

        int u4() throws IOException {
            count += 4;
            return in.readInt();
        }

        byte[] bytes(int n) throws IOException {
            count += n;
            byte[] b = in.readNBytes(n);
            if (b.length != n) {
                throw new EOFException("the heap dump ends inside an array");
            }
            return b;
        }

        void skip(long n) throws IOException {
            count += n;
            in.skipNBytes(n);
        }
    }
}
