package io.p1vault.pingfederate;

import com.fasterxml.jackson.databind.JsonNode;
import io.p1vault.pingfederate.PingFederateException.FieldError;
import io.p1vault.pingfederate.PingFederateException.Reason;
import okhttp3.HttpUrl;

import javax.net.ssl.SSLException;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Turns what went wrong on the wire, or PingFederate's error answers, into one specific message each. */
final class Failures {
    private static final int MAX_SERVER_TEXT = 300;

    private final ServerTrust trust;
    private final Duration connectTimeout;
    private final Duration readTimeout;

    Failures(ServerTrust trust, Duration connectTimeout, Duration readTimeout) {
        this.trust = trust;
        this.connectTimeout = connectTimeout;
        this.readTimeout = readTimeout;
    }

    PingFederateException of(IOException e, HttpUrl url) {
        String where = url.host() + ":" + url.port();
        if (trust.refusal().isPresent()) {
            return trust.refusal().get();
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ServerTrust.Refused refused) {
                return refused.refusal;
            }
        }
        if (e instanceof UnknownHostException) {
            return new PingFederateException(
                    Reason.UNKNOWN_HOST,
                    "Unknown host \"" + url.host() + "\": the name does not resolve; check the server's URL.",
                    e);
        }
        if (e instanceof ConnectException || e instanceof NoRouteToHostException) {
            return new PingFederateException(
                    Reason.CONNECTION_REFUSED,
                    "Cannot connect to " + where
                            + ": connection refused; check that PingFederate runs and that the URL's port is its admin port.",
                    e);
        }
        if (e instanceof SocketTimeoutException || e instanceof InterruptedIOException) {
            boolean connecting =
                    String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT).contains("connect");
            Duration limit = connecting ? connectTimeout : readTimeout;
            return new PingFederateException(
                    Reason.TIMEOUT,
                    (connecting
                                    ? "Connecting to " + where + " took"
                                    : "PingFederate at " + where + " did not answer within")
                            + " more than " + limit.toSeconds()
                            + " s (the server's " + (connecting ? "connect" : "read") + " timeout); check the server, "
                            + "or raise the timeout in the server entry.",
                    e);
        }
        if (e instanceof SSLException) {
            return new PingFederateException(
                    Reason.TLS, "The TLS connection to " + where + " failed: " + oneLine(e.getMessage()) + ".", e);
        }
        return new PingFederateException(
                Reason.COMMUNICATION,
                "Cannot talk to " + where + ": " + e.getClass().getSimpleName()
                        + (e.getMessage() == null ? "" : " " + oneLine(e.getMessage())) + ".",
                e);
    }

    /** An error answer of the admin API: PingFederate's own message and field errors, where it gave them. */
    static PingFederateException ofStatus(
            int status, JsonNode body, ApiRequest request, String host, AdminAuthorization authorization) {
        String said = oneLine(body.path("message").asText(""));
        List<FieldError> fields = new ArrayList<>();
        for (JsonNode v : body.path("validationErrors")) {
            fields.add(new FieldError(
                    text(v, "fieldPath"),
                    text(v, "errorId"),
                    oneLine(v.path("message").asText(""))));
        }
        String call = request.method() + " " + request.path();
        String suffix = said.isEmpty() ? "" : ": " + said;
        return switch (status) {
            case 401 ->
                new PingFederateException(
                        Reason.UNAUTHORIZED, 401, authorization.unauthorizedMessage(host), fields, null);
            case 403 ->
                new PingFederateException(
                        Reason.FORBIDDEN,
                        403,
                        "PingFederate at " + host + " forbids " + call
                                + " (403)" + suffix + "; the account needs an admin role that allows it"
                                + " (and requests need the X-XSRF-Header).",
                        fields,
                        null);
            case 404 ->
                new PingFederateException(
                        Reason.NOT_FOUND,
                        404,
                        "Not found on PingFederate at " + host + ": " + call + " (404)" + suffix + ".",
                        fields,
                        null);
            case 400, 422 ->
                new PingFederateException(
                        Reason.VALIDATION,
                        status,
                        "PingFederate refused " + call + " (" + status + ")" + suffix + fieldSummary(fields),
                        fields,
                        null);
            default ->
                new PingFederateException(
                        status >= 500 ? Reason.SERVER_ERROR : Reason.COMMUNICATION,
                        status,
                        "PingFederate at " + host + " failed on " + call + " (" + status + ")"
                                + (said.isEmpty() ? "; see its server log." : suffix + "."),
                        fields,
                        null);
        };
    }

    private static String fieldSummary(List<FieldError> fields) {
        if (fields.isEmpty()) {
            return ".";
        }
        return (fields.size() == 1 ? " - " : " - " + fields.size() + " problems: ")
                + String.join("; ", fields.stream().map(FieldError::toString).toList()) + ".";
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    static String oneLine(String text) {
        String s = text == null ? "" : text.replaceAll("\\s+", " ").strip();
        s = s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
        return s.length() > MAX_SERVER_TEXT ? s.substring(0, MAX_SERVER_TEXT) + "…" : s;
    }
}
