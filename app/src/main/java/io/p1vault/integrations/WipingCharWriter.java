package io.p1vault.integrations;

import java.io.CharArrayWriter;
import java.util.Arrays;

/** Collects a document's characters and can clear every buffer it used, secrets included. */
final class WipingCharWriter extends CharArrayWriter {
    /** The text written so far, as a new array; this writer's own buffer is then wiped. */
    char[] takeAndWipe() {
        char[] text = toCharArray();
        Arrays.fill(buf, '\0');
        reset();
        return text;
    }
}
