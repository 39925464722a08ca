package io.p1vault.cli;

import io.p1vault.model.Entry;
import io.p1vault.model.EntryKind;
import io.p1vault.model.GatewayCredentialEntry;
import io.p1vault.model.PingFederateServerEntry;
import io.p1vault.model.rules.EntryRules;
import io.p1vault.vault.Vault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The launcher records the command line's class cache from {@link CliTraining}: every command of it
 * must succeed (a run that fails halfway records no cache), and its vault must hold an entry of
 * every kind, so that listing and showing each kind is in the cache, with the pins and deployments
 * that commands on a real server add (their rules run in every list).
 */
class CliTrainingTest {
    @TempDir
    Path dir;

    @Test
    void everyCommandSucceedsOnAVaultHoldingEveryKind() throws Exception {
        assertThat(CliTraining.train(dir.resolve("training"))).isNull();

        try (Vault vault = Vault.open(dir.resolve("training/training.age"), "training only".toCharArray())) {
            assertThat(vault.document().entries.stream().map(Entry::knownKind).collect(Collectors.toSet()))
                    .containsExactlyInAnyOrder(EntryKind.values());
        }
    }

    @Test
    void theVaultHoldsWhatOnlyCommandsOnARealServerAdd() throws Exception {
        assertThat(CliTraining.train(dir.resolve("training"))).isNull();

        try (Vault vault = Vault.open(dir.resolve("training/training.age"), "training only".toCharArray())) {
            List<Entry> entries = vault.document().entries;
            assertThat(entries)
                    .filteredOn(PingFederateServerEntry.class::isInstance)
                    .map(PingFederateServerEntry.class::cast)
                    .extracting(PingFederateServerEntry::getAuthType)
                    .containsExactlyInAnyOrder("basic", "oauth2");
            assertThat(entries)
                    .filteredOn(PingFederateServerEntry.class::isInstance)
                    .map(PingFederateServerEntry.class::cast)
                    .allSatisfy(
                            server -> assertThat(server.getCertificatePins()).hasSize(1));
            assertThat(entries)
                    .filteredOn(GatewayCredentialEntry.class::isInstance)
                    .map(GatewayCredentialEntry.class::cast)
                    .singleElement()
                    .satisfies(gateway -> assertThat(gateway.getDeployments()).hasSize(1));
            assertThat(entries)
                    .allSatisfy(entry -> assertThat(EntryRules.check(entry)).isEmpty());
        }
    }
}
