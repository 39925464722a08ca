package io.p1vault.pingfederate.standin;

import java.util.Map;

/** A request as the stand-in received it (test hook); the Authorization header is not kept. */
public record RecordedRequest(String method, String path, Map<String, String> headers, String body) {
    @Override
    public String toString() {
        return "RecordedRequest[" + method + " " + path + "]";
    }
}
