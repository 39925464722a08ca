package io.p1vault.vault.merge;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.p1vault.crypto.age.Age;
import io.p1vault.crypto.age.AgeInputStream;
import io.p1vault.crypto.age.AgeOutputStream;
import io.p1vault.crypto.age.Envelope;
import io.p1vault.crypto.age.ScryptIdentity;
import io.p1vault.model.VaultJson;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/** Another program saving a vault while this one has it open (a sync tool, a second workstation). */
public final class OtherProgram {
    private OtherProgram() {}

    /** Writes a changed document the way another p1vault would: same passphrase, same header and file key. */
    public static void saves(Path vault, char[] passphrase, Consumer<ObjectNode> change) throws IOException {
        Envelope envelope;
        ObjectNode doc;
        try (InputStream file = Files.newInputStream(vault);
                AgeInputStream in = Age.decrypt(file, List.of(new ScryptIdentity(passphrase)))) {
            doc = (ObjectNode) VaultJson.mapper().readTree(in.readAllBytes());
            envelope = in.envelope();
        }
        change.accept(doc);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (AgeOutputStream age = envelope.encrypt(out, false)) {
            age.write(VaultJson.mapper().writeValueAsBytes(doc));
        }
        Files.write(vault, out.toByteArray());
    }
}
