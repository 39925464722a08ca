package io.p1vault.vault;

import io.p1vault.testing.TestClassPath;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Another process holding a vault open, for lock tests: the child opens the vault, prints
 * READY and keeps it open until its standard input closes.
 */
public final class VaultHolder implements AutoCloseable {
    private final Process process;

    private VaultHolder(Process process) {
        this.process = process;
    }

    public static VaultHolder start(Path vault, String passphrase) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String cp = TestClassPath.get();
        ProcessBuilder pb = new ProcessBuilder(
                java, "-XX:TieredStopAtLevel=1", "-cp", cp, VaultHolder.class.getName(), vault.toString());
        pb.environment().put("HOLDER_PASSPHRASE", passphrase);
        pb.redirectError(ProcessBuilder.Redirect.INHERIT);
        Process p = pb.start();
        String first = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8)).readLine();
        if (!"READY".equals(first)) {
            p.destroyForcibly();
            throw new IOException("the holder process did not open the vault: " + first);
        }
        return new VaultHolder(p);
    }

    public long pid() {
        return process.pid();
    }

    @Override
    public void close() throws Exception {
        process.getOutputStream().close();
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }

    public static void main(String[] args) throws Exception {
        try (Vault vault =
                Vault.open(Path.of(args[0]), System.getenv("HOLDER_PASSPHRASE").toCharArray())) {
            System.out.println("READY");
            System.out.flush();
            while (System.in.read() >= 0) {
                // Hold the vault until the parent closes our input.
            }
        }
    }
}
