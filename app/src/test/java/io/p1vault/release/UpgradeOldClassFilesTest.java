package io.p1vault.release;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.objectweb.asm.ClassReader;
import picocli.CommandLine;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The build rewrites the Java 5 class files of the packaged jar (picocli's) in the Java 8 format
 * (app/src/build/java/io/p1vault/build/UpgradeOldClassFiles.java). Here it runs as the build runs
 * it, on picocli's own jar: every class must come out in the new format, load and pass the JVM's
 * verifier, and every other file must stay byte for byte as it was.
 */
class UpgradeOldClassFilesTest {
    private static final Path TOOL =
            RepositoryFiles.root().resolve("app/src/build/java/io/p1vault/build/UpgradeOldClassFiles.java");

    @TempDir
    Path dir;

    @Test
    void picocliComesOutInTheJava8FormatAndPassesTheVerifier() throws Exception {
        Path jar = dir.resolve("picocli.jar");
        Files.copy(jarOf(CommandLine.class), jar);
        Map<String, byte[]> before = entries(jar);
        assertThat(before.entrySet()).anyMatch(e -> isClass(e.getKey()) && majorVersion(e.getValue()) < 50);

        upgrade(jar);

        Map<String, byte[]> after = entries(jar);
        assertThat(after.keySet()).containsExactlyElementsOf(before.keySet());
        try (URLClassLoader loader =
                new URLClassLoader(new URL[] {jar.toUri().toURL()}, ClassLoader.getPlatformClassLoader())) {
            for (Map.Entry<String, byte[]> e : after.entrySet()) {
                String name = e.getKey();
                if (!isClass(name)) {
                    assertThat(e.getValue()).as(name).isEqualTo(before.get(name));
                    continue;
                }
                assertThat(majorVersion(e.getValue())).as(name).isEqualTo(52);
                // Initialising links the class, which runs the verifier on its new stack map frames.
                Class.forName(name.substring(0, name.length() - 6).replace('/', '.'), true, loader);
            }
        }
    }

    private void upgrade(Path jar) throws IOException, InterruptedException, URISyntaxException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process p = new ProcessBuilder(List.of(
                        java.toString(), "-cp", jarOf(ClassReader.class).toString(), TOOL.toString(), jar.toString()))
                .redirectErrorStream(true)
                .start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(2, TimeUnit.MINUTES)).isTrue();
        assertThat(p.exitValue()).as(output).isZero();
        assertThat(output).contains("class files older than Java 6 rewritten");
    }

    private static Path jarOf(Class<?> type) throws URISyntaxException {
        return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    }

    private static Map<String, byte[]> entries(Path jar) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(jar))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                entries.put(e.getName(), in.readAllBytes());
            }
        }
        return entries;
    }

    /** A class file of the jar (its module descriptor is one only by name). */
    private static boolean isClass(String name) {
        return name.endsWith(".class") && !name.endsWith("module-info.class");
    }

    private static int majorVersion(byte[] classFile) {
        return (classFile[6] & 0xff) << 8 | classFile[7] & 0xff;
    }
}
