package io.p1vault.model;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;

/** Builds gateway credentials shaped like PingOne's, for tests. */
public final class TestCredentials {
    private TestCredentials() {
    }

    public static String jwt(String gatewayType, String environmentId, String jti, String aud, String signature) {
        String header = "{\"alg\":\"RS256\",\"typ\":\"JWT\"}";
        String payload = "{\"aud\":[\"" + aud + "\"],\"jti\":\"" + jti + "\",\"iat\":1763900000,"
                + "\"environmentId\":\"" + environmentId + "\",\"environmentName\":\"Production\","
                + "\"organizationId\":\"" + UUID.nameUUIDFromBytes(environmentId.getBytes(StandardCharsets.UTF_8)) + "\","
                + "\"gatewayId\":\"" + UUID.nameUUIDFromBytes(jti.getBytes(StandardCharsets.UTF_8)) + "\","
                + "\"gatewayName\":\"PF cluster " + jti.substring(0, 4) + "\",\"gatewayType\":\"" + gatewayType + "\"}";
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        return b64.encodeToString(header.getBytes(StandardCharsets.UTF_8)) + "."
                + b64.encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "." + signature;
    }

    /** A PingFederate credential for the EU region with a fresh jti. */
    public static String pingFederate(String signature) {
        return jwt("PING_FEDERATE", "3f2a9c1e-0b7d-4e58-9a61-2c4d8e7f1a90", UUID.randomUUID().toString(),
                "https://auth.pingone.eu", signature);
    }
}
