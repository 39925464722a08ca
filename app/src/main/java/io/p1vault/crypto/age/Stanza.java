package io.p1vault.crypto.age;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** One recipient stanza of an age header: a type, its arguments and a (wrapped) body. */
public record Stanza(String type, List<String> args, byte[] body) {
    static final int COLUMNS = 64;

    public Stanza {
        args = List.copyOf(args);
        body = body.clone();
        if (!isValidArgument(type) || !args.stream().allMatch(Stanza::isValidArgument)) {
            throw new IllegalArgumentException("stanza type and arguments must be non-empty printable ASCII");
        }
    }

    @Override
    public byte[] body() {
        return body.clone();
    }

    int bodyLength() {
        return body.length;
    }

    static boolean isValidArgument(String s) {
        if (s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 33 || c > 126) {
                return false;
            }
        }
        return true;
    }

    void encodeTo(ByteArrayOutputStream out) {
        StringBuilder line = new StringBuilder("-> ").append(type);
        for (String arg : args) {
            line.append(' ').append(arg);
        }
        line.append('\n');
        String b64 = CanonicalBase64.encode(body);
        for (int i = 0; i <= b64.length(); i += COLUMNS) {
            // The body always ends with a line shorter than 64 columns, possibly empty.
            line.append(b64, i, Math.min(b64.length(), i + COLUMNS)).append('\n');
        }
        out.writeBytes(line.toString().getBytes(StandardCharsets.US_ASCII));
    }

    @Override
    public String toString() {
        return "Stanza[" + type + " " + String.join(" ", args) + ", body " + body.length + " bytes]";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Stanza s
                && s.type.equals(type)
                && s.args.equals(args)
                && java.util.Arrays.equals(s.body, body);
    }

    @Override
    public int hashCode() {
        return type.hashCode() * 31 + args.hashCode();
    }
}
