package io.p1vault.integrations;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/** The JSON and YAML writers of the generated documents: Jackson, never string concatenation. */
final class Formats {
    private static final ObjectMapper JSON =
            JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
    private static final YAMLMapper YAML = YAMLMapper.builder(YAMLFactory.builder()
                    // Quotes only what YAML would otherwise read as another type ("true", numbers).
                    .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
                    .disable(YAMLGenerator.Feature.SPLIT_LINES)
                    .build())
            .build();

    private Formats() {}

    static ObjectNode object() {
        return JsonNodeFactory.instance.objectNode();
    }

    /** Pretty-printed JSON ending with a line break. */
    static char[] json(ObjectNode root) {
        WipingCharWriter out = new WipingCharWriter();
        try {
            JSON.writeValue(out, root);
            out.write('\n');
            return out.takeAndWipe();
        } catch (IOException e) {
            out.takeAndWipe();
            throw new UncheckedIOException("cannot write a JSON document in memory", e);
        }
    }

    /** YAML documents, each starting with {@code ---}. */
    static char[] yaml(List<ObjectNode> documents) {
        WipingCharWriter out = new WipingCharWriter();
        try (var writer = YAML.writer().writeValues(out)) {
            for (ObjectNode document : documents) {
                writer.write(document);
            }
        } catch (IOException e) {
            out.takeAndWipe();
            throw new UncheckedIOException("cannot write a YAML document in memory", e);
        }
        return out.takeAndWipe();
    }
}
