package io.p1vault.vault.team;

import io.p1vault.model.EntryKind;
import io.p1vault.model.GatewayClaims;
import io.p1vault.model.GatewayCredentialEntry;
import io.p1vault.model.PingOneApplicationEntry;
import io.p1vault.model.PingOneRegion;
import io.p1vault.model.Secret;
import io.p1vault.model.TeamMember;
import io.p1vault.model.VaultDocument;
import io.p1vault.vault.Vault;
import io.p1vault.vault.VaultEditor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class RotationPlanTest {
    @TempDir
    Path dir;

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

    @Test
    void theOutstandingPlanIsReadFromTheTeamVaultAndLeavesOutWhatWasReplacedSinceTheRemoval() throws Exception {
        TeamFixture alice = TeamFixture.member(dir.resolve("alice"), "alice");
        TeamFixture bob = TeamFixture.member(dir.resolve("bob"), "bob");
        Path teamFile = dir.resolve("team.age");
        try (Vault personal = alice.openPersonal()) {
            TeamVault.Opened team = TeamVault.create(teamFile, personal, TeamFixture.IDENTITY, "alice");
            try (Vault v = team.vault()) {
                VaultEditor editor = new VaultEditor(v);
                editor.addServer("pf", "https://pf.example.com:9999", "admin", "pw".toCharArray());
                editor.addClientCredentials("api", "id-1", "https://a.example.com/t", "s1".toCharArray());
                editor.addClientCredentials("billing", "id-2", "https://b.example.com/t", "s2".toCharArray());
                v.save();
                TeamVault.addMember(team, "bob", bob.recipient());
                assertThat(RotationPlan.outstanding(v.document()))
                        .as("nobody was removed")
                        .isEmpty();

                RotationPlan atRemoval = TeamVault.removeMember(team, "bob");
                assertThat(RotationPlan.outstanding(v.document()).orElseThrow())
                        .as("derived right after the removal: the plan the removal printed")
                        .isEqualTo(atRemoval);

                editor.replaceSecret(editor.require(EntryKind.CLIENT_CREDENTIALS, "api"), "s1-new".toCharArray());
                editor.rename(editor.require(EntryKind.CLIENT_CREDENTIALS, "billing"), "billing (eu)");
                editor.addClientCredentials("added later", "id-3", "https://c.example.com/t", "s3".toCharArray());
                v.save();
            }
        }
        try (Vault personal = alice.openPersonal();
                Vault reopened =
                        TeamVault.open(teamFile, personal, TeamFixture.IDENTITY).vault()) {
            RotationPlan plan = RotationPlan.outstanding(reopened.document()).orElseThrow();

            assertThat(plan.removedMember()).isEqualTo("bob");
            assertThat(plan.steps())
                    .as("a rename is no rotation; a secret set after the removal was never bob's")
                    .extracting(RotationPlan.Step::name)
                    .containsExactly("pf", "billing (eu)");
        }
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
