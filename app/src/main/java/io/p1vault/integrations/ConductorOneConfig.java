package io.p1vault.integrations;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.p1vault.model.ClientCredentialsEntry;
import io.p1vault.model.PingOneApplicationEntry;

import java.util.ArrayList;
import java.util.List;

/**
 * The Kubernetes Secret and Deployment of ConductorOne's self-hosted baton-ping-one connector,
 * from a PingOne worker application and ConductorOne's own OAuth client. The variable names, the
 * image and the scopes are those of ConductorOne's PingOne connector page
 * (https://www.conductorone.com/docs/baton/ping-one); the manifests follow the shape of its
 * self-hosted setup: a Secret with every variable, a Deployment reading them through envFrom.
 */
public final class ConductorOneConfig {
    public static final String IMAGE = "ghcr.io/conductorone/baton-ping-one:latest";
    static final String NAME = "baton-ping-one";
    static final String SECRET_NAME = "baton-ping-one-secrets";
    /** The PingOne scopes the connector needs (its README's list), for the checklist. */
    public static final List<String> SCOPES = List.of(
            "p1:read:user",
            "p1:read:userGroup",
            "p1:read:role",
            "p1:read:population",
            "p1:create:user",
            "p1:update:user",
            "p1:delete:user",
            "p1:update:userGroup",
            "p1:update:role");

    private ConductorOneConfig() {}

    public static GeneratedDocument manifests(
            PingOneApplicationEntry app,
            ClientCredentialsEntry conductorOne,
            boolean provisioning,
            SecretChoice secrets)
            throws IntegrationException {
        Applications.requireType(app, "worker", "The baton-ping-one connector");
        ObjectNode stringData = Formats.object();
        stringData.put("BATON_CLIENT_ID", conductorOne.getClientId());
        stringData.putPOJO(
                "BATON_CLIENT_SECRET",
                secrets.value(conductorOne.getClientSecret(), "REPLACE_WITH_CONDUCTORONE_CLIENT_SECRET"));
        stringData.put("BATON_PINGONE_CLIENT_ID", app.getClientId());
        stringData.putPOJO(
                "BATON_PINGONE_CLIENT_SECRET",
                secrets.value(app.getClientSecret(), "REPLACE_WITH_PINGONE_CLIENT_SECRET"));
        stringData.put("BATON_PINGONE_ENVIRONMENT_ID", app.getEnvironmentId());
        if (provisioning) {
            stringData.put("BATON_PROVISIONING", "true");
        }
        ObjectNode secret = Formats.object();
        secret.put("apiVersion", "v1");
        secret.put("kind", "Secret");
        secret.putObject("metadata").put("name", SECRET_NAME);
        secret.put("type", "Opaque");
        secret.set("stringData", stringData);

        List<String> notes = new ArrayList<>();
        notes.add("Grant the PingOne worker application \"" + app.getName() + "\" these scopes (roles) in PingOne:");
        SCOPES.forEach(scope -> notes.add("  [ ] " + scope));
        if (!"com".equals(app.getRegion())) {
            notes.add("The application is in the PingOne region \"" + app.getRegion() + "\"; ConductorOne's setup "
                    + "lists no region variable: check baton-ping-one --help for a region setting.");
        }
        return new GeneratedDocument(
                Formats.yaml(List.of(secret, deployment())), secrets == SecretChoice.INCLUDE, notes);
    }

    private static ObjectNode deployment() {
        ObjectNode deployment = Formats.object();
        deployment.put("apiVersion", "apps/v1");
        deployment.put("kind", "Deployment");
        ObjectNode metadata = deployment.putObject("metadata");
        metadata.put("name", NAME);
        metadata.putObject("labels").put("app", NAME);
        ObjectNode spec = deployment.putObject("spec");
        spec.putObject("selector").putObject("matchLabels").put("app", NAME);
        ObjectNode template = spec.putObject("template");
        ObjectNode labels = template.putObject("metadata").putObject("labels");
        labels.put("app", NAME);
        labels.put("baton", "true");
        labels.put("baton-app", "ping-one");
        ObjectNode container = template.putObject("spec").putArray("containers").addObject();
        container.put("name", NAME);
        container.put("image", IMAGE);
        container.put("imagePullPolicy", "IfNotPresent");
        ObjectNode hostId = container.putArray("env").addObject();
        hostId.put("name", "BATON_HOST_ID");
        hostId.put("value", NAME);
        container.putArray("envFrom").addObject().putObject("secretRef").put("name", SECRET_NAME);
        return deployment;
    }
}
