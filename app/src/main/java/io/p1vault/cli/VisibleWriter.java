package io.p1vault.cli;

import io.p1vault.model.rules.VisibleText;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;

/**
 * Everything the command line prints passes through here: a control character that some value
 * from outside (an export, a vault, PingFederate's answer) still holds reaches the terminal as
 * visible {@code \\uXXXX}, never as an escape sequence. Line breaks and tabs p1vault writes itself
 * pass; a carriage return only as part of a line break, so no value can overwrite a line.
 * Formatters escape line breaks inside values themselves ({@link VisibleText}); this is the net
 * under every command. Inside a JSON string the escape is JSON's own, so {@code --json} stays valid.
 */
final class VisibleWriter extends FilterWriter {
    private VisibleWriter(Writer out) {
        super(out);
    }

    static Writer of(Writer out) {
        return new VisibleWriter(out);
    }

    @Override
    public void write(int c) throws IOException {
        char ch = (char) c;
        if (passes(ch, false)) {
            out.write(ch);
        } else {
            out.write(escape(ch));
        }
    }

    @Override
    public void write(char[] buf, int off, int len) throws IOException {
        int start = off;
        int end = off + len;
        for (int i = off; i < end; i++) {
            char ch = buf[i];
            if (!passes(ch, i + 1 < end && buf[i + 1] == '\n')) {
                out.write(buf, start, i - start);
                out.write(escape(ch));
                start = i + 1;
            }
        }
        out.write(buf, start, end - start);
    }

    @Override
    public void write(String str, int off, int len) throws IOException {
        write(str.toCharArray(), off, len);
    }

    private static boolean passes(char ch, boolean lineFeedFollows) {
        return ch == '\n' || ch == '\t' || ch == '\r' && lineFeedFollows || !VisibleText.isInvisible(ch);
    }

    private static String escape(char ch) {
        StringBuilder s = new StringBuilder(6);
        VisibleText.appendEscape(s, ch);
        return s.toString();
    }
}
