package io.p1vault.integrations;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.p1vault.model.PingOneApplicationEntry;
import io.p1vault.model.PingOneRegion;
import io.p1vault.model.Secret;

import java.util.Arrays;
import java.util.List;

/**
 * What PingOne Advanced Identity Cloud's PingOne application asks for on its "Configure
 * provisioning" form, from a PingOne worker application: as labelled values (each copied on its
 * own) or as the connector configuration of the OpenICF PingOne connector that form fills
 * (property names from https://docs.pingidentity.com/openicf/connector-reference/pingone.html).
 */
public final class AicProvisioningConfig {
    static final int MAXIMUM_CONNECTIONS = 10;
    static final int CONNECTION_TIMEOUT_SECONDS = 30;

    /** One value of the form: its label there, its connector property, and its text or secret. */
    public record Field(String label, String property, String value, Secret secret) {
        public boolean isSecret() {
            return secret != null;
        }
    }

    private AicProvisioningConfig() {}

    public static List<Field> fields(PingOneApplicationEntry app) throws IntegrationException {
        Applications.requireType(app, "worker", "Advanced Identity Cloud provisioning");
        PingOneRegion region = Applications.region(app);
        return List.of(
                new Field("Service Uri", "serviceUri", "https://" + region.apiHost(), null),
                new Field("Token Endpoint", "tokenEndpoint", region.tokenEndpoint(app.getEnvironmentId()), null),
                new Field("Environment Id", "environmentId", app.getEnvironmentId(), null),
                new Field("Client Id", "clientId", app.getClientId(), null),
                new Field("Client Secret", "clientSecret", null, app.getClientSecret()),
                new Field("Grant Type", "grantType", "client_credentials", null),
                new Field(
                        "Use Basic Auth For OAuth Token Neg",
                        "useBasicAuthForOauthTokenNeg",
                        Boolean.toString(!"post".equals(app.getTokenAuthMethod())),
                        null),
                new Field("Maximum Connections", "maximumConnections", Integer.toString(MAXIMUM_CONNECTIONS), null),
                new Field(
                        "Connection Timeout", "connectionTimeout", Integer.toString(CONNECTION_TIMEOUT_SECONDS), null));
    }

    /** The form's values as "Label: value" lines. */
    public static GeneratedDocument form(PingOneApplicationEntry app, SecretChoice secrets)
            throws IntegrationException {
        WipingCharWriter out = new WipingCharWriter();
        for (Field f : fields(app)) {
            out.append(f.label()).append(": ");
            if (f.isSecret() && secrets == SecretChoice.INCLUDE) {
                char[] value = f.secret().reveal();
                out.write(value, 0, value.length);
                Arrays.fill(value, '\0');
            } else {
                out.append(f.isSecret() ? "REPLACE_WITH_PINGONE_CLIENT_SECRET" : f.value());
            }
            out.append('\n');
        }
        return new GeneratedDocument(out.takeAndWipe(), secrets == SecretChoice.INCLUDE, List.of());
    }

    /** The same values as the connector's {@code configurationProperties}, typed as the connector reads them. */
    public static GeneratedDocument connectorJson(PingOneApplicationEntry app, SecretChoice secrets)
            throws IntegrationException {
        ObjectNode properties = Formats.object();
        for (Field f : fields(app)) {
            switch (f.property()) {
                case "clientSecret" ->
                    properties.putPOJO(f.property(), secrets.value(f.secret(), "REPLACE_WITH_PINGONE_CLIENT_SECRET"));
                case "useBasicAuthForOauthTokenNeg" -> properties.put(f.property(), Boolean.parseBoolean(f.value()));
                case "maximumConnections", "connectionTimeout" ->
                    properties.put(f.property(), Integer.parseInt(f.value()));
                default -> properties.put(f.property(), f.value());
            }
        }
        ObjectNode root = Formats.object();
        root.set("configurationProperties", properties);
        return new GeneratedDocument(Formats.json(root), secrets == SecretChoice.INCLUDE, List.of());
    }
}
