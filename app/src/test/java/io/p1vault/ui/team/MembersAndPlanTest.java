package io.p1vault.ui.team;

import io.p1vault.model.Entry;
import io.p1vault.model.EntryKind;
import io.p1vault.vault.Vault;
import io.p1vault.vault.VaultEditor;
import io.p1vault.vault.team.MembersFile;
import io.p1vault.vault.team.RotationPlan;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Team › Members… (add, remove, the refusals) and a removal's plan with its Rotate buttons, without Swing. */
class MembersAndPlanTest {
    @TempDir
    Path dir;

    TeamDesk desk;
    final List<RotationPlan> plans = new ArrayList<>();
    MembersPresenter members;

    @BeforeEach
    void openTeam() throws Exception {
        desk = new TeamDesk(dir).unlocked();
        desk.openTeam();
        members = new MembersPresenter(desk.session, desk.tasks, desk.dialogs, plans::add);
    }

    @AfterEach
    void lock() throws Exception {
        desk.close();
    }

    private List<String> names() {
        return members.rows.get().stream().map(MembersPresenter.Row::name).toList();
    }

    @Test
    void theListComesFromInsideTheVaultAndMarksYou() {
        assertThat(members.rows.get()).singleElement().satisfies(r -> {
            assertThat(r.name()).isEqualTo("alice");
            assertThat(r.recipient()).isEqualTo(desk.alice.recipient());
            assertThat(r.addedBy()).isEqualTo("alice");
            assertThat(r.addedAt()).isNotBlank();
            assertThat(r.you()).isTrue();
        });
        assertThat(members.plainFileWarning.get()).isNull();
    }

    @Test
    void anInvalidRecipientIsRefusedInlineAndAValidOneAddsAndRekeys() throws Exception {
        members.add("bob", "age1notarecipient");
        assertThat(members.message.get()).contains("bob");
        assertThat(names()).containsExactly("alice");
        assertThat(members.added.get()).isZero();

        members.add("bob", " " + desk.bob.recipient() + " ");
        assertThat(members.message.get()).isNull();
        assertThat(names()).containsExactly("alice", "bob");
        assertThat(members.added.get()).isEqualTo(1);
        assertThat(desk.session.busy.get()).isFalse();
        desk.close();
        try (Vault asBob = desk.bob.openTeam(desk.teamFile).vault()) {
            assertThat(asBob.document().members).extracting(m -> m.name).containsExactly("alice", "bob");
        }
        assertThat(MembersFile.read(MembersFile.beside(desk.teamFile)).members())
                .hasSize(2);
    }

    @Test
    void removingYourselfIsRefusedWithTheServicesMessage() {
        desk.dialogs.confirmAnswer = true;
        members.remove(members.rows.get().get(0));
        assertThat(members.message.get()).contains("You cannot remove yourself");
        assertThat(plans).isEmpty();
        assertThat(names()).containsExactly("alice");
    }

    @Test
    void aRemovalAsksFirstThenHandsOnItsPlan() throws Exception {
        members.add("bob", desk.bob.recipient());
        MembersPresenter.Row bob = members.rows.get().get(1);

        desk.dialogs.confirmAnswer = false;
        members.remove(bob);
        assertThat(desk.dialogs.asked).last().asString().contains("Remove \"bob\" from the team?");
        assertThat(names()).containsExactly("alice", "bob");

        desk.dialogs.confirmAnswer = true;
        members.remove(bob);
        assertThat(names()).containsExactly("alice");
        assertThat(plans)
                .singleElement()
                .satisfies(p -> assertThat(p.removedMember()).isEqualTo("bob"));
    }

    @Test
    void aPlainMembersFileThatDiffersIsWarnedAbout() throws Exception {
        Path plain = MembersFile.beside(desk.teamFile);
        Files.writeString(plain, "mallory\t" + desk.bob.recipient() + "\talice\t\n");
        members.refresh();
        assertThat(members.plainFileWarning.get()).contains("does not match");
        Files.delete(plain);
        members.refresh();
        assertThat(members.plainFileWarning.get()).contains("no plain members file");
    }

    @Test
    void thePlanListsEverySecretOldestFirstWithRotateOnlyForTheGatewayCredential() throws Exception {
        RemovalPlanPresenter plan = removeBob();

        assertThat(plan.removedMember).isEqualTo("bob");
        assertThat(plan.rows).extracting(RemovalPlanPresenter.Row::name).containsExactlyInAnyOrder("pf", "gw");
        RemovalPlanPresenter.Row server = row(plan, "pf");
        RemovalPlanPresenter.Row credential = row(plan, "gw");
        assertThat(server.rotatable()).isFalse();
        assertThat(server.kind()).isEqualTo("PingFederate server");
        assertThat(server.replacement()).contains("change the admin password");
        assertThat(credential.rotatable()).isTrue();
        assertThat(credential.deployedTo()).isEqualTo("not deployed");
        assertThat(credential.created()).isNotBlank();

        plan.rotate(server);
        assertThat(desk.rotated).isEmpty();
    }

    @Test
    void rotateShowsTheTeamVaultAndOpensTheExistingRotationOnTheCredential() throws Exception {
        RemovalPlanPresenter plan = removeBob();
        desk.session.show(false);
        Entry gw = desk.session.team.get().vault().document().entries.stream()
                .filter(e -> e.knownKind() == EntryKind.GATEWAY_CREDENTIAL)
                .findFirst()
                .orElseThrow();

        plan.rotate(row(plan, "gw"));

        assertThat(desk.rotated).containsExactly(gw.getId());
        assertThat(desk.session.teamShown.get()).isTrue();
        assertThat(plan.message.get()).isNull();
    }

    @Test
    void rotateAfterTheTeamVaultWasClosedSaysSo() throws Exception {
        RemovalPlanPresenter plan = removeBob();
        desk.opener.close();

        plan.rotate(row(plan, "gw"));

        assertThat(desk.rotated).isEmpty();
        assertThat(plan.message.get()).contains("no longer open");
    }

    @Test
    void theRotationPlanActionReadsThePlanFromTheTeamVaultSoItOutlivesALockAndDropsWhatWasReplaced() throws Exception {
        assertThat(RemovalPlanPresenter.outstanding(desk.session, desk.entries))
                .as("no removal yet")
                .isEmpty();
        removeBob();
        VaultEditor editor = desk.session.editor();
        editor.replaceSecret(editor.require(EntryKind.PINGFEDERATE_SERVER, "pf"), "new-admin-pw".toCharArray());
        desk.session.changed();
        desk.session.save(() -> {});

        desk.session.lock();
        desk.unlocked().openTeam();

        RemovalPlanPresenter plan =
                RemovalPlanPresenter.outstanding(desk.session, desk.entries).orElseThrow();
        assertThat(plan.removedMember).isEqualTo("bob");
        assertThat(plan.rows).extracting(RemovalPlanPresenter.Row::name).containsExactly("gw");
        plan.rotate(row(plan, "gw"));
        assertThat(desk.rotated).as("Rotate works on the reopened team vault").hasSize(1);
    }

    private static RemovalPlanPresenter.Row row(RemovalPlanPresenter plan, String name) {
        return plan.rows.stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow();
    }

    private RemovalPlanPresenter removeBob() {
        members.add("bob", desk.bob.recipient());
        desk.dialogs.confirmAnswer = true;
        members.remove(members.rows.get().get(1));
        return new RemovalPlanPresenter(plans.get(0), desk.session.team.get(), desk.session, desk.entries);
    }
}
