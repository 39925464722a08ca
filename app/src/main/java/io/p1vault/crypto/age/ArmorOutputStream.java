package io.p1vault.crypto.age;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Writes armored age: 64-column padded base64 between BEGIN and END lines. */
final class ArmorOutputStream extends OutputStream {
    private final OutputStream out;
    private final byte[] line = new byte[Armor.BYTES_PER_LINE];
    private int buffered;
    private boolean finished;

    ArmorOutputStream(OutputStream out) throws IOException {
        this.out = out;
        out.write((Armor.BEGIN + "\n").getBytes(StandardCharsets.US_ASCII));
    }

    @Override
    public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        while (len > 0) {
            int n = Math.min(len, line.length - buffered);
            System.arraycopy(b, off, line, buffered, n);
            buffered += n;
            off += n;
            len -= n;
            if (buffered == line.length) {
                writeLine();
            }
        }
    }

    private void writeLine() throws IOException {
        byte[] encoded = Base64.getEncoder().encode(java.util.Arrays.copyOf(line, buffered));
        out.write(encoded);
        out.write('\n');
        buffered = 0;
    }

    void finish() throws IOException {
        if (finished) {
            return;
        }
        finished = true;
        if (buffered > 0) {
            writeLine();
        }
        out.write((Armor.END + "\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    @Override
    public void flush() throws IOException {
        out.flush();
    }

    @Override
    public void close() throws IOException {
        try {
            finish();
        } finally {
            out.close();
        }
    }
}
