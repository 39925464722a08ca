package io.p1vault.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.databind.JsonNode;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A JSON object of the vault document that keeps fields it does not know, so a newer version's
 * additions survive a load and save by this version.
 */
public abstract class Extensible {
    private final Map<String, JsonNode> extra = new LinkedHashMap<>();

    @JsonAnyGetter
    public Map<String, JsonNode> extra() {
        return extra;
    }

    @JsonAnySetter
    public void putExtra(String field, JsonNode value) {
        extra.put(field, value);
    }
}
