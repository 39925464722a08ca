package io.p1vault.pingfederate;

/** How requests to the admin API authenticate: the value of their Authorization header. */
interface AdminAuthorization {
    /** "Basic" or "Bearer", for previews. */
    String scheme();

    /**
     * The header value. OkHttp keeps headers as Strings, so this is the one place a secret
     * becomes a String; it lives only as long as the request.
     */
    String header() throws PingFederateException;

    /** Drops a cached token the server refused; true when a new one can be fetched (so a retry is worth it). */
    boolean forgetRefused();

    /** What the server's 401 means for this kind of authorization. */
    String unauthorizedMessage(String host);
}
