package io.p1vault.integrations;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.p1vault.model.PingOneApplicationEntry;

import java.util.ArrayList;
import java.util.List;

/**
 * The body of Cloudflare Zero Trust's {@code POST /accounts/{account_id}/access/identity_providers}
 * that adds a PingOne OIDC web application as an identity provider.
 *
 * <p>{@code type} is {@code pingone}, the value of Cloudflare's API schema (its
 * {@code access_pingone} identity provider, whose config is {@code client_id},
 * {@code client_secret}, {@code claims}, {@code email_claim_name} and {@code ping_env_id}); the
 * example in Cloudflare's PingOne guide shows {@code ping}, which the schema does not list.
 * {@code pkce_enabled} belongs to Cloudflare's generic OIDC settings and is written only when asked.
 */
public final class CloudflareIdpConfig {
    public static final String TYPE = "pingone";
    public static final String REDIRECT_URI = "https://<team-name>.cloudflareaccess.com/cdn-cgi/access/callback";

    private CloudflareIdpConfig() {}

    public static GeneratedDocument body(
            PingOneApplicationEntry app, String idpName, List<String> claims, boolean pkce, SecretChoice secrets)
            throws IntegrationException {
        Applications.requireType(app, "oidc", "Cloudflare Access sign-on");
        ObjectNode body = Formats.object();
        body.put("name", idpName == null || idpName.isBlank() ? app.getName() : idpName.strip());
        body.put("type", TYPE);
        ObjectNode config = body.putObject("config");
        config.put("client_id", app.getClientId());
        config.putPOJO("client_secret", secrets.value(app.getClientSecret(), "REPLACE_WITH_PINGONE_CLIENT_SECRET"));
        config.put("ping_env_id", app.getEnvironmentId());
        if (!claims.isEmpty()) {
            claims.forEach(config.putArray("claims")::add);
        }
        if (pkce) {
            config.put("pkce_enabled", true);
        }
        List<String> notes = new ArrayList<>();
        notes.add("In PingOne, check the application \"" + app.getName() + "\":");
        notes.add("  [ ] it is an OIDC Web App, enabled, with the authorization code grant");
        notes.add("  [ ] its scopes include openid, email and profile");
        notes.add("  [ ] its redirect URI is " + REDIRECT_URI + " (your Zero Trust team name)");
        if (!"com".equals(app.getRegion())) {
            notes.add("The application is in the PingOne region \"" + app.getRegion() + "\"; Cloudflare's PingOne "
                    + "type takes only the environment ID: if sign-on fails, use Cloudflare's generic OIDC type with "
                    + "the endpoints under " + Applications.authBase(app) + ".");
        }
        return new GeneratedDocument(Formats.json(body), secrets == SecretChoice.INCLUDE, notes);
    }
}
