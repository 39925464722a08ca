package io.p1vault.model;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * Reads what a user pasted as a PingOne gateway credential: a JWT whose payload describes the
 * gateway. Its signature is PingOne's and cannot be verified offline; only its form is checked.
 */
public final class GatewayCredentials {
    public static final String PING_FEDERATE = "PING_FEDERATE";
    public static final String SIGNATURE_NOTE =
            "The credential's signature cannot be checked offline; PingFederate checks it with PingOne when it connects.";

    /** A credential accepted as well-formed, its claims, and warnings the user should see. */
    public record Parsed(Secret credential, GatewayClaims claims, List<String> warnings) {
        @Override
        public String toString() {
            return "Parsed[claims for " + claims.gatewayName + ", warnings=" + warnings + "]";
        }
    }

    private GatewayCredentials() {}

    /** Parses pasted text; whitespace and line breaks anywhere are removed first. */
    public static Parsed parse(char[] pasted) throws InvalidEntryException {
        char[] compact = withoutWhitespace(pasted);
        try {
            int firstDot = indexOf(compact, '.', 0);
            int secondDot = firstDot < 0 ? -1 : indexOf(compact, '.', firstDot + 1);
            if (compact.length == 0) {
                throw invalid("the credential is empty");
            }
            if (secondDot < 0 || indexOf(compact, '.', secondDot + 1) >= 0) {
                throw invalid(
                        "this is not a PingOne credential: a credential is a JWT of three parts separated by dots");
            }
            for (char c : compact) {
                if (!(c == '.' || c == '-' || c == '_' || Character.isLetterOrDigit(c)) || c > 127) {
                    throw invalid("the credential contains characters a JWT cannot have; copy it again from PingOne");
                }
            }
            JsonNode header = decodeJson(compact, 0, firstDot, "header");
            if (!header.path("alg").isTextual()) {
                throw invalid("the credential's JWT header has no signing algorithm");
            }
            JsonNode payload = decodeJson(compact, firstDot + 1, secondDot, "payload");
            if (secondDot + 1 == compact.length) {
                throw invalid("the credential has no signature part; it was probably cut off when copied");
            }
            List<String> warnings = new ArrayList<>();
            GatewayClaims claims = claims(payload, warnings);
            return new Parsed(Secret.of(compact), claims, List.copyOf(warnings));
        } finally {
            Arrays.fill(compact, '\0');
        }
    }

    private static GatewayClaims claims(JsonNode payload, List<String> warnings) throws InvalidEntryException {
        GatewayClaims c = new GatewayClaims();
        c.environmentId = text(payload, "environmentId");
        c.environmentName = text(payload, "environmentName");
        c.organizationId = text(payload, "organizationId");
        c.gatewayId = text(payload, "gatewayId");
        c.gatewayName = text(payload, "gatewayName");
        c.gatewayType = text(payload, "gatewayType");
        c.jti = text(payload, "jti");
        if (payload.path("iat").canConvertToLong()) {
            c.iat = Instant.ofEpochSecond(payload.path("iat").asLong());
        }
        c.aud = audiences(payload.path("aud"));
        if (c.gatewayType == null) {
            throw invalid("the credential says nothing about its gateway type: it is not a PingOne gateway credential");
        }
        if (c.jti == null || c.environmentId == null) {
            throw invalid("the credential lacks its " + (c.jti == null ? "identifier (jti)" : "environmentId")
                    + ": it is not a PingOne gateway credential");
        }
        if (!Uuids.isUuid(c.environmentId)) {
            throw invalid("the credential's environmentId is not a UUID");
        }
        if (!c.gatewayType.equals(PING_FEDERATE)) {
            warnings.add("This credential is for a " + c.gatewayType
                    + " gateway, not PingFederate: PingFederate will refuse it.");
        }
        c.region = c.aud.stream()
                .map(GatewayCredentials::host)
                .map(PingOneRegion::fromHost)
                .flatMap(Optional::stream)
                .findFirst()
                .map(PingOneRegion::tld)
                .orElse(null);
        if (c.region == null) {
            warnings.add(
                    "The PingOne region could not be told from the credential's audience; choose it when you use it.");
        }
        return c;
    }

    private static List<String> audiences(JsonNode aud) {
        List<String> out = new ArrayList<>();
        if (aud.isTextual()) {
            out.add(aud.asText());
        } else if (aud.isArray()) {
            aud.forEach(a -> {
                if (a.isTextual()) {
                    out.add(a.asText());
                }
            });
        }
        return out;
    }

    private static String host(String url) {
        String s = url.replaceFirst("^[a-zA-Z]+://", "");
        int end = s.length();
        for (char stop : new char[] {'/', ':', '?', '#'}) {
            int i = s.indexOf(stop);
            if (i >= 0) {
                end = Math.min(end, i);
            }
        }
        return s.substring(0, end);
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v != null && v.isValueNode() && !v.isNull() && !v.asText().isBlank() ? v.asText() : null;
    }

    private static JsonNode decodeJson(char[] s, int from, int to, String part) throws InvalidEntryException {
        byte[] ascii = new byte[to - from];
        for (int i = from; i < to; i++) {
            ascii[i - from] = (byte) s[i];
        }
        try {
            JsonNode node = VaultJson.mapper().readTree(Base64.getUrlDecoder().decode(ascii));
            if (node == null || !node.isObject()) {
                throw invalid("the credential's JWT " + part + " is not a JSON object");
            }
            return node;
        } catch (IllegalArgumentException | IOException e) {
            throw invalid(
                    "the credential's JWT " + part + " cannot be decoded; copy the credential again from PingOne");
        } finally {
            Arrays.fill(ascii, (byte) 0);
        }
    }

    private static char[] withoutWhitespace(char[] in) {
        int n = 0;
        for (char c : in) {
            if (!Character.isWhitespace(c)) {
                n++;
            }
        }
        char[] out = new char[n];
        int i = 0;
        for (char c : in) {
            if (!Character.isWhitespace(c)) {
                out[i++] = c;
            }
        }
        return out;
    }

    private static int indexOf(char[] s, char c, int from) {
        for (int i = from; i < s.length; i++) {
            if (s[i] == c) {
                return i;
            }
        }
        return -1;
    }

    private static InvalidEntryException invalid(String message) {
        return new InvalidEntryException("credential", message);
    }
}
