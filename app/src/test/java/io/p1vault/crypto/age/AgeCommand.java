package io.p1vault.crypto.age;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Drives the reference {@code age} command (Debian package {@code age}). age reads passphrases
 * only from a terminal, so passphrase runs go through {@code expect}, which gives it a pty (Linux and
 * macOS; Windows has no expect).
 */
public final class AgeCommand {
    private AgeCommand() {}

    /**
     * Fails (never skips) when age is missing: CI installs it on every system and must run these tests.
     * The passphrase runs also need {@code expect}, checked when they start (tests of those are marked
     * {@code NeedsExpect}: Windows has no expect).
     */
    public static void requireInstalled() {
        require("age", "age-keygen");
    }

    private static void require(String... tools) {
        for (String tool : tools) {
            if (!onPath(tool)) {
                throw new AssertionError("'" + tool + "' is not installed: apt-get install age expect, brew install age"
                        + " (macOS has expect), or age's release zip on Windows (see README)");
            }
        }
    }

    /** Whether {@code tool} is on PATH, as {@code tool.exe} on Windows. */
    private static boolean onPath(String tool) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            for (String name : new String[] {tool, tool + ".exe"}) {
                if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, name))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Starts {@code pb} with its standard input closed at once: the command must not wait for input. */
    private static Process startWithoutInput(ProcessBuilder pb) throws IOException {
        Process p = pb.redirectInput(ProcessBuilder.Redirect.PIPE).start();
        p.getOutputStream().close();
        return p;
    }

    /** Runs a command, failing with its error output when it exits non-zero; returns stdout. */
    public static byte[] run(String... command) throws IOException, InterruptedException {
        Process p = startWithoutInput(new ProcessBuilder(command));
        byte[][] err = new byte[1][];
        Thread errReader = new Thread(() -> {
            try {
                err[0] = p.getErrorStream().readAllBytes();
            } catch (IOException e) {
                err[0] = new byte[0];
            }
        });
        errReader.start();
        byte[] out = p.getInputStream().readAllBytes();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IOException("timed out: " + String.join(" ", command));
        }
        errReader.join();
        if (p.exitValue() != 0) {
            throw new IOException(String.join(" ", command) + " exited " + p.exitValue() + ": "
                    + new String(err[0], StandardCharsets.UTF_8).strip());
        }
        return out;
    }

    /** age-keygen into {@code keyFile}; returns the public key it printed in the file. */
    public static String keygen(Path keyFile) throws IOException, InterruptedException {
        run("age-keygen", "-o", keyFile.toString());
        for (String line : Files.readAllLines(keyFile)) {
            if (line.startsWith("# public key: ")) {
                return line.substring("# public key: ".length()).strip();
            }
        }
        throw new IOException("age-keygen wrote no public key");
    }

    /** {@code age -p}: encrypts {@code in} to {@code out} with a passphrase typed at its prompt. */
    public static void encryptWithPassphrase(Path in, Path out, String passphrase, boolean armor)
            throws IOException, InterruptedException {
        List<String> args = new ArrayList<>(List.of("age", "-p"));
        if (armor) {
            args.add("-a");
        }
        args.addAll(List.of("-o", out.toString(), in.toString()));
        expect(args, passphrase, 2);
    }

    /** {@code age -d}: decrypts a passphrase file, typing the passphrase at its prompt. */
    public static void decryptWithPassphrase(Path in, Path out, String passphrase)
            throws IOException, InterruptedException {
        expect(List.of("age", "-d", "-o", out.toString(), in.toString()), passphrase, 1);
    }

    /**
     * Like {@link #decryptWithPassphrase} and returns the milliseconds from spawning age to its
     * exit, measured inside expect so expect's own start-up is not counted.
     */
    public static long timedDecryptWithPassphrase(Path in, Path out, String passphrase)
            throws IOException, InterruptedException {
        return expect(List.of("age", "-d", "-o", out.toString(), in.toString()), passphrase, 1);
    }

    private static long expect(List<String> command, String passphrase, int prompts)
            throws IOException, InterruptedException {
        require("expect");
        Path script = Files.createTempFile("age-expect", ".exp");
        try {
            StringBuilder s = new StringBuilder("set timeout 120\nset started [clock milliseconds]\n");
            s.append("spawn -noecho");
            for (String arg : command) {
                s.append(' ').append(tclQuote(arg));
            }
            s.append('\n');
            for (int i = 0; i < prompts; i++) {
                s.append(
                        "expect -re {[Pp]assphrase[^:]*: } { send -- $env(AGE_TEST_PASSPHRASE)\\r } timeout { exit 3 } eof { exit 4 }\n");
            }
            s.append("expect eof\ncatch wait result\n");
            s.append("puts \"ELAPSED_MS=[expr {[clock milliseconds] - $started}]\"\n");
            s.append("exit [lindex $result 3]\n");
            Files.writeString(script, s.toString());
            ProcessBuilder pb = new ProcessBuilder("expect", script.toString());
            pb.environment().put("AGE_TEST_PASSPHRASE", passphrase);
            pb.redirectErrorStream(true);
            Process p = startWithoutInput(pb);
            byte[] output = p.getInputStream().readAllBytes();
            if (!p.waitFor(180, TimeUnit.SECONDS) || p.exitValue() != 0) {
                p.destroyForcibly();
                throw new IOException("age under expect failed (" + String.join(" ", command) + "): "
                        + new String(output, StandardCharsets.UTF_8).strip());
            }
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("ELAPSED_MS=(\\d+)")
                    .matcher(new String(output, StandardCharsets.UTF_8));
            if (!m.find()) {
                throw new IOException("expect printed no timing");
            }
            return Long.parseLong(m.group(1));
        } finally {
            Files.deleteIfExists(script);
        }
    }

    private static String tclQuote(String s) {
        return "{" + s.replace("{", "\\{").replace("}", "\\}") + "}";
    }
}
