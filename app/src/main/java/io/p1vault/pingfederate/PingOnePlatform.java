package io.p1vault.pingfederate;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.p1vault.model.GatewayCredentials;
import io.p1vault.model.InvalidEntryException;
import io.p1vault.model.PingOneApplicationEntry;
import io.p1vault.model.Uuids;
import io.p1vault.model.rules.VisibleText;
import io.p1vault.pingfederate.PingFederateException.Reason;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okio.BufferedSource;

import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * PingOne's platform API for one worker application entry: its gateway credentials (list,
 * create, revoke) with a client-credentials token. It shares this package's HTTP plumbing with
 * {@link PingFederateClient}: certificates checked by {@link ServerTrust} (pins for overridden
 * endpoints), failures turned into messages by {@link Failures}. Every answer is hostile until
 * checked: size capped, strict JSON, ids UUIDs, PingOne's messages made visible text.
 */
public final class PingOnePlatform implements TrustCheck.Probe, AutoCloseable {
    /** PingOne's documented limit of credentials per gateway. */
    public static final int MAX_CREDENTIALS = 5;

    static final int MAX_ANSWER_BYTES = 256 * 1024;
    private static final int MAX_MESSAGE = 300;

    /** A gateway credential as PingOne lists it; {@code lastUsedAt} is null for one never used. */
    public record GatewayCredential(String id, Instant createdAt, Instant lastUsedAt) {
        public boolean unused() {
            return lastUsedAt == null;
        }
    }

    /** A credential just created: the only time PingOne shows its token, as a checked gateway credential. */
    public record Created(GatewayCredential credential, GatewayCredentials.Parsed parsed) {}

    private final HttpUrl environment;
    private final String host;
    private final OkHttpClient http;
    private final ServerTrust trust;
    private final Failures failures;
    private final OAuth2ClientCredentials token;

    private PingOnePlatform(PingOneApplicationEntry app, Clock clock) throws PingFederateException {
        HttpUrl api = https(app.apiUrl(), "API URL");
        HttpUrl tokenUrl = https(app.tokenUrl(), "token URL");
        if (app.getClientSecret() == null || app.getClientId() == null) {
            throw new PingFederateException(
                    Reason.SERVER_ENTRY, "The application \"" + app.getName() + "\" has no client ID or secret.");
        }
        this.environment = api;
        this.host = api.host() + ":" + api.port();
        this.trust = new ServerTrust(host, app.getCertificatePins());
        this.failures = new Failures(
                trust, PingFederateClient.DEFAULT_CONNECT_TIMEOUT, PingFederateClient.DEFAULT_READ_TIMEOUT);
        this.http = PingFederateClient.httpClient(
                trust, PingFederateClient.DEFAULT_CONNECT_TIMEOUT, PingFederateClient.DEFAULT_READ_TIMEOUT);
        this.token = new OAuth2ClientCredentials(
                tokenUrl,
                app.getClientId(),
                app.getClientSecret(),
                http,
                clock,
                failures,
                "post".equals(app.getTokenAuthMethod()));
    }

    /** A client for a worker application; its secret is read when a token is fetched, so keep the entry unwiped. */
    public static PingOnePlatform forApplication(PingOneApplicationEntry app) throws PingFederateException {
        if (!"worker".equals(app.getType())) {
            throw new PingFederateException(
                    Reason.SERVER_ENTRY,
                    "\"" + app.getName() + "\" is an " + app.getType()
                            + " application; PingOne's platform API needs a worker application with the "
                            + "Environment Admin role.");
        }
        return new PingOnePlatform(app, Clock.systemUTC());
    }

    /** The gateway's credentials, oldest first. */
    public List<GatewayCredential> credentials(String gatewayId) throws PingFederateException {
        JsonNode answer = tree(send("GET", credentialsUrl(gatewayId), "list the credentials of gateway " + gatewayId));
        JsonNode items = answer.path("_embedded").path("credentials");
        if (!items.isArray()) {
            throw malformed("a list of credentials");
        }
        List<GatewayCredential> out = new ArrayList<>();
        for (JsonNode item : items) {
            out.add(credential(item));
        }
        out.sort((a, b) -> a.createdAt().compareTo(b.createdAt()));
        return out;
    }

