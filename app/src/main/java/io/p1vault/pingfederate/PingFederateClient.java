package io.p1vault.pingfederate;

import com.fasterxml.jackson.databind.JsonNode;
import io.p1vault.model.PingFederateServerEntry;
import io.p1vault.pingfederate.PingFederateException.Reason;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import java.io.IOException;
import java.net.URI;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * PingFederate's admin API for one server entry: every request carries the XSRF header and the
 * entry's authorization, TLS is verified by {@link ServerTrust}, and every failure becomes a
 * {@link PingFederateException} with a specific message. Nothing here logs a request or answer.
 */
public final class PingFederateClient implements TrustCheck.Probe, AutoCloseable {
    public static final String XSRF_HEADER = "X-XSRF-Header";
    public static final String XSRF_VALUE = "PingFederate";
    public static final String API_PATH = "/pf-admin-api/v1";
    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);
    public static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(30);
    private static final MediaType JSON = MediaType.get("application/json");

    private final HttpUrl base;
    private final String host;
    private final OkHttpClient http;
    private final ServerTrust trust;
    private final Failures failures;
    private final AdminAuthorization authorization;

    private PingFederateClient(PingFederateServerEntry server, Clock clock) throws PingFederateException {
        this.base = apiBase(server.getAdminUrl());
        this.host = base.host() + ":" + base.port();
        this.trust = new ServerTrust(host, server.getCertificatePins());
        Duration connect = seconds(server.getConnectTimeoutSeconds(), DEFAULT_CONNECT_TIMEOUT);
        Duration read = seconds(server.getReadTimeoutSeconds(), DEFAULT_READ_TIMEOUT);
        this.failures = new Failures(trust, connect, read);
        this.http = httpClient(trust, connect, read);
        this.authorization = authorization(server, http, clock, failures);
    }

    /** A client for {@code server}; its secret is read when requests are sent, so keep the entry unwiped meanwhile. */
    public static PingFederateClient forServer(PingFederateServerEntry server) throws PingFederateException {
        return forServer(server, Clock.systemUTC());
    }

    /** As {@link #forServer(PingFederateServerEntry)}, with the clock that decides when a token expires. */
    public static PingFederateClient forServer(PingFederateServerEntry server, Clock clock)
            throws PingFederateException {
        return new PingFederateClient(server, clock);
    }

    /** The API base for an admin URL: {@code https://host:9999} gets {@value #API_PATH} added unless it has it. */
    public static HttpUrl apiBase(String adminUrl) throws PingFederateException {
        HttpUrl url = adminUrl == null ? null : HttpUrl.parse(adminUrl.strip());
        if (url == null || !url.isHttps()) {
            throw new PingFederateException(
                    Reason.SERVER_ENTRY,
                    "The server's admin URL must be https://host[:port], " + "e.g. https://pf.example.com:9999.");
        }
        String path = url.encodedPath().replaceAll("/+$", "");
        if (!path.endsWith(API_PATH)) {
            path = path + API_PATH;
        }
        return url.newBuilder().encodedPath(path).query(null).fragment(null).build();
    }

    /** The API base URL, e.g. {@code https://pf:9999/pf-admin-api/v1} (a JDK type: OkHttp stays in this package). */
    public URI base() {
        return base.uri();
    }

    /** "host:port", as messages name the server. */
    public String host() {
        return host;
    }

    /** The certificate of the server and why it was trusted, once a connection was made. */
    public Optional<ServerIdentity> identity() {
        return trust.accepted(host);
    }

    /** Sends {@code request}; the JSON answer, or an empty object for an answer without a body. */
    public JsonNode send(ApiRequest request) throws PingFederateException {
        HttpUrl url = url(request);
        for (int attempt = 0; ; attempt++) {
            trust.clearRefusal();
            Request.Builder builder = new Request.Builder()
                    .url(url)
                    .header(XSRF_HEADER, XSRF_VALUE)
                    .header("Accept", "application/json")
                    .header("Authorization", authorization.header());
            byte[] body = null;
            try {
                if (request.body() != null) {
                    body = request.jsonBytes();
                    builder.method(request.method(), RequestBody.create(body, JSON));
                } else {
                    // OkHttp insists on a body for POST and PUT; PingFederate's bodiless POSTs (replicate) get an empty
                    // one.
                    builder.method(
                            request.method(),
                            List.of("POST", "PUT", "PATCH").contains(request.method())
                                    ? RequestBody.create(new byte[0], null)
                                    : null);
                }
                try (Response response = http.newCall(builder.build()).execute()) {
                    if (response.code() == 401 && attempt == 0 && authorization.forgetRefused()) {
                        continue;
                    }
                    return answer(request, response);
                }
            } catch (IOException e) {
                throw failures.of(e, url);
            } finally {
                if (body != null) {
                    Arrays.fill(body, (byte) 0);
                }
            }
        }
    }

    /**
     * Connects without credentials to learn the server's certificate: the identity when it is
     * trusted, else the {@link UntrustedCertificateException} or {@link CertificateChangedException}
     * that carries it. The HTTP answer does not matter.
     */
    public ServerIdentity probe() throws PingFederateException {
        return probe(base.newBuilder().addPathSegment("version").build().uri());
    }

    /**
     * The places this client connects to, for {@link #probe(URI)}: the admin API, and the
     * OAuth2 token endpoint when it is on another host or port (PingFederate's runtime port).
     */
    @Override
    public List<URI> endpoints() {
        URI admin = base.newBuilder().addPathSegment("version").build().uri();
        if (authorization instanceof OAuth2ClientCredentials oauth && !sameOrigin(oauth.tokenUrl(), base)) {
            return List.of(admin, oauth.tokenUrl().uri());
        }
        return List.of(admin);
    }

    /** As {@link #probe()}, for one of the {@link #endpoints()}. */
    @Override
    public ServerIdentity probe(URI endpoint) throws PingFederateException {
        return probe(http, trust, failures, HttpUrl.get(endpoint));
    }

    /** What a dry run prints for {@code request}: request line with full path, headers, masked JSON. */
    public List<String> preview(ApiRequest request) {
        return request.preview(base.encodedPath(), authorization.scheme());
    }

    private JsonNode answer(ApiRequest request, Response response) throws IOException, PingFederateException {
        String text = response.body().string();
        JsonNode json = null;
        try {
            json = text.isBlank()
                    ? PingFederateJson.mapper().createObjectNode()
                    : PingFederateJson.mapper().readTree(text);
        } catch (IOException notJson) {
            if (response.isSuccessful()) {
                throw new PingFederateException(
                        Reason.COMMUNICATION,
                        host + " answered " + request.method() + " " + request.path()
                                + " with something other than JSON; is the URL PingFederate's admin API?");
            }
        }
        if (response.isSuccessful()) {
            return json;
        }
        if (response.isRedirect()) {
            throw new PingFederateException(
                    Reason.COMMUNICATION,
                    host + " redirects " + request.path() + " to " + response.header("Location")
                            + "; put the admin API's own URL in the server entry.");
        }
        return throwStatus(request, response.code(), json);
    }

    private JsonNode throwStatus(ApiRequest request, int status, JsonNode json) throws PingFederateException {
        throw Failures.ofStatus(
                status,
                json == null ? PingFederateJson.mapper().createObjectNode() : json,
                request,
                host,
                authorization);
    }

    private static boolean sameOrigin(HttpUrl a, HttpUrl b) {
        return a.host().equalsIgnoreCase(b.host()) && a.port() == b.port();
    }

    private HttpUrl url(ApiRequest request) {
        HttpUrl.Builder url = base.newBuilder();
        for (String segment : request.path().replaceFirst("^/", "").split("/")) {
            url.addPathSegment(segment);
        }
        request.query().forEach(url::addQueryParameter);
        return url.build();
    }

    private static AdminAuthorization authorization(
            PingFederateServerEntry server, OkHttpClient http, Clock clock, Failures failures)
            throws PingFederateException {
        if (server.getSecret() == null) {
            throw new PingFederateException(
                    Reason.SERVER_ENTRY,
                    "The server entry \"" + server.getName() + "\" has no "
                            + ("oauth2".equals(server.getAuthType()) ? "client secret" : "password") + ".");
        }
        if ("oauth2".equals(server.getAuthType())) {
            HttpUrl tokenUrl = server.getTokenUrl() == null ? null : HttpUrl.parse(server.getTokenUrl());
            if (tokenUrl == null || !tokenUrl.isHttps() || server.getClientId() == null) {
                throw new PingFederateException(
                        Reason.SERVER_ENTRY,
                        "The server entry \"" + server.getName()
                                + "\" uses OAuth2 but lacks an https token URL or a client ID.");
            }
            return new OAuth2ClientCredentials(
                    tokenUrl, server.getClientId(), server.getSecret(), http, clock, failures);
        }
        return new BasicAuthorization(server.getUsername(), server.getSecret());
    }

    /** The HTTP client every API of this package uses: {@code trust} decides on certificates, nothing is followed. */
    static OkHttpClient httpClient(ServerTrust trust, Duration connect, Duration read) {
        return new OkHttpClient.Builder()
                .sslSocketFactory(sslContext(trust).getSocketFactory(), trust)
                .hostnameVerifier(trust)
                .connectTimeout(connect)
                .readTimeout(read)
                .writeTimeout(read)
                // A redirect would carry the request somewhere the user did not name; a silent retry could
                // create a connection (or a PingOne credential) twice.
                .followRedirects(false)
                .followSslRedirects(false)
                .retryOnConnectionFailure(false)
                .build();
    }

    /**
     * Connects without credentials to {@code url} to learn its certificate (the HTTP answer does not
     * matter): the identity {@code trust} accepted, or its refusal.
     */
    static ServerIdentity probe(OkHttpClient http, ServerTrust trust, Failures failures, HttpUrl url)
            throws PingFederateException {
        trust.clearRefusal();
        try (Response ignored = http.newCall(new Request.Builder()
                        .url(url)
                        .header(XSRF_HEADER, XSRF_VALUE)
                        .build())
                .execute()) {
            return trust.accepted(url.host() + ":" + url.port())
                    .orElseThrow(() -> new PingFederateException(
                            Reason.TLS,
                            "The connection to " + url.host() + ":" + url.port()
                                    + " was made without a verified certificate."));
        } catch (IOException e) {
            throw failures.of(e, url);
        }
    }

    private static SSLContext sslContext(ServerTrust trust) {
        try {
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, new TrustManager[] {trust}, null);
            return context;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("TLS is not available", e);
        }
    }

    private static Duration seconds(Integer configured, Duration fallback) {
        return configured == null || configured <= 0 ? fallback : Duration.ofSeconds(configured);
    }

    @Override
    public void close() {
        http.connectionPool().evictAll();
    }

    @Override
    public String toString() {
        return "PingFederateClient[" + base + ", " + authorization + "]";
    }
}
