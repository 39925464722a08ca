package io.p1vault.pingfederate.standin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.p1vault.pingfederate.PingFederateJson;

import java.util.List;

/** One answer of the stand-in: status and JSON body (null for none), built the way PingFederate words them. */
record Answer(int status, JsonNode body) {
    static Answer ok(JsonNode body) {
        return new Answer(200, body);
    }

    static Answer error(int status, String resultId, String message) {
        return new Answer(status, json().put("resultId", resultId).put("message", message));
    }

    static Answer notFound() {
        return error(404, "resource_not_found", "The requested resource was not found.");
    }

    static Answer methodNotAllowed(String method) {
        return error(405, "method_not_allowed", "Method " + method + " is not allowed here.");
    }

    static Answer validation(int status, List<ObjectNode> fieldErrors) {
        ObjectNode body = json().put("resultId", "validation_error").put("message", "Validation error(s) occurred.");
        body.putArray("validationErrors").addAll(fieldErrors);
        return new Answer(status, body);
    }

    static ObjectNode fieldError(String fieldPath, String errorId, String message) {
        ObjectNode e = json().put("errorId", errorId).put("message", message);
        if (fieldPath != null && !fieldPath.isEmpty()) {
            e.put("fieldPath", fieldPath);
        }
        return e;
    }

    static ObjectNode json() {
        return PingFederateJson.mapper().createObjectNode();
    }
}
