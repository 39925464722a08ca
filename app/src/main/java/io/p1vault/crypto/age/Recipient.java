package io.p1vault.crypto.age;

import java.util.List;

/** Someone a file is encrypted to: wraps the file key into header stanzas. */
public interface Recipient {
    List<Stanza> wrap(FileKey fileKey);

    /** True for recipients whose stanza must be the only one in a header (scrypt). */
    default boolean mustBeAlone() {
        return false;
    }
}
