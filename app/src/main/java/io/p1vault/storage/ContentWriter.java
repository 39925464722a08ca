package io.p1vault.storage;

import java.io.IOException;
import java.io.OutputStream;

/**
 * Streams the complete new content of a file. The stream must not be closed by the writer's
 * caller: {@link AtomicFileWriter} still has to flush it to disk (closing it is harmless).
 */
@FunctionalInterface
public interface ContentWriter {
    void writeTo(OutputStream out) throws IOException;
}
