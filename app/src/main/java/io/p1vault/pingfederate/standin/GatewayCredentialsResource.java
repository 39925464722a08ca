package io.p1vault.pingfederate.standin;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.p1vault.model.GatewayCredentials;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.p1vault.pingfederate.standin.Answer.json;

/**
 * PingOne's {@code /environments/{envId}/gateways/{gatewayId}/credentials}: list, create (the
 * token only in that answer) and delete, at most {@value #MAX_PER_GATEWAY} per gateway. Minted
 * credentials are JWTs with PingOne's claims, which the PingFederate stand-in accepts; their
 * signature is random (nothing offline can check one anyway).
 */
final class GatewayCredentialsResource {
    static final int MAX_PER_GATEWAY = 5;

    /** One credential PingOne remembers; never its token. */
    static final class Stored {
        final String id;
        final Instant createdAt;
        volatile Instant lastUsedAt;

        Stored(String id, Instant createdAt) {
            this.id = id;
            this.createdAt = createdAt;
        }

        ObjectNode toJson() {
            ObjectNode json = json().put("id", id).put("createdAt", createdAt.toString());
            if (lastUsedAt != null) {
                json.put("lastUsedAt", lastUsedAt.toString());
            }
            return json;
        }
    }

    /** The environment and gateway the stand-in makes up, as the claims of every credential name them. */
    record Gateway(
            String environmentId, String organizationId, String gatewayId, String gatewayName, String audience) {}

    private final Gateway gateway;
    /** Guarded by itself. */
    private final Map<String, Stored> credentials = new LinkedHashMap<>();

    GatewayCredentialsResource(Gateway gateway) {
        this.gateway = gateway;
    }

    /** {@code segments} below {@code /v1/environments/{envId}/gateways}. */
    Answer handle(String method, List<String> segments) {
        if (segments.size() < 2
                || !segments.get(0).equals(gateway.gatewayId())
                || !segments.get(1).equals("credentials")
                || segments.size() > 3) {
            return PingOneApi.error(404, "NOT_FOUND", "The requested resource was not found.");
        }
        if (segments.size() == 3) {
            return method.equals("DELETE")
                    ? delete(segments.get(2))
                    : PingOneApi.error(405, "METHOD_NOT_ALLOWED", "Use DELETE.");
        }
        return switch (method) {
            case "GET" -> Answer.ok(list());
            case "POST" -> create();
            default -> PingOneApi.error(405, "METHOD_NOT_ALLOWED", "Use GET or POST.");
        };
    }

    /** Creates a credential: its JSON with the token, or the refusal at the limit. */
    Answer create() {
        synchronized (credentials) {
            if (credentials.size() >= MAX_PER_GATEWAY) {
                return PingOneApi.error(
                        400,
                        "INVALID_DATA",
                        "The gateway already has " + MAX_PER_GATEWAY + " credentials; delete one first.");
            }
            Stored stored =
                    new Stored(UUID.randomUUID().toString(), Instant.now().truncatedTo(ChronoUnit.MILLIS));
            credentials.put(stored.id, stored);
            return new Answer(201, stored.toJson().put("token", jwt(stored)));
        }
    }

    /** PingFederate used {@code jti}: false when no such credential exists (any more). */
    boolean used(String jti) {
        synchronized (credentials) {
            Stored stored = credentials.get(jti);
            if (stored == null) {
                return false;
            }
            stored.lastUsedAt = Instant.now().truncatedTo(ChronoUnit.MILLIS);
            return true;
        }
    }

    List<String> ids() {
        synchronized (credentials) {
            return List.copyOf(credentials.keySet());
        }
    }

    private ObjectNode list() {
        ObjectNode answer = json();
        ArrayNode items = answer.putObject("_embedded").putArray("credentials");
        List<Stored> all;
        synchronized (credentials) {
            all = new ArrayList<>(credentials.values());
        }
        all.forEach(c -> items.add(c.toJson()));
        return answer.put("count", all.size()).put("size", all.size());
    }

    private Answer delete(String id) {
        synchronized (credentials) {
            return credentials.remove(id) == null
                    ? PingOneApi.error(404, "NOT_FOUND", "No credential " + id + " for this gateway.")
                    : new Answer(204, null);
        }
    }

    private String jwt(Stored stored) {
        ObjectNode claims = json().put("environmentId", gateway.environmentId())
                .put("environmentName", "p1vault sandbox")
                .put("organizationId", gateway.organizationId())
                .put("gatewayId", gateway.gatewayId())
                .put("gatewayName", gateway.gatewayName())
                .put("gatewayType", GatewayCredentials.PING_FEDERATE)
                .put("jti", stored.id)
                .put("iat", stored.createdAt.getEpochSecond());
        claims.putArray("aud").add(gateway.audience());
        return base64Url("{\"alg\":\"RS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8)) + "."
                + base64Url(claims.toString().getBytes(StandardCharsets.UTF_8)) + "."
                + RandomValues.token();
    }

    private static String base64Url(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
