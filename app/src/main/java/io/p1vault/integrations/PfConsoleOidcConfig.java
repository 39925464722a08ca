package io.p1vault.integrations;

import io.p1vault.model.PingOneApplicationEntry;
import io.p1vault.runproperties.Edit;

import java.util.List;

/**
 * PingFederate administrative console sign-on with a PingOne OIDC web application: the values
 * of {@code <pf_install>/pingfederate/bin/oidc.properties} and the {@code run.properties} change
 * {@code pf.console.authentication=OIDC}. Keys, their order and the role values follow
 * PingFederate's "Enabling OIDC-based authentication" page
 * (https://docs.pingidentity.com/pingfederate/latest/administrators_reference_guide/pf_enabling_oidc_based_auth.html).
 *
 * <p>The client secret is never written: PingFederate expects it obfuscated by its own
 * {@code obfuscate.sh} (or {@code obfuscate.bat}), whose format we do not reproduce, so the
 * user is told the command to run instead.
 */
public final class PfConsoleOidcConfig {
    public static final Edit RUN_PROPERTIES_EDIT = Edit.set("pf.console.authentication", "OIDC");
    public static final String OBFUSCATE_COMMAND = "<pf_install>/pingfederate/bin/obfuscate.sh 'CLIENT_SECRET'";
    /** The ID token claim PingOne fills with the user's username (its profile scope). */
    static final String USERNAME_ATTRIBUTE = "preferred_username";
    /** A claim the PingOne application must map; its values name PingFederate's roles below. */
    static final String ROLE_ATTRIBUTE = "pf_admin_roles";

    private PfConsoleOidcConfig() {}

    public static GeneratedDocument oidcProperties(PingOneApplicationEntry app) throws IntegrationException {
        Applications.requireType(app, "oidc", "PingFederate console sign-on");
        String as = Applications.authBase(app);
        OrderedProperties p = new OrderedProperties()
                .comment("oidc.properties for PingFederate console sign-on with the PingOne application \""
                        + app.getName() + "\"")
                .put("client.id", app.getClientId())
                .put(
                        "client.authn.method",
                        "post".equals(app.getTokenAuthMethod()) ? "client_secret_post" : "client_secret_basic")
                .comment("client.secret: the output of " + OBFUSCATE_COMMAND
                        + " (not written here: PingFederate expects it obfuscated)")
                .put("authorization.endpoint", as + "/authorize")
                .put("token.endpoint", as + "/token")
                .put("issuer", as)
                .put("scopes", "openid profile")
                .put("username.attribute.name", USERNAME_ATTRIBUTE)
                .put("role.attribute.name", ROLE_ATTRIBUTE)
                .put("role.admin", "admin")
                .put("role.cryptoManager", "cryptoadmin")
                .put("role.userAdmin", "useradmin")
                .put("role.expressionAdmin", "expressionadmin");
        List<String> notes = List.of(
                "The client secret is not written. On the PingFederate host, obfuscate it with PingFederate's own tool "
                        + "and add the output as client.secret= in oidc.properties:",
                "  " + OBFUSCATE_COMMAND + "    (Windows: obfuscate.bat; CLIENT_SECRET is the application's "
                        + "client secret: p1vault show --reveal, or Copy in the desktop app)",
                "In PingOne, check the application \"" + app.getName() + "\":",
                "  [ ] its redirect URI is https://<pf_admin_host>:<pf_admin_port>/pingfederate/app?service=finishsso",
                "  [ ] its scopes include openid and profile",
                "  [ ] an attribute mapping " + ROLE_ATTRIBUTE
                        + " gives admin, cryptoadmin, useradmin or expressionadmin",
                "Set pf.console.authentication=OIDC in run.properties (--runprops FILE does it) and restart PingFederate.");
        return new GeneratedDocument(p.text(), false, notes);
    }
}
