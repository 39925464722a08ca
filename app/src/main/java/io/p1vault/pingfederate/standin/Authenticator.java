package io.p1vault.pingfederate.standin;

import io.p1vault.model.Secret;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;

import static io.p1vault.pingfederate.standin.Answer.json;
import static io.p1vault.pingfederate.standin.Answer.ok;

/** Who is calling: native admin accounts over HTTP Basic, and bearer tokens from the OAuth2 token endpoint. */
final class Authenticator {
    private final StandInState state;

    Authenticator(StandInState state) {
        this.state = state;
    }

    /** The token endpoint: client credentials (Basic or form) for a bearer token. */
    Answer token(String method, String authorization, byte[] body) {
        if (!method.equals("POST")) {
            return Answer.error(405, "method_not_allowed", "Use POST.");
        }
        Map<String, String> form = Call.decodeForm(new String(body, StandardCharsets.UTF_8));
        String[] client =
                basic(authorization, true).orElse(new String[] {form.get("client_id"), form.get("client_secret")});
        Secret known = client[0] == null ? null : state.oauthClients.get(client[0]);
        Secret given = Secret.of(client[1] == null ? new char[0] : client[1].toCharArray());
        boolean accepted = known != null && client[1] != null && known.sameAs(given);
        given.destroy();
        if (!accepted) {
            return new Answer(
                    401,
                    json().put("error", "invalid_client")
                            .put("error_description", "Invalid client or client credentials."));
        }
        if (!"client_credentials".equals(form.get("grant_type"))) {
            return new Answer(400, json().put("error", "unsupported_grant_type"));
        }
        String token = RandomValues.token();
        state.tokens.put(token, Instant.now().plus(state.tokenLifetime));
        state.tokensIssued.incrementAndGet();
        return ok(json().put("access_token", token)
                .put("token_type", "Bearer")
                .put("expires_in", state.tokenLifetime.toSeconds()));
    }

    /** Empty when the header authenticates nobody; else whether the account is an admin. */
    Optional<Boolean> authenticate(String header) {
        if (header != null && header.startsWith("Bearer ")) {
            Instant expires = state.tokens.get(header.substring(7));
            return expires != null && Instant.now().isBefore(expires) ? Optional.of(true) : Optional.empty();
        }
        return basic(header, false).flatMap(pair -> {
            StandInState.User user = state.users.get(pair[0]);
            Secret given = Secret.of(pair[1].toCharArray());
            try {
                return user != null && user.password().sameAs(given) ? Optional.of(user.admin()) : Optional.empty();
            } finally {
                given.destroy();
            }
        });
    }

    /** User and password of an HTTP Basic header; {@code formEncoded} for OAuth2 clients (RFC 6749 2.3.1). */
    private static Optional<String[]> basic(String header, boolean formEncoded) {
        if (header == null || !header.startsWith("Basic ")) {
            return Optional.empty();
        }
        try {
            String pair =
                    new String(Base64.getDecoder().decode(header.substring(6).strip()), StandardCharsets.UTF_8);
            int colon = pair.indexOf(':');
            if (colon < 0) {
                return Optional.empty();
            }
            String user = pair.substring(0, colon);
            String password = pair.substring(colon + 1);
            return Optional.of(
                    formEncoded
                            ? new String[] {
                                URLDecoder.decode(user, StandardCharsets.UTF_8),
                                URLDecoder.decode(password, StandardCharsets.UTF_8)
                            }
                            : new String[] {user, password});
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
