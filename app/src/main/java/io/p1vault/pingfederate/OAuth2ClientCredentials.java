package io.p1vault.pingfederate;

import com.fasterxml.jackson.databind.JsonNode;
import io.p1vault.model.Secret;
import okhttp3.FormBody;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;

/**
 * OAuth2 client credentials: a bearer token from the token endpoint, reused until shortly before
 * it expires, and fetched again when the admin API refuses it earlier than announced.
 */
final class OAuth2ClientCredentials implements AdminAuthorization {
    /** Renew this long before expiry (at most half the token's lifetime), so no request carries a dying token. */
    static final Duration RENEW_BEFORE_EXPIRY = Duration.ofSeconds(30);

    private final HttpUrl tokenUrl;
    private final String clientId;
    private final Secret clientSecret;
    private final OkHttpClient http;
    private final Clock clock;
    private final Failures failures;
    /** client_secret_post (PingOne applications may use it) instead of client_secret_basic. */
    private final boolean secretInBody;

    private Secret token;
    private Instant renewAt;

    OAuth2ClientCredentials(
            HttpUrl tokenUrl, String clientId, Secret clientSecret, OkHttpClient http, Clock clock, Failures failures) {
        this(tokenUrl, clientId, clientSecret, http, clock, failures, false);
    }

    OAuth2ClientCredentials(
            HttpUrl tokenUrl,
            String clientId,
            Secret clientSecret,
            OkHttpClient http,
            Clock clock,
            Failures failures,
            boolean secretInBody) {
        this.secretInBody = secretInBody;
        this.tokenUrl = tokenUrl;
        this.clientId = clientId;
        this.clientSecret = clientSecret;
        this.http = http;
        this.clock = clock;
        this.failures = failures;
    }

    HttpUrl tokenUrl() {
        return tokenUrl;
    }

    @Override
    public String scheme() {
        return "Bearer";
    }

    @Override
    public synchronized String header() throws PingFederateException {
        if (token == null || !clock.instant().isBefore(renewAt)) {
            fetchToken();
        }
        char[] chars = token.reveal();
        try {
            return "Bearer " + new String(chars);
        } finally {
            Arrays.fill(chars, '\0');
        }
    }

    @Override
    public synchronized boolean forgetRefused() {
        if (token == null) {
            return false;
        }
        token.destroy();
        token = null;
        return true;
    }

    @Override
    public String unauthorizedMessage(String host) {
        return "PingFederate at " + host + " did not accept the access token of client \"" + clientId
                + "\" (401); check that PingFederate accepts tokens from " + tokenUrl.host() + " for its admin API.";
    }

    private void fetchToken() throws PingFederateException {
        FormBody.Builder form = new FormBody.Builder().add("grant_type", "client_credentials");
        Request.Builder request = new Request.Builder().url(tokenUrl).header("Accept", "application/json");
        if (secretInBody) {
            char[] secret = clientSecret.reveal();
            form.add("client_id", clientId).add("client_secret", new String(secret));
            Arrays.fill(secret, '\0');
        } else {
            request.header("Authorization", clientAuthorization());
        }
        request.post(form.build());
        Instant requested = clock.instant();
        try (Response response = http.newCall(request.build()).execute()) {
            JsonNode json = json(response.body());
            if (!response.isSuccessful()) {
                String error = json.path("error").asText("");
                throw new PingFederateException(
                        PingFederateException.Reason.TOKEN,
                        "The token endpoint " + tokenUrl
                                + " refused to issue a token to client \"" + clientId + "\" (" + response.code()
                                + (error.isEmpty() ? "" : " " + error) + "); check the client ID and secret.");
            }
            JsonNode accessToken = json.path("access_token");
            if (!accessToken.isTextual() || accessToken.asText().isEmpty()) {
                throw new PingFederateException(
                        PingFederateException.Reason.TOKEN,
                        "The token endpoint " + tokenUrl + " answered without an access token.");
            }
            long lifetime = Math.max(0, json.path("expires_in").asLong(0));
            Duration margin =
                    RENEW_BEFORE_EXPIRY.compareTo(Duration.ofSeconds(lifetime).dividedBy(2)) < 0
                            ? RENEW_BEFORE_EXPIRY
                            : Duration.ofSeconds(lifetime).dividedBy(2);
            token = Secret.of(accessToken.asText().toCharArray());
            renewAt = requested.plusSeconds(lifetime).minus(margin);
        } catch (IOException e) {
            throw failures.of(e, tokenUrl);
        }
    }

    /** RFC 6749 2.3.1: client ID and secret form-encoded, then as HTTP Basic. */
    private String clientAuthorization() {
        char[] secret = clientSecret.reveal();
        String encodedSecret = URLEncoder.encode(new String(secret), StandardCharsets.UTF_8);
        Arrays.fill(secret, '\0');
        ByteBuffer pair = StandardCharsets.UTF_8.encode(
                CharBuffer.wrap(URLEncoder.encode(clientId, StandardCharsets.UTF_8) + ":" + encodedSecret));
        byte[] bytes = new byte[pair.remaining()];
        pair.get(bytes);
        try {
            return "Basic " + Base64.getEncoder().encodeToString(bytes);
        } finally {
            Arrays.fill(bytes, (byte) 0);
        }
    }

    private JsonNode json(ResponseBody body) throws PingFederateException {
        try {
            String text = body.string();
            return text.isBlank()
                    ? PingFederateJson.mapper().createObjectNode()
                    : PingFederateJson.mapper().readTree(text);
        } catch (IOException e) {
            throw new PingFederateException(
                    PingFederateException.Reason.TOKEN,
                    "The token endpoint " + tokenUrl + " did not answer with JSON; check the token URL.");
        }
    }

    @Override
    public String toString() {
        return "OAuth2ClientCredentials[" + clientId + " at " + tokenUrl + "]";
    }
}
