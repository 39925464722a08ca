package io.p1vault.ui.pingfederate;

import io.p1vault.model.CertificatePin;
import io.p1vault.model.PingFederateServerEntry;
import io.p1vault.model.Secret;
import io.p1vault.pingfederate.PingFederateException;
import io.p1vault.pingfederate.standin.PingFederateStandIn;
import io.p1vault.ui.session.VaultSession;
import io.p1vault.ui.testing.DirectTasks;
import io.p1vault.ui.testing.FakeDialogs;
import io.p1vault.vault.Vault;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ServerConnectorTest {
    private static final char[] PASS = "connector test passphrase".toCharArray();

    @TempDir
    Path dir;

    final DirectTasks tasks = new DirectTasks();
    final FakeDialogs dialogs = new FakeDialogs();
    final VaultSession session = new VaultSession(tasks, dialogs);
    final List<Object> results = new ArrayList<>();
    final List<Throwable> failures = new ArrayList<>();
    PingFederateStandIn standIn;
    PingFederateServerEntry server;
    ServerConnector connector;

    @BeforeEach
    void setUp() throws Exception {
        standIn = PingFederateStandIn.start(0, "admin secret".toCharArray());
        Path file = dir.resolve("v.age");
        Vault.create(file, PASS, 10).close();
        session.opened(Vault.open(file, PASS));
        server = session.editor()
                .addServer("lab", standIn.adminUrl(), PingFederateStandIn.ADMIN_USER, "admin secret".toCharArray())
                .entry();
        session.vault.get().save();
        session.changed();
        connector = new ServerConnector(session, tasks, dialogs);
    }

    @AfterEach
    void tearDown() {
        standIn.close();
        session.lock();
    }

    private void version() {
        connector.run(server, api -> api.version(), results::add, failures::add);
    }

    @Test
    void firstContactAsksOncePinsSavesAndRunsTheWork() throws Exception {
        dialogs.trustAnswer = true;
        version();

        assertThat(failures).isEmpty();
        assertThat(results).containsExactly(PingFederateStandIn.VERSION);
        assertThat(dialogs.certificateQuestions).hasSize(1);
        assertThat(dialogs.certificateQuestions.get(0).changed()).isFalse();
        assertThat(dialogs.certificateQuestions
                        .get(0)
                        .untrusted()
                        .get(0)
                        .presented()
                        .sha256())
                .isEqualTo(standIn.certificate().sha256());
        assertThat(server.getCertificatePins().stream()
                        .map(CertificatePin::value)
                        .toList())
                .containsExactly(standIn.certificate().spkiSha256());
        assertThat(session.dirty.get()).isFalse();
        Path copy = java.nio.file.Files.copy(session.file.get(), dir.resolve("saved-copy.age"));
        try (Vault reopened = Vault.open(copy, PASS)) {
            assertThat(((PingFederateServerEntry) reopened.document().entries.get(0))
                            .getCertificatePins().stream()
                                    .map(CertificatePin::value)
                                    .toList())
                    .containsExactly(standIn.certificate().spkiSha256());
        }

        version();
        assertThat(dialogs.certificateQuestions)
                .as("a pinned certificate is not asked about again")
                .hasSize(1);
        assertThat(results).hasSize(2);
    }

    @Test
    void aDeclinedCertificateSendsNothingAndPinsNothing() {
        standIn.recordRequests();
        dialogs.trustAnswer = false;
        version();

        assertThat(results).isEmpty();
        assertThat(failures).hasSize(1);
        assertThat(failures.get(0))
                .isInstanceOf(PingFederateException.class)
                .hasMessageContaining("was not trusted, so nothing was sent");
        assertThat(server.getCertificatePins()).isEmpty();
        assertThat(standIn.recordedRequests())
                .as("no request got past the TLS handshake")
                .isEmpty();
    }

    @Test
    void aChangedCertificateShowsBothFingerprintsAndTrustingReplacesThePin() {
        dialogs.trustAnswer = true;
        version();
        String before = standIn.certificate().spkiSha256();
        standIn.rotateCertificate();
        String after = standIn.certificate().spkiSha256();

        dialogs.trustAnswer = false;
        version();
        assertThat(failures).hasSize(1);
        assertThat(failures.get(0)).hasMessageContaining("not trusted");
        var question = dialogs.certificateQuestions.get(1);
        assertThat(question.changed()).isTrue();
        assertThat(question.untrusted().get(0).previousPins()).containsExactly(before);
        assertThat(question.untrusted().get(0).presented().spkiSha256()).isEqualTo(after);
        assertThat(server.getCertificatePins().stream()
                        .map(CertificatePin::value)
                        .toList())
                .as("refusing keeps the old pin")
                .containsExactly(before);

        dialogs.trustAnswer = true;
        version();
        assertThat(server.getCertificatePins().stream()
                        .map(CertificatePin::value)
                        .toList())
                .containsExactly(after);
        assertThat(results).hasSize(2);
    }

    @Test
    void otherFailuresGoToTheCallerWithoutAQuestion() {
        server.setSecret(Secret.of("wrong".toCharArray()));
        server.setCertificatePins(List.of(CertificatePin.ofKey(
                CertificatePin.endpointOf(server.getAdminUrl()),
                standIn.certificate().spkiSha256())));
        version();

        assertThat(dialogs.certificateQuestions).isEmpty();
        assertThat(failures)
                .singleElement()
                .isInstanceOfSatisfying(
                        PingFederateException.class,
                        e -> assertThat(e.reason()).isEqualTo(PingFederateException.Reason.UNAUTHORIZED));
    }

    @Test
    void aResultArrivingAfterTheVaultWasLockedIsDropped() {
        server.setCertificatePins(List.of(CertificatePin.ofKey(
                CertificatePin.endpointOf(server.getAdminUrl()),
                standIn.certificate().spkiSha256())));
        connector.run(
                server,
                api -> {
                    String version = api.version();
                    session.lock();
                    return version;
                },
                results::add,
                failures::add);

        assertThat(results).isEmpty();
        assertThat(failures).isEmpty();
    }
}
