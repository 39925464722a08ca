package io.p1vault.cli;

import io.p1vault.pingfederate.standin.PingFederateStandIn;
import io.p1vault.vault.Vault;
import io.p1vault.vault.VaultException;
import picocli.CommandLine;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Runs p1vault in-process on an environment the test controls: variables, standard input and a
 * terminal that answers prompts from a queue (or is absent, as for a script).
 */
final class Cli implements CliEnvironment {
    static final String PASSPHRASE = "correct horse battery staple";
    static final String WORK_FACTOR = "10";

    final Path dir;
    final Map<String, String> variables = new HashMap<>();
    final List<String> prompts = new ArrayList<>();
    private final Deque<String> answers = new ArrayDeque<>();
    private boolean terminal;
    private byte[] stdin = new byte[0];

    /** What one run printed, and its exit status. */
    record Result(int exit, String out, String err) {
        List<String> errLines() {
            return err.lines().toList();
        }
    }

    Cli(Path dir) {
        this.dir = dir;
        variables.put(PassphraseSource.VAULT_VARIABLE, PASSPHRASE);
    }

    Cli set(String variable, String value) {
        if (value == null) {
            variables.remove(variable);
        } else {
            variables.put(variable, value);
        }
        return this;
    }

    Cli stdin(String text) {
        stdin = text.getBytes(StandardCharsets.UTF_8);
        return this;
    }

    /** A terminal that answers the next prompts with {@code typed}, in order. */
    Cli terminal(String... typed) {
        terminal = true;
        answers.addAll(List.of(typed));
        return this;
    }

    Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cmd = P1vaultCommand.commandLineFor(this, args);
        cmd.setOut(new PrintWriter(out, true));
        cmd.setErr(new PrintWriter(err, true));
        int exit = cmd.execute(args);
        return new Result(exit, unixLines(out), unixLines(err));
    }

    /** The text with the platform's line separator as {@code \n}: println ends lines with CRLF on Windows. */
    static String unixLines(StringWriter printed) {
        return printed.toString().replace(System.lineSeparator(), "\n");
    }

    /** A new vault (work factor 10) at {@code name} in the test folder, created through the command line. */
    Path init(String name) {
        Path vault = dir.resolve(name);
        Result r = run("init", "--vault", vault.toString(), "--work-factor", WORK_FACTOR);
        if (r.exit() != 0) {
            throw new AssertionError("init failed: " + r);
        }
        return vault;
    }

    /**
     * A new vault {@code v.age} holding the server "pf" (the stand-in's admin account, password
     * {@code password}) with the stand-in's certificate trusted; returns the vault's path.
     */
    String vaultWithTrustedServer(PingFederateStandIn pf, String password) throws IOException {
        String vault = init("v.age").toString();
        Path passwordFile = Files.writeString(dir.resolve("pw"), password);
        for (Result r : List.of(
                run(
                        "add",
                        "pingfederate-server",
                        "--vault",
                        vault,
                        "--name",
                        "pf",
                        "--url",
                        pf.adminUrl(),
                        "--username",
                        PingFederateStandIn.ADMIN_USER,
                        "--from-file",
                        passwordFile.toString()),
                run(
                        "server",
                        "trust",
                        "--vault",
                        vault,
                        "--server",
                        "pf",
                        "--fingerprint",
                        pf.certificate().sha256()))) {
            if (r.exit() != 0 || (r.out() + r.err()).contains(password)) {
                throw new AssertionError("setting up the server failed: " + r);
            }
        }
        return vault;
    }

    Vault open(Path vault) throws VaultException, IOException {
        return Vault.open(vault, variables.get(PassphraseSource.VAULT_VARIABLE).toCharArray());
    }

    @Override
    public String variable(String name) {
        return variables.get(name);
    }

    @Override
    public InputStream stdin() {
        return new ByteArrayInputStream(stdin);
    }

    @Override
    public Optional<PasswordConsole> console() {
        if (!terminal) {
            return Optional.empty();
        }
        return Optional.of(prompt -> {
            prompts.add(prompt);
            String typed = answers.poll();
            return typed == null ? null : typed.toCharArray();
        });
    }
}