    /**
     * Creates a credential for the gateway. The token is read straight into characters and checked as a
     * gateway credential of this gateway, whose {@code jti} is the id PingOne gave it.
     */
    public Created create(String gatewayId) throws PingFederateException {
        byte[] body = send("POST", credentialsUrl(gatewayId), "create a credential for gateway " + gatewayId);
        char[] tokenChars = null;
        try {
            ObjectNode info = PingFederateJson.mapper().createObjectNode();
            try (JsonParser parser = parser(body)) {
                if (parser.nextToken() != JsonToken.START_OBJECT) {
                    throw malformed("a credential");
                }
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String name = parser.currentName();
                    JsonToken value = parser.nextToken();
                    if ("token".equals(name) && value == JsonToken.VALUE_STRING && tokenChars == null) {
                        tokenChars = Arrays.copyOfRange(
                                parser.getTextCharacters(),
                                parser.getTextOffset(),
                                parser.getTextOffset() + parser.getTextLength());
                    } else if (value == JsonToken.VALUE_STRING) {
                        info.put(name, parser.getText());
                    } else {
                        parser.skipChildren();
                    }
                }
            } catch (IOException e) {
                throw malformed("a credential");
            }
            GatewayCredential credential = credential(info);
            if (tokenChars == null) {
                throw new PingFederateException(
                        Reason.COMMUNICATION,
                        "PingOne at " + host + " created credential " + credential.id()
                                + " but did not return its token; revoke it in PingOne and try again.");
            }
            GatewayCredentials.Parsed parsed = GatewayCredentials.parse(tokenChars);
            if (!credential.id().equals(parsed.claims().jti) || !gatewayId.equals(parsed.claims().gatewayId)) {
                parsed.credential().destroy();
                throw new PingFederateException(
                        Reason.COMMUNICATION,
                        "PingOne at " + host + " returned a token that is not credential " + credential.id()
                                + " of gateway " + gatewayId + "; revoke that credential in PingOne.");
            }
            return new Created(credential, parsed);
        } catch (InvalidEntryException e) {
            throw new PingFederateException(
                    Reason.COMMUNICATION,
                    "PingOne at " + host + " returned a token that is not a gateway credential (" + e.getMessage()
                            + ").");
        } finally {
            Arrays.fill(body, (byte) 0);
            if (tokenChars != null) {
                Arrays.fill(tokenChars, '\0');
            }
        }
    }

    /** Revokes (deletes) one of the gateway's credentials. */
    public void revoke(String gatewayId, String credentialId) throws PingFederateException {
        requireUuid(credentialId, "credential ID");
        send(
                "DELETE",
                credentialsUrl(gatewayId)
                        .newBuilder()
                        .addPathSegment(credentialId)
                        .build(),
                "revoke credential " + credentialId);
    }

    @Override
    public List<URI> endpoints() {
        HttpUrl tokenUrl = token.tokenUrl();
        if (tokenUrl.host().equalsIgnoreCase(environment.host()) && tokenUrl.port() == environment.port()) {
            return List.of(environment.uri());
        }
        return List.of(environment.uri(), tokenUrl.uri());
    }

    @Override
    public ServerIdentity probe(URI endpoint) throws PingFederateException {
        return PingFederateClient.probe(http, trust, failures, HttpUrl.get(endpoint));
    }

    private HttpUrl credentialsUrl(String gatewayId) throws PingFederateException {
        requireUuid(gatewayId, "gateway ID");
        return environment
                .newBuilder()
                .addPathSegment("gateways")
                .addPathSegment(gatewayId)
                .addPathSegment("credentials")
                .build();
    }

    private byte[] send(String method, HttpUrl url, String what) throws PingFederateException {
        for (int attempt = 0; ; attempt++) {
            trust.clearRefusal();
            Request request = new Request.Builder()
                    .url(url)
                    .header("Accept", "application/json")
                    .header("Authorization", token.header())
                    .method(method, "POST".equals(method) ? RequestBody.create(new byte[0], null) : null)
                    .build();
            try (Response response = http.newCall(request).execute()) {
                if (response.code() == 401 && attempt == 0 && token.forgetRefused()) {
                    continue;
                }
                byte[] body = capped(response);
                if (response.isSuccessful()) {
                    return body;
                }
                throw status(response.code(), body, what);
            } catch (IOException e) {
                throw failures.of(e, url);
            }
        }
    }

    private byte[] capped(Response response) throws IOException, PingFederateException {
        BufferedSource source = response.body().source();
        if (source.request(MAX_ANSWER_BYTES + 1L)) {
            throw new PingFederateException(
                    Reason.COMMUNICATION,
                    "PingOne at " + host + " sent an answer of more than " + MAX_ANSWER_BYTES / 1024
                            + " KiB; refused unread.");
        }
        return source.readByteArray();
    }

    private PingFederateException status(int status, byte[] body, String what) {
        String said = "";
        try {
            said = VisibleText.shortened(
                    Failures.oneLine(tree(body).path("message").asText("")), MAX_MESSAGE);
        } catch (PingFederateException notJson) {
            // The status says enough.
        } finally {
            Arrays.fill(body, (byte) 0);
        }
        String suffix = said.isEmpty() ? "" : ": " + said;
        return switch (status) {
            case 401 ->
                new PingFederateException(
                        Reason.UNAUTHORIZED,
                        401,
                        "PingOne at " + host + " did not accept the worker application's token (401)" + suffix + ".",
                        List.of(),
                        null);
            case 403 ->
                new PingFederateException(
                        Reason.FORBIDDEN,
                        403,
                        "PingOne at " + host + " refused to " + what + " (403)" + suffix
                                + "; the worker application needs the Environment Admin role.",
                        List.of(),
                        null);
            case 404 ->
                new PingFederateException(
                        Reason.NOT_FOUND,
                        404,
                        "PingOne at " + host + ": not found, " + what + suffix + ".",
                        List.of(),
                        null);
            default ->
                new PingFederateException(
                        status >= 500 ? Reason.SERVER_ERROR : Reason.VALIDATION,
                        status,
                        "PingOne at " + host + " refused to " + what + " (" + status + ")" + suffix + ".",
                        List.of(),
                        null);
        };
    }

    private JsonNode tree(byte[] body) throws PingFederateException {
        try {
            JsonNode node = PingFederateJson.mapper()
                    .reader()
                    .with(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                    .readTree(body);
            if (node == null || !node.isObject()) {
                throw malformed("a JSON object");
            }
            return node;
        } catch (IOException e) {
            throw malformed("JSON");
        }
    }

    private static JsonParser parser(byte[] body) throws IOException {
        JsonParser parser = PingFederateJson.mapper().getFactory().createParser(body);
        parser.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        return parser;
    }

    private GatewayCredential credential(JsonNode item) throws PingFederateException {
        String id = item.path("id").asText(null);
        if (!Uuids.isUuid(id)) {
            throw malformed("credentials with UUID ids");
        }
        return new GatewayCredential(
                id,
                instant(item, "createdAt").orElseThrow(() -> malformed("creation times")),
                instant(item, "lastUsedAt").orElse(null));
    }

    private Optional<Instant> instant(JsonNode item, String field) throws PingFederateException {
        JsonNode value = item.get(field);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Instant.parse(value.asText()));
        } catch (DateTimeParseException e) {
            throw malformed("times as ISO 8601 (" + field + ")");
        }
    }

    private PingFederateException malformed(String expected) {
        return new PingFederateException(
                Reason.COMMUNICATION,
                "PingOne at " + host + " did not answer with " + expected + "; is the API URL PingOne's platform API?");
    }

    private static void requireUuid(String id, String what) throws PingFederateException {
        if (!Uuids.isUuid(id)) {
            throw new PingFederateException(Reason.SERVER_ENTRY, "The " + what + " must be a UUID.");
        }
    }

    private static HttpUrl https(String url, String what) throws PingFederateException {
        HttpUrl parsed = url == null ? null : HttpUrl.parse(url);
        if (parsed == null || !parsed.isHttps()) {
            throw new PingFederateException(
                    Reason.SERVER_ENTRY,
                    "The application's " + what + " must be https (set its region, or --api-url/--token-url).");
        }
        return parsed;
    }

    @Override
    public void close() {
        http.connectionPool().evictAll();
    }

    @Override
    public String toString() {
        return "PingOnePlatform[" + environment + ", " + token + "]";
    }
}
