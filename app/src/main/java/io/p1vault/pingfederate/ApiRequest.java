package io.p1vault.pingfederate;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.p1vault.model.Secret;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One call of the admin API: method, path below the API base, query and JSON body. A new
 * gateway credential travels beside the body as a {@link Secret} and is written into the JSON
 * only on the way out, so it never becomes a String; previews show it masked.
 */
public record ApiRequest(String method, String path, Map<String, String> query, ObjectNode body, Secret credential) {
    static final String MASK = "********";
    /** Fields PingFederate documents as secret or as an encrypted secret. */
    private static final List<String> MASKED_FIELDS = List.of("credential", "encryptedCredential");

    public ApiRequest {
        query = Collections.unmodifiableMap(new LinkedHashMap<>(query));
    }

    public static ApiRequest get(String path) {
        return new ApiRequest("GET", path, Map.of(), null, null);
    }

    public static ApiRequest get(String path, Map<String, String> query) {
        return new ApiRequest("GET", path, query, null, null);
    }

    public static ApiRequest delete(String path) {
        return new ApiRequest("DELETE", path, Map.of(), null, null);
    }

    public static ApiRequest write(String method, String path, ObjectNode body, Secret credential) {
        return new ApiRequest(method, path, Map.of(), body, credential);
    }

    /** The JSON bytes to send, the credential written from its characters; the caller wipes the array. */
    byte[] jsonBytes() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JsonGenerator gen = PingFederateJson.mapper().getFactory().createGenerator(bytes)) {
            gen.writeStartObject();
            for (Map.Entry<String, JsonNode> field : body.properties()) {
                if (credential != null && field.getKey().equals("credential")) {
                    continue;
                }
                gen.writeFieldName(field.getKey());
                PingFederateJson.mapper().writeTree(gen, field.getValue());
            }
            if (credential != null) {
                char[] value = credential.reveal();
                try {
                    gen.writeFieldName("credential");
                    gen.writeString(value, 0, value.length);
                } finally {
                    Arrays.fill(value, '\0');
                }
            }
            gen.writeEndObject();
        }
        return bytes.toByteArray();
    }

    /** The body as it would be sent, secret fields masked. */
    public ObjectNode maskedBody() {
        if (body == null) {
            return null;
        }
        ObjectNode masked = body.deepCopy();
        for (String field : MASKED_FIELDS) {
            if (masked.has(field)) {
                masked.put(field, MASK);
            }
        }
        if (credential != null) {
            masked.put("credential", MASK);
        }
        return masked;
    }

    /** The request line, headers and masked JSON, as a dry run prints it. */
    public List<String> preview(String basePath, String authScheme) {
        List<String> lines = new ArrayList<>();
        StringBuilder target = new StringBuilder(basePath).append(path);
        String sep = "?";
        for (var q : query.entrySet()) {
            target.append(sep).append(q.getKey()).append('=').append(q.getValue());
            sep = "&";
        }
        lines.add(method + " " + target);
        lines.add("Authorization: " + authScheme + " " + MASK);
        lines.add(PingFederateClient.XSRF_HEADER + ": " + PingFederateClient.XSRF_VALUE);
        lines.add("Accept: application/json");
        if (body != null) {
            lines.add("Content-Type: application/json");
            lines.add("");
            lines.addAll(PingFederateJson.pretty(maskedBody()).lines().toList());
        }
        return lines;
    }

    @Override
    public String toString() {
        return method + " " + path + (body == null ? "" : " " + maskedBody());
    }
}
