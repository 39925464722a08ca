package io.p1vault.bench;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

/**
 * How {@code ./p1vault} starts the JVM, for benchmark processes that cannot go through the launcher
 * (the floor frame, the in-process unlock) but must start the same way to be compared with it: the
 * same Java (25 when installed), the same options, and a class cache recorded by a first run.
 * {@code LauncherOptionsTest} checks that the launcher still passes each of these options.
 */
public final class LauncherJvm {
    /** The Java the launcher prefers. */
    static final Path JAVA_25 = Path.of(System.getProperty("bench.java25", "/usr/lib/jvm/temurin-25-jdk-amd64"));

    /** Where the launcher finds out whether the kernel offers transparent huge pages. */
    public static final Path HUGE_PAGES = Path.of("/sys/kernel/mm/transparent_hugepage/enabled");

    private LauncherJvm() {}

    /** Whether the launcher would run on Java 25 with an AOT cache (else the benchmark's Java with AppCDS). */
    public static boolean aot() {
        return Files.isExecutable(JAVA_25.resolve("bin/java"));
    }

    static String java() {
        return aot() ? JAVA_25.resolve("bin/java").toString() : benchmarkJava();
    }

    /** The Java running the benchmark, for the plain {@code java -jar} contenders. */
    static String benchmarkJava() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** The launcher's options (the window's and the command line's), before its cache option. */
    public static List<String> options() {
        List<String> options = new ArrayList<>(List.of("-XX:G1PeriodicGCInterval=5000", "-Xlog:cds=off"));
        if (aot()) {
            options.add("-Xlog:aot=off");
        }
        if (Files.exists(HUGE_PAGES)) {
            options.addAll(List.of("-XX:+UseTransparentHugePages", "-Xlog:pagesize=off"));
        }
        options.addAll(List.of(
                "-XX:CompileThresholdScaling=10",
                "-XX:CompileCommand=quiet",
                "-XX:CompileCommand=CompileThresholdScaling,io.p1vault.crypto.*::*,0.05"));
        return options;
    }

    /** The command that starts {@code main} on {@code classPath} as the launcher would, recording {@code cache}. */
    static List<String> recording(Path cache, List<Path> classPath, String main, String... args) {
        return command((aot() ? "-XX:AOTCacheOutput=" : "-XX:ArchiveClassesAtExit=") + cache, classPath, main, args);
    }

    /** The same command, using the cache a {@link #recording} run wrote. */
    static List<String> using(Path cache, List<Path> classPath, String main, String... args) {
        return command((aot() ? "-XX:AOTCache=" : "-XX:SharedArchiveFile=") + cache, classPath, main, args);
    }

    /** A cache file name in {@code dir} for the kind of cache this Java records. */
    static Path cacheIn(Path dir, String name) {
        return dir.resolve(name + (aot() ? ".aot" : ".jsa"));
    }

    /**
     * Writes a jar holding {@code main} and its nested classes, to go on the class path beside the
     * application's jar: class caches (AppCDS, AOT) take jars, not folders.
     */
    static Path jarOf(Class<?> main, Path jar) throws IOException {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        List<Class<?>> classes = new ArrayList<>(List.of(main));
        classes.addAll(List.of(main.getDeclaredClasses()));
        try (OutputStream out = Files.newOutputStream(jar);
                JarOutputStream jarOut = new JarOutputStream(out, manifest)) {
            for (Class<?> c : classes) {
                String entry = c.getName().replace('.', '/') + ".class";
                jarOut.putNextEntry(new JarEntry(entry));
                try (InputStream in = main.getClassLoader().getResourceAsStream(entry)) {
                    if (in == null) {
                        throw new IOException("no class file " + entry + " on the class path");
                    }
                    in.transferTo(jarOut);
                }
                jarOut.closeEntry();
            }
        }
        return jar;
    }

    private static List<String> command(String cacheOption, List<Path> classPath, String main, String... args) {
        List<String> command = new ArrayList<>();
        command.add(java());
        command.addAll(options());
        command.add(cacheOption);
        command.add("-cp");
        command.add(String.join(
                File.pathSeparator, classPath.stream().map(Path::toString).toList()));
        command.add(main);
        command.addAll(List.of(args));
        return command;
    }
}
