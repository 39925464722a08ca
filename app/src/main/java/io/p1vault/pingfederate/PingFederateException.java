package io.p1vault.pingfederate;

import io.p1vault.UserFacing;

import java.util.List;

/**
 * A call to PingFederate's admin API failed; the one-line message says what happened and what
 * to do, and never holds a password, client secret, token or credential.
 */
public class PingFederateException extends Exception implements UserFacing {
    /** What went wrong, so front ends can react (offer to trust a certificate, ask for a password…). */
    public enum Reason {
        /** 401: the user name and password, or the client's secret, were not accepted. */
        UNAUTHORIZED,
        /** 403: the account lacks the admin role, or the XSRF header was missing. */
        FORBIDDEN,
        NOT_FOUND,
        /** 400 or 422: PingFederate refused the request's content; see {@link #fieldErrors()}. */
        VALIDATION,
        SERVER_ERROR,
        CONNECTION_REFUSED,
        UNKNOWN_HOST,
        TIMEOUT,
        /** The TLS connection failed for a reason other than the certificate's trust (protocol, cipher). */
        TLS,
        UNTRUSTED_CERTIFICATE,
        CERTIFICATE_CHANGED,
        /** The OAuth2 token endpoint refused to issue a token. */
        TOKEN,
        /** The server entry itself cannot work: no https admin URL, no secret, OAuth2 without token URL or client. */
        SERVER_ENTRY,
        /** Anything else: an unreachable network, an answer that is not PingFederate's JSON. */
        COMMUNICATION
    }

    /** One of PingFederate's {@code validationErrors}: which field, and what is wrong with it. */
    public record FieldError(String fieldPath, String errorId, String message) {
        @Override
        public String toString() {
            return (fieldPath == null ? "" : fieldPath + ": ") + message;
        }
    }

    private final Reason reason;
    private final int status;
    private final List<FieldError> fieldErrors;

    public PingFederateException(Reason reason, String message) {
        this(reason, 0, message, List.of(), null);
    }

    public PingFederateException(Reason reason, String message, Throwable cause) {
        this(reason, 0, message, List.of(), cause);
    }

    public PingFederateException(
            Reason reason, int status, String message, List<FieldError> fieldErrors, Throwable cause) {
        super(message, cause);
        this.reason = reason;
        this.status = status;
        this.fieldErrors = List.copyOf(fieldErrors);
    }

    public Reason reason() {
        return reason;
    }

    /** The HTTP status PingFederate answered with, or 0 when there was no answer. */
    public int status() {
        return status;
    }

    public List<FieldError> fieldErrors() {
        return fieldErrors;
    }
}
