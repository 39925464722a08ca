package io.p1vault.vault;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import io.p1vault.model.rules.DocumentLimits;
import io.p1vault.model.rules.VisibleText;

import java.io.IOException;
import java.util.Locale;

/**
 * Says in one line why a document could not be read, naming where (entry and field) and never
 * quoting a value: Jackson's own messages may repeat the text they choked on, a secret included.
 */
final class DocumentProblems {
    private static final int ECHOED_KEY = 40;

    private DocumentProblems() {}

    static String describe(IOException e) {
        // Databind wraps what the parser refused (a limit, a duplicate key) as the cause of its own exception.
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof StreamConstraintsException) {
                return limit(String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT));
            }
            if (t instanceof JsonParseException p
                    && String.valueOf(p.getOriginalMessage()).startsWith("Duplicate field")
                    && p.getProcessor() != null
                    && p.getProcessor().getParsingContext() != null) {
                JsonStreamContext context = p.getProcessor().getParsingContext();
                return "the key \"" + VisibleText.shortened(context.getCurrentName(), ECHOED_KEY)
                        + "\" appears twice in " + where(context.getParent());
            }
        }
        if (e instanceof JsonMappingException m) {
            String path = path(m);
            return wrongForm(path.isEmpty() ? "the top level" : path);
        }
        if (e instanceof JsonProcessingException p) {
            return "it is not valid JSON"
                    + (p.getLocation() == null
                            ? ""
                            : " (line " + p.getLocation().getLineNr() + ", column "
                                    + p.getLocation().getColumnNr() + ")");
        }
        return "it cannot be read";
    }

    /**
     * What the JSON reader itself refused (a limit, a duplicate key, broken text) when databind
     * carries it as the cause of its own exception, or {@code null} when a value did not fit its
     * field. The reader's exception still knows where in the document it stopped.
     */
    static IOException refusedByTheReader(Exception e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof StreamConstraintsException || t instanceof JsonParseException) {
                return (IOException) t;
            }
        }
        return null;
    }

    private static String limit(String message) {
        if (message.contains("nesting depth")) {
            return "it nests objects and lists deeper than " + DocumentLimits.MAX_DEPTH + " levels";
        }
        if (message.contains("document length")) {
            return "it is larger than " + DocumentLimits.MAX_DOCUMENT_BYTES / (1024 * 1024) + " MiB";
        }
        if (message.contains("name length")) {
            return "it has a key longer than " + DocumentLimits.MAX_KEY + " characters";
        }
        if (message.contains("number value length")) {
            return "it has a number longer than " + DocumentLimits.MAX_NUMBER + " digits";
        }
        return "it has a value longer than " + DocumentLimits.MAX_STRING + " characters";
    }

    static String wrongForm(String where) {
        return "the value at " + where + " has the wrong form";
    }

    /** "entries[3].claims.aud[0]" (empty at the top level), from the reader's path; key names made visible and short. */
    static String path(JsonMappingException e) {
        StringBuilder out = new StringBuilder();
        for (JsonMappingException.Reference r : e.getPath()) {
            if (r.getFieldName() != null) {
                out.append(out.length() == 0 ? "" : ".").append(VisibleText.shortened(r.getFieldName(), ECHOED_KEY));
            } else if (r.getIndex() >= 0) {
                out.append('[').append(r.getIndex()).append(']');
            }
        }
        return out.toString();
    }

    private static String where(JsonStreamContext context) {
        StringBuilder out = new StringBuilder();
        for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            String step = c.inArray()
                    ? "[" + c.getCurrentIndex() + "]"
                    : "." + VisibleText.shortened(c.getCurrentName(), ECHOED_KEY);
            out.insert(0, step);
        }
        String path = out.toString().replaceFirst("^\\.", "");
        return path.isEmpty() ? "the top level" : path;
    }
}
