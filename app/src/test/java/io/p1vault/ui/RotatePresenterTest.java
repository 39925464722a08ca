package io.p1vault.ui;

import io.p1vault.model.GatewayCredentialEntry;
import io.p1vault.ui.pingone.RotatePresenter;
import io.p1vault.ui.session.VaultSession;
import io.p1vault.ui.testing.DirectTasks;
import io.p1vault.ui.testing.FakeDialogs;
import io.p1vault.ui.testing.RotationVault;
import io.p1vault.ui.testing.StandInVault;
import io.p1vault.ui.testing.TestApp;
import io.p1vault.vault.Vault;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The desktop's rotation without a window, against both stand-ins: plan, progress, a stop, Resume. */
class RotatePresenterTest {
    @TempDir
    Path dir;

    private RotationVault stands;
    private VaultSession session;
    private final DirectTasks tasks = new DirectTasks();

    private RotatePresenter open(boolean clustered) throws Exception {
        stands = new RotationVault(clustered);
        Vault vault = Vault.open(stands.vault(dir.resolve("v.age")), TestApp.PASSPHRASE.toCharArray());
        session = new VaultSession(tasks, new FakeDialogs());
        session.opened(vault);
        return new RotatePresenter(credential(RotationVault.CREDENTIAL), session, tasks);
    }

    @AfterEach
    void tearDown() {
        if (session != null) {
            session.lock();
        }
        if (stands != null) {
            stands.close();
        }
    }

    @Test
    void theWholeRotationShowsEachStepAndEndsWithTheOldCredentialRevoked() throws Exception {
        RotatePresenter rotate = open(false);
        String oldId = credential(RotationVault.CREDENTIAL).getClaims().jti;
        assertThat(rotate.application.get().getName()).isEqualTo(RotationVault.WORKER);
        assertThat(rotate.steps.get())
                .contains(
                        "push to " + StandInVault.SERVER + " / " + RotationVault.CONNECTION + ": pending",
                        "revoke: pending");
        assertThat(rotate.canRun.get()).isTrue();
        rotate.revokeOld.set(true);

        rotate.run();

        assertThat(rotate.message.get()).startsWith("Rotated: \"gw\" now holds the new credential");
        assertThat(rotate.finished.get()).isTrue();
        assertThat(rotate.canRun.get()).isFalse();
        assertThat(rotate.steps.get())
                .contains("revoke: done", "replicate on " + StandInVault.SERVER + ": skipped (standalone)");
        assertThat(tasks.progress).isNotEmpty().last().isEqualTo(1.0);
        assertThat(stands.pingOne.credentialIds()).hasSize(1).doesNotContain(oldId);
        assertThat(credential(RotationVault.CREDENTIAL).getClaims().jti).isNotEqualTo(oldId);
        assertThat(session.dirty.get()).isFalse();
    }

    @Test
    void aStopKeepsTheNewCredentialAndResumeFinishes() throws Exception {
        RotatePresenter rotate = open(true);
        rotate.replicate.set(false);

        rotate.run();

        assertThat(rotate.finished.get()).isFalse();
        assertThat(rotate.resumable.get()).isTrue();
        assertThat(rotate.message.get()).contains("--replicate");
        assertThat(rotate.steps.get())
                .contains("create: done")
                .anyMatch(s -> s.startsWith("replicate on") && s.contains("pending"));
        assertThat(stands.pingOne.credentialIds()).hasSize(2);

        stands.pingOne.refuseNextRevocation(403, "Actor does not have permissions");
        rotate.replicate.set(true);
        rotate.revokeOld.set(true);
        rotate.run();
        assertThat(rotate.message.get()).contains("refused to revoke");
        assertThat(rotate.steps.get()).anyMatch(s -> s.startsWith("revoke: failed"));

        rotate.run();
        assertThat(rotate.finished.get()).isTrue();
        assertThat(stands.pingOne.credentialIds()).hasSize(1);
    }

    private GatewayCredentialEntry credential(String name) {
        return StandInVault.credential(session == null ? null : session.editor(), name);
    }
}
