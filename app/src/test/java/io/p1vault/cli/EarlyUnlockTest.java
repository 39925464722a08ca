package io.p1vault.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The command line starts its vault's key derivation from its arguments before the command runs;
 * the command then opens the vault as it would have without it, and a wrong passphrase is still
 * reported as wrong.
 */
class EarlyUnlockTest {
    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0} gives the vault {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "list --vault v.age|v.age",
                "list --vault=v.age --json|v.age",
                "show --passphrase-file p --vault /tmp/x.age name|/tmp/x.age",
                "list -- --vault v.age|",
                "list --vault|",
                "list|"
            })
    void theVaultOptionIsReadAsTheCommandReadsIt(String line, String vault) {
        assertThat(EarlyUnlock.option(line.split(" "), "--vault")).isEqualTo(vault == null ? null : Path.of(vault));
    }

    @Test
    void aCommandWhoseDerivationStartedEarlyListsTheVault() {
        Cli cli = new Cli(dir);
        String vault = cli.init("v.age").toString();
        String[] args = {"list", "--vault", vault};

        assertThat(EarlyUnlock.start(args, cli)).isTrue();
        Cli.Result result = cli.run(args);

        assertThat(result.exit()).as(result.err()).isZero();
    }

    @Test
    void anEarlyDerivationLeavesTheReadingWarmUpToTheCommandOpeningItsVaultOnce() {
        Cli cli = new Cli(dir);
        String vault = cli.init("v.age").toString();
        String[] args = {"list", "--vault", vault};
        EarlyUnlock.prepareReading();

        assertThat(EarlyUnlock.prepareReading()).as("nothing started early").isFalse();
        assertThat(EarlyUnlock.start(args, cli)).isTrue();
        assertThat(cli.run(args).exit()).isZero();
        assertThat(EarlyUnlock.prepareReading())
                .as("the command has prepared it")
                .isFalse();

        assertThat(EarlyUnlock.start(args, cli)).isTrue();
        assertThat(EarlyUnlock.prepareReading()).isTrue();
        assertThat(EarlyUnlock.prepareReading()).isFalse();
    }

    @Test
    void withoutAPassphraseGivenNothingStartsAndTheCommandAsksAsUsual() {
        Cli cli = new Cli(dir);
        String vault = cli.init("v.age").toString();
        cli.set(PassphraseSource.VAULT_VARIABLE, null);

        assertThat(EarlyUnlock.start(new String[] {"list", "--vault", vault}, cli))
                .isFalse();
        assertThat(EarlyUnlock.start(
                        new String[] {"list", "--vault", dir.resolve("none.age").toString()}, cli))
                .isFalse();
    }

    @Test
    void aPassphraseFileGivenForTheEarlyDerivationIsReadAsTheCommandReadsIt() throws Exception {
        Cli cli = new Cli(dir);
        String vault = cli.init("v.age").toString();
        Path file = Files.writeString(dir.resolve("passphrase"), Cli.PASSPHRASE + "\n");
        cli.set(PassphraseSource.VAULT_VARIABLE, null);
        String[] args = {"list", "--vault", vault, "--passphrase-file", file.toString()};

        EarlyUnlock.start(args, cli);
        Cli.Result result = cli.run(args);

        assertThat(result.exit()).as(result.err()).isZero();
    }

    @Test
    void aWrongPassphraseStartedEarlyIsStillReportedAsWrong() {
        Cli cli = new Cli(dir);
        String vault = cli.init("v.age").toString();
        cli.set(PassphraseSource.VAULT_VARIABLE, "not the passphrase");
        String[] args = {"list", "--vault", vault};

        EarlyUnlock.start(args, cli);
        Cli.Result result = cli.run(args);

        assertThat(result.exit()).isNotZero();
        assertThat(result.err()).contains("Wrong passphrase");
    }
}
