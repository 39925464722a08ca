package io.p1vault.integrations;

import io.p1vault.model.PingOneApplicationEntry;
import io.p1vault.model.PingOneRegion;

/** The checks every integration makes on the PingOne application it is given. */
final class Applications {
    private Applications() {}

    /** Refuses an application of another type; {@code purpose} says what needs this one. */
    static void requireType(PingOneApplicationEntry app, String type, String purpose) throws IntegrationException {
        if (!type.equals(app.getType())) {
            throw new IntegrationException(purpose + " needs a PingOne " + typeName(type) + "; \"" + app.getName()
                    + "\" is " + ("oidc".equals(app.getType()) ? "an " : "a ") + typeName(app.getType()) + ".");
        }
    }

    static PingOneRegion region(PingOneApplicationEntry app) throws IntegrationException {
        return PingOneRegion.fromTld(app.getRegion())
                .orElseThrow(() -> new IntegrationException("The PingOne application \"" + app.getName()
                        + "\" has no known region (" + app.getRegion() + "); set it with p1vault edit --region."));
    }

    /** {@code https://auth.pingone.<tld>/<envId>/as}: the issuer and the base of the OAuth endpoints. */
    static String authBase(PingOneApplicationEntry app) throws IntegrationException {
        return "https://" + region(app).authHost() + "/" + app.getEnvironmentId() + "/as";
    }

    private static String typeName(String type) {
        return "oidc".equals(type) ? "OIDC web app" : type + " application";
    }
}
