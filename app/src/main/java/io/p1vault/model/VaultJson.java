package io.p1vault.model;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.p1vault.model.rules.DocumentLimits;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Instant;
import java.util.StringJoiner;
import java.util.UUID;

/**
 * The one JSON mapping of the vault document, shared by the vault file and exports. Reading is
 * strict: a key given twice in one object is refused (two readers could otherwise take different
 * values from the same file), and the {@link DocumentLimits} bound size, depth and lengths. The
 * buffers of each reading and writing are zeroed as they are given back ({@link WipingRecyclerPool}).
 */
public final class VaultJson {
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxDocumentLength(DocumentLimits.MAX_DOCUMENT_BYTES)
                    .maxNestingDepth(DocumentLimits.MAX_DEPTH)
                    .maxStringLength(DocumentLimits.MAX_STRING)
                    .maxNameLength(DocumentLimits.MAX_KEY)
                    .maxNumberLength(DocumentLimits.MAX_NUMBER)
                    .build())
            .recyclerPool(new WipingRecyclerPool())
            .build();
    private static final ObjectMapper MAPPER = JsonMapper.builder(FACTORY)
            .addModule(new JavaTimeModule())
            .addModule(new SimpleModule("strict-uuid").addDeserializer(UUID.class, new StrictUuidDeserializer()))
            .addModule(new SimpleModule("written-instants").addDeserializer(Instant.class, new InstantReader()))
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    /** The same mapping, but a tree made with it holds a copy of each secret, not a string. */
    private static final ObjectMapper TREES = MAPPER.copy().addMixIn(Secret.class, Secret.HeldInTree.class);

    private VaultJson() {}

    /**
     * {@code value} (a document, an entry) as a JSON tree in which each secret is a copy of the
     * {@link Secret}, never a {@code String}: the caller wipes the copies (those made in a {@link
     * SecretsMade} scope). Such trees compare secrets by value and are read back (with {@link
     * #mapper()}) into new copies. For a merge, which works on trees.
     */
    public static <T extends JsonNode> T tree(Object value) {
        return TREES.valueToTree(value);
    }

    /**
     * Reads a small document with one entry of every kind, so that Jackson has loaded its classes
     * and built the document's deserializers (a few tenths of a second in a fresh process) before
     * a vault is opened. The desktop application calls it in the background while the passphrase
     * is being typed.
     */
    public static void prepare() {
        warmUpDocument();
    }

    /** The warm-up document as read: one entry of every kind, each of its own class. */
    static VaultDocument warmUpDocument() {
        StringJoiner json = new StringJoiner(
                ",",
                "{\"format\":\"p1vault\",\"version\":1," + "\"createdAt\":\"2025-01-01T00:00:00Z\",\"entries\":[",
                "],\"history\":[{\"at\":\"2025-01-01T00:00:00Z\",\"action\":\"add\"}]}");
        for (EntryKind kind : EntryKind.values()) {
            json.add("{\"kind\":\"" + kind.id() + "\",\"name\":\"warm-up\",\"createdAt\":\"2025-01-01T00:00:00Z\"}");
        }
        try {
            return MAPPER.readValue(json.toString(), VaultDocument.class);
        } catch (IOException e) {
            throw new IllegalStateException("the vault document mapping does not read its own warm-up document", e);
        }
    }

    public static ObjectMapper mapper() {
        return MAPPER;
    }

    public static VaultDocument read(InputStream in) throws IOException {
        return MAPPER.readValue(in, VaultDocument.class);
    }

    public static void write(VaultDocument doc, OutputStream out) throws IOException {
        MAPPER.writerWithDefaultPrettyPrinter()
                .without(com.fasterxml.jackson.core.JsonGenerator.Feature.AUTO_CLOSE_TARGET)
                .writeValue(out, doc);
    }
}
