package io.p1vault.vault.team;

import io.p1vault.model.GatewayClaims;
import io.p1vault.model.GatewayCredentialEntry;
import io.p1vault.model.PingOneApplicationEntry;
import io.p1vault.model.PingOneRegion;
import io.p1vault.model.Secret;
import io.p1vault.model.TeamMember;
import io.p1vault.model.VaultDocument;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class RotationPlanTest {
    private static final String ENVIRONMENT = "8a3f0c1e-5b7d-4e2a-9c6f-1d2e3f4a5b6c";
    private static final TeamMember LEAVER = new TeamMember("carol", "age1carol", "alice", Instant.now());

    @Test
    void aGatewayCredentialIsRotatedWithTheWorkerOfItsEnvironment() {
        VaultDocument document = VaultDocument.empty();
        document.entries.add(app("other env worker", "worker", "11111111-2222-4333-8444-555555555555"));
        document.entries.add(app("web app", "oidc", ENVIRONMENT));
        document.entries.add(app("prod worker", "worker", ENVIRONMENT));
        document.entries.add(credential());

        RotationPlan plan = RotationPlan.of(document, LEAVER);

        assertThat(commandFor(plan, "pf gateway"))
                .isEqualTo("p1vault rotate --credential 'pf gateway' --app 'prod worker'");
    }

    @Test
    void withoutAWorkerOfThatEnvironmentThePlanSaysWhichOneIsNeeded() {
        VaultDocument document = VaultDocument.empty();
        document.entries.add(app("web app", "oidc", ENVIRONMENT));
        document.entries.add(credential());

        RotationPlan plan = RotationPlan.of(document, LEAVER);

        assertThat(commandFor(plan, "pf gateway")).isEqualTo("p1vault rotate --credential 'pf gateway' --app WORKER");
    }

    private static String commandFor(RotationPlan plan, String name) {
        return plan.steps().stream()
                .filter(s -> s.name().equals(name))
                .findFirst()
                .orElseThrow()
                .command();
    }

    private static PingOneApplicationEntry app(String name, String type, String environment) {
        return new PingOneApplicationEntry(
                name, type, environment, PingOneRegion.EUROPE, "client-" + name, Secret.of("s3cret".toCharArray()));
    }

    private static GatewayCredentialEntry credential() {
        GatewayClaims claims = new GatewayClaims();
        claims.environmentId = ENVIRONMENT;
        return new GatewayCredentialEntry("pf gateway", Secret.of("eyJ.canary.jwt".toCharArray()), claims);
    }
}
