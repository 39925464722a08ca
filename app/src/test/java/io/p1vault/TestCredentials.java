package io.p1vault;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * PingOne gateway credentials for tests: JWTs of the shape PingOne issues, with a signature part
 * that is any base64url text (nothing offline can check it anyway).
 */
public final class TestCredentials {
    public static final String ENVIRONMENT_ID = "3f2a9c1e-0b7d-4e58-9a61-2c4d8e7f1a90";
    public static final String ORGANIZATION_ID = "8d1c2b3a-4e5f-4a6b-8c7d-9e0f1a2b3c4d";
    public static final String GATEWAY_ID = "5b6c7d8e-9f0a-4b1c-8d2e-3f4a5b6c7d8e";
    public static final long IAT = 1_735_689_600L;

    private TestCredentials() {}

    /** The claims of a PingFederate gateway credential in the EU region; change them before {@link #jwt(Map, String)}. */
    public static Map<String, Object> claims(String jti) {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("gatewayType", "PING_FEDERATE");
        c.put("environmentId", ENVIRONMENT_ID);
        c.put("jti", jti);
        c.put("iat", IAT);
        c.put("aud", new String[] {"https://auth.pingone.eu"});
        c.put("gatewayId", GATEWAY_ID);
        c.put("gatewayName", "PF gateway");
        c.put("organizationId", ORGANIZATION_ID);
        c.put("environmentName", "Production");
        return c;
    }

    /** A credential of {@code gatewayType} for the audience {@code aud}. */
    public static String jwt(String gatewayType, String jti, String aud, String signature) {
        Map<String, Object> c = claims(jti);
        c.put("gatewayType", gatewayType);
        c.put("aud", new String[] {aud});
        return jwt(c, signature);
    }

    /** A PingFederate credential with a fresh jti. */
    public static String pingFederate(String signature) {
        return jwt(claims(java.util.UUID.randomUUID().toString()), signature);
    }

    public static String jwt(String jti) {
        return jwt(claims(jti), "c2lnbmF0dXJlLWJ5LXBpbmdvbmU");
    }

    public static String jwt(Map<String, Object> claims, String signature) {
        return base64Url("{\"alg\":\"RS256\"}") + "." + base64Url(json(claims)) + "." + signature;
    }

    public static String base64Url(String text) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    private static String json(Map<String, Object> claims) {
        return claims.entrySet().stream()
                .map(e -> "\"" + e.getKey() + "\":" + value(e.getValue()))
                .collect(Collectors.joining(",", "{", "}"));
    }

    private static String value(Object v) {
        if (v instanceof String s) {
            return "\"" + s + "\"";
        }
        if (v instanceof String[] a) {
            return java.util.Arrays.stream(a).map(TestCredentials::value).collect(Collectors.joining(",", "[", "]"));
        }
        return String.valueOf(v);
    }
}
