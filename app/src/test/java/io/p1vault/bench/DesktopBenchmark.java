package io.p1vault.bench;

import io.p1vault.crypto.age.AgeCommand;
import io.p1vault.desktop.AppDirectories;
import io.p1vault.desktop.Settings;
import io.p1vault.desktop.SettingsStore;
import io.p1vault.model.VaultDocument;
import io.p1vault.vault.Vault;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The desktop figures, side by side with KeePassXC in one run: process launch to the first
 * visible window, pressing Unlock to a usable list of 10 000 entries at the default work factor
 * (beside {@code age -d} of the same file), and the resident memory with that vault open.
 * Needs an X display with a window manager, {@code xdotool}, {@code keepassxc}, {@code age} and
 * {@code expect}; the jar and the {@code p1vault} launcher come from {@code mvn package}.
 */
public final class DesktopBenchmark {
    private static final String PASSPHRASE = "benchmark passphrase";
    private static final int RUNS = Integer.getInteger("bench.runs", 5);
    private static final int ENTRIES = 10_000;
    private static final int WORK_FACTOR = 18;
    private static final long IDLE_MILLIS = 20_000;
    private static final Path ROOT = Path.of(System.getProperty("bench.projectDir", "."))
            .toAbsolutePath()
            .normalize();
    private static final Path LAUNCHER = ROOT.resolve("p1vault");
    private static final Path JAR = ROOT.resolve("app/target/p1vault.jar");
    /** The launcher the Linux package installs; a contender when installed (see installer/README.md). */
    private static final Path INSTALLED = Path.of(System.getProperty("bench.installed", "/opt/p1vault/bin/p1vault"));

    private static final boolean STARTUP_ONLY = Boolean.getBoolean("bench.startupOnly");
    /** Only Unlock pressed to the painted list, beside age -d: the launch and the memory are skipped. */
    private static final boolean UNLOCK_ONLY = Boolean.getBoolean("bench.unlockOnly");
    /**
     * Another build's jar (e.g. the last release's, or main's before a change) whose unlock runs
     * alternated with this build's, for a before/after figure taken in the same minutes.
     */
    private static final String BASELINE_JAR = System.getProperty("bench.baselineJar", "");
    /** KeePassXC is the peer where it is installed; without it the floor frame is the only reference. */
    private static final boolean KEEPASSXC = onPath("keepassxc");

    private DesktopBenchmark() {}

    public static void main(String[] args) throws Exception {
        requireTools();
        Path dir = Files.createTempDirectory("p1vault-desktop-bench");
        try {
            VaultDocument doc = RealisticEntries.document(ENTRIES);
            Path kdbx = dir.resolve("vault.kdbx");
            if (KEEPASSXC) {
                Path xml = dir.resolve("entries.xml");
                KeePassXc.writeXml(doc.entries, xml);
                KeePassXc.importXml(xml, kdbx, PASSPHRASE, null);
                Files.delete(xml);
            }
            // Closing the vault wipes the secrets of the document it holds, so the KDBX is written first.
            Path vault = dir.resolve("vault.age");
            try (Vault v = Vault.create(vault, PASSPHRASE.toCharArray(), WORK_FACTOR)) {
                v.document().entries.addAll(doc.entries);
                v.save();
            }
            System.out.printf(
                    Locale.ROOT,
                    "desktop benchmark: %d runs each, %d entries, work factor %d, %s, Java %s, %s%n",
                    RUNS,
                    ENTRIES,
                    WORK_FACTOR,
                    Machine.describe(),
                    System.getProperty("java.version"),
                    KEEPASSXC ? KeePassXc.version() : "no keepassxc installed");
            if (KEEPASSXC) {
                System.out.println("  KDBX: " + KeePassXc.keySettings(kdbx, PASSPHRASE));
            }

            if (!UNLOCK_ONLY) {
                startup(dir, vault, kdbx);
            }
            if (!STARTUP_ONLY) {
                unlock(dir, vault);
                if (KEEPASSXC && !UNLOCK_ONLY) {
                    memory(dir, vault, kdbx);
                }
            }
        } finally {
            VaultBenchmark.deleteTree(dir);
        }
    }

    /**
     * Launch to the first visible window; our window shows the unlock dialog of the last vault,
     * KeePassXC its unlock view, the floor frame its frame. The floor starts as the launcher starts
     * p1vault: on Java 25 with a class cache recorded by a first run. The installed package's
     * launcher joins when it is installed.
     */
    private static void startup(Path dir, Path vault, Path kdbx) throws Exception {
        Sandbox ours = Sandbox.create(dir.resolve("startup-ours"), vault);
        Sandbox theirs = Sandbox.create(dir.resolve("startup-keepassxc"), null);
        recordClassCache(ours);

        Contender floor = floor(dir, theirs);
        Contender launcher = new Contender("ours: ./p1vault", ours, List.of(LAUNCHER.toString()), "p1vault");
        Contender plainJar = new Contender(
                "ours: java -jar p1vault.jar",
                ours,
                List.of(LauncherJvm.benchmarkJava(), "-jar", JAR.toString()),
                "p1vault");
        List<Contender> contenders = new ArrayList<>(List.of(floor, launcher, plainJar));
        Contender keepassxc = null;
        if (KEEPASSXC) {
            keepassxc = new Contender(
                    "keepassxc " + kdbx.getFileName(), theirs, List.of("keepassxc", kdbx.toString()), "KeePassXC");
            contenders.add(keepassxc);
        }
        Contender packaged = null;
        if (Files.isExecutable(INSTALLED)) {
            packaged = new Contender("ours: installed " + INSTALLED, ours, List.of(INSTALLED.toString()), "p1vault");
            contenders.add(packaged);
        }
        for (int i = 0; i < RUNS; i++) {
            for (Contender c : contenders) {
                c.launch();
            }
        }
        System.out.println("\nlaunch to the first visible window (xdotool search --onlyvisible, polled continuously):");
        contenders.forEach(c -> System.out.println("  " + c.wall.row()));
        System.out.println(
                "the process's CPU time (user + system, all threads) by then, steadier than the above on a busy machine:");
        contenders.forEach(c -> System.out.println("  " + c.cpu.row()));
        System.out.println(Timings.ratio("./p1vault / floor frame", launcher.wall, floor.wall));
        System.out.println(Timings.ratio("java -jar / floor frame", plainJar.wall, floor.wall));
        System.out.println(Timings.ratio("./p1vault / floor frame, CPU time", launcher.cpu, floor.cpu));
        if (keepassxc != null) {
            System.out.println(Timings.ratio("./p1vault / keepassxc", launcher.wall, keepassxc.wall));
            System.out.println(Timings.ratio("floor frame / keepassxc", floor.wall, keepassxc.wall));
        } else {
            System.out.println("  (keepassxc is not installed: it is not measured)");
        }
        if (packaged != null) {
            System.out.println(Timings.ratio("installed / floor frame", packaged.wall, floor.wall));
            System.out.println(Timings.ratio("installed / ./p1vault", packaged.wall, launcher.wall));
        } else {
            System.out.println("  (no installed package at " + INSTALLED + ": its launcher is not measured)");
        }
    }

    /** The floor frame started as the launcher starts p1vault, with a cache recorded by a first run. */
    private static Contender floor(Path dir, Sandbox sandbox) throws Exception {
        Path cache = LauncherJvm.cacheIn(dir, "floor");
        List<Path> classPath = List.of(JAR, LauncherJvm.jarOf(FloorFrame.class, dir.resolve("floor.jar")));
        String main = FloorFrame.class.getName();
        Launch.start(sandbox, LauncherJvm.recording(cache, classPath, main), FloorFrame.TITLE)
                .stop();
        if (!Files.isRegularFile(cache)) {
            throw new IOException("the floor frame's first run recorded no cache at " + cache);
        }
        String name = "floor: FlatLaf frame, " + (LauncherJvm.aot() ? "Java 25 + AOT cache" : "AppCDS");
        return new Contender(name, sandbox, LauncherJvm.using(cache, classPath, main), FloorFrame.TITLE);
    }

    /** One program measured at launch: time to its first visible window, and the CPU time it had spent by then. */
    private record Contender(
            String name, Sandbox sandbox, List<String> command, String windowName, Timings wall, Timings cpu) {
        Contender(String name, Sandbox sandbox, List<String> command, String windowName) {
            this(name, sandbox, command, windowName, new Timings(name), new Timings(name));
        }

        void launch() throws Exception {
            Launch launch = Launch.start(sandbox, command, windowName);
            cpu.add(launch.cpuMillisAtWindow);
            wall.add(launch.stop());
        }
    }

    /**
     * The launcher's first window run starts the training of its window's class cache in the
     * background; once that has ended, the next run checks the recording and takes it up.
     */
    private static void recordClassCache(Sandbox ours) throws Exception {
        Launch.start(ours, List.of(LAUNCHER.toString()), "p1vault").stop();
        Path caches = ours.home().resolve(".cache/p1vault");
        // The launcher makes the lock before it starts the window, so it exists by now while training runs.
        Path lock = caches.resolve("desktop-training.lock");
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        while (Files.exists(lock)) {
            if (System.nanoTime() > deadline) {
                throw new IOException("the launcher's window training did not end within 3 minutes");
            }
            Thread.sleep(100);
        }
        Launch.start(ours, List.of(LAUNCHER.toString()), "p1vault").stop();
        try (var files = Files.list(caches)) {
            String cache = files.map(p -> p.getFileName().toString())
                    .filter(n -> n.startsWith("desktop-") && (n.endsWith(".aot") || n.endsWith(".jsa")))
                    .findFirst()
                    .orElseThrow(() -> new IOException("the launcher recorded no window cache in " + caches));
            System.out.println("  the launcher's window cache: " + cache);
        }
    }

    /** Pressing Unlock to the painted list, in a fresh process each time, beside age -d of the same file. */
    private static void unlock(Path dir, Path vault) throws Exception {
        Sandbox ours = Sandbox.create(dir.resolve("unlock-ours"), vault);
        List<String> command = unlockCommand(dir.resolve("unlock-ours"), ours, JAR);
        Sandbox before = BASELINE_JAR.isEmpty() ? null : Sandbox.create(dir.resolve("unlock-baseline"), vault);
        List<String> baseline =
                before == null ? null : unlockCommand(dir.resolve("unlock-baseline"), before, Path.of(BASELINE_JAR));
        Timings age = new Timings("age -d (passphrase entered to exit)");
        Timings gui = new Timings("ours: Unlock pressed to painted list");
        Timings old = new Timings("baseline jar: the same");
        Path out = dir.resolve("vault.json");
        for (int i = 0; i < RUNS; i++) {
            age.add(AgeCommand.timedDecryptWithPassphrase(vault, out, PASSPHRASE));
            // Each build goes first in every other round, so that neither is always the one that runs
            // right after age -d has freed its 256 MiB. Even so, the same jar against itself came out
            // at 0.96 and 1.04 in two runs of 13-14 rounds: smaller differences are noise here.
            boolean baselineFirst = baseline != null && i % 2 == 1;
            if (baselineFirst) {
                old.add(unlockInFreshProcess(before, baseline));
            }
            gui.add(unlockInFreshProcess(ours, command));
            if (baseline != null && !baselineFirst) {
                old.add(unlockInFreshProcess(before, baseline));
            }
        }
        System.out.printf(
                Locale.ROOT,
                "%nunlock, %d entries, work factor %d (%.1f MiB):%n",
                ENTRIES,
                WORK_FACTOR,
                Files.size(vault) / 1048576.0);
        System.out.println("  ours started as ./p1vault starts the window: "
                + String.join(" ", command.subList(0, command.indexOf("-cp"))));
        for (Timings t : baseline == null ? List.of(age, gui) : List.of(age, gui, old)) {
            System.out.println("  " + t.row());
        }
        System.out.println(Timings.ratio("ours / age -d", gui, age));
        if (baseline != null) {
            System.out.println("  baseline jar: " + BASELINE_JAR);
            System.out.println(Timings.ratio("baseline / age -d", old, age));
            System.out.println(Timings.pairedRatio("ours / baseline", gui, old));
        }
    }

    /**
     * The in-process unlock of {@code jar}, started as the launcher starts the window, with a class
     * cache recorded by a first (unmeasured) run: {@link UnlockToList} beside the jar.
     */
    private static List<String> unlockCommand(Path dir, Sandbox sandbox, Path jar) throws Exception {
        Path cache = LauncherJvm.cacheIn(dir, "unlock");
        List<Path> classPath = List.of(jar, LauncherJvm.jarOf(UnlockToList.class, dir.resolve("unlock.jar")));
        String main = UnlockToList.class.getName();
        unlockInFreshProcess(sandbox, LauncherJvm.recording(cache, classPath, main, String.valueOf(ENTRIES)));
        if (!Files.isRegularFile(cache)) {
            throw new IOException("the unlock's first run recorded no cache at " + cache);
        }
        return LauncherJvm.using(cache, classPath, main, String.valueOf(ENTRIES));
    }

    private static double unlockInFreshProcess(Sandbox ours, List<String> command)
            throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command);
        ours.applyTo(pb.environment());
        pb.environment().put("P1VAULT_BENCH_PASSPHRASE", PASSPHRASE);
        pb.redirectError(ProcessBuilder.Redirect.INHERIT);
        Process p = pb.start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        if (!p.waitFor(2, TimeUnit.MINUTES) || p.exitValue() != 0) {
            throw new IOException("the unlock run failed: " + output);
        }
        return Double.parseDouble(output.lines().findFirst().orElse(""));
    }

    /** Resident memory after the vault has been open and idle, beside KeePassXC holding the same entries. */
    private static void memory(Path dir, Path vault, Path kdbx) throws Exception {
        Sandbox ours = Sandbox.create(dir.resolve("memory-ours"), vault);
        Sandbox theirs = Sandbox.create(dir.resolve("memory-keepassxc"), null);
        List<Long> oursKiB = new ArrayList<>();
        List<Long> theirsKiB = new ArrayList<>();
        int runs = Math.max(1, RUNS / 2);
        for (int i = 0; i < runs; i++) {
            Launch k = Launch.start(
                    theirs, List.of("keepassxc", "--pw-stdin", kdbx.toString()), "KeePassXC", PASSPHRASE + "\n");
            // KeePassXC titles its window with the database's name, not the file's.
            k.awaitWindowNamed(KeePassXc.DATABASE_NAME + " - KeePassXC");
            Thread.sleep(IDLE_MILLIS);
            theirsKiB.add(k.residentKiB());
            k.stop();

            Launch o = Launch.start(ours, List.of(LAUNCHER.toString()), "p1vault");
            o.unlock(PASSPHRASE, vault.getFileName().toString());
            Thread.sleep(IDLE_MILLIS);
            oursKiB.add(o.residentKiB());
            o.stop();
        }
        long k = median(theirsKiB);
        long o = median(oursKiB);
        System.out.printf(
                Locale.ROOT,
                "%nresident memory (VmRSS) with %d entries open, after %d s idle (n=%d):%n",
                ENTRIES,
                IDLE_MILLIS / 1000,
                runs);
        System.out.printf(
                Locale.ROOT,
                "  keepassxc                                      %7.1f MiB   %s%n",
                k / 1024.0,
                theirsKiB);
        System.out.printf(
                Locale.ROOT, "  ours (./p1vault)                               %7.1f MiB   %s%n", o / 1024.0, oursKiB);
        System.out.printf(Locale.ROOT, "  ratio ours / keepassxc                         %.2f%n", (double) o / k);
    }

    private static long median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    /** A home, config and data folder of its own, so neither program reads a real user's settings. */
    private record Sandbox(Path home) {
        static Sandbox create(Path home, Path lastVault) throws IOException {
            Files.createDirectories(home);
            Sandbox s = new Sandbox(home);
            if (lastVault != null) {
                Settings settings = new Settings();
                settings.remember(lastVault);
                new SettingsStore(s.directories().settingsFile()).save(settings);
            }
            return s;
        }

        AppDirectories directories() {
            return new AppDirectories(home.resolve(".local/share/p1vault"), home.resolve(".config/p1vault"));
        }

        void applyTo(Map<String, String> env) {
            env.put("HOME", home.toString());
            env.put("XDG_CONFIG_HOME", home.resolve(".config").toString());
            env.put("XDG_DATA_HOME", home.resolve(".local/share").toString());
            env.put("XDG_CACHE_HOME", home.resolve(".cache").toString());
        }
    }

    /** A started desktop program whose first window has become visible. */
    private static final class Launch {
        private final Process process;
        private final double millisToWindow;
        private final double cpuMillisAtWindow;

        private Launch(Process process, double millisToWindow, double cpuMillisAtWindow) {
            this.process = process;
            this.millisToWindow = millisToWindow;
            this.cpuMillisAtWindow = cpuMillisAtWindow;
        }

        static Launch start(Sandbox sandbox, List<String> command, String windowName) throws Exception {
            return start(sandbox, command, windowName, null);
        }

        static Launch start(Sandbox sandbox, List<String> command, String windowName, String stdin) throws Exception {
            ProcessBuilder pb = new ProcessBuilder(command)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.DISCARD);
            sandbox.applyTo(pb.environment());
            long t0 = System.nanoTime();
            Process p = pb.start();
            try (OutputStream in = p.getOutputStream()) {
                if (stdin != null) {
                    in.write(stdin.getBytes(StandardCharsets.UTF_8));
                }
            }
            awaitWindow(p, windowName);
            double millis = (System.nanoTime() - t0) / 1e6;
            return new Launch(
                    p, millis, p.info().totalCpuDuration().orElseThrow().toNanos() / 1e6);
        }

        /** Waits, polling without pause, for a visible window of {@code p} whose name contains {@code name}. */
        private static String awaitWindow(Process p, String name) throws IOException, InterruptedException {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            String id = null;
            while (id == null) {
                if (!p.isAlive()) {
                    throw new IOException(p.info().command().orElse("the program") + " exited (" + p.exitValue()
                            + ") before showing a window named " + name);
                }
                if (System.nanoTime() > deadline) {
                    p.destroyForcibly();
                    throw new IOException("no window named " + name + " within 60 s");
                }
                id = visibleWindow(p.pid(), name);
            }
            return id;
        }

        /** The id of a visible window of {@code pid} whose name contains {@code name}, or null. */
        private static String visibleWindow(long pid, String name) throws IOException, InterruptedException {
            Process x = new ProcessBuilder(
                            // Without --all xdotool matches a window meeting any one condition: a
                            // window of that name left on the display by another process would do.
                            "xdotool", "search", "--all", "--onlyvisible", "--pid", String.valueOf(pid), "--name", name)
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            String out = new String(x.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).strip();
            x.waitFor();
            return out.isEmpty() ? null : out.lines().findFirst().orElseThrow();
        }

        /** Types the passphrase into the unlock dialog and waits for the window to name the open vault. */
        void unlock(String passphrase, String vaultName) throws IOException, InterruptedException {
            run("xdotool", "windowactivate", "--sync", awaitWindow(process, "Unlock"));
            run("xdotool", "type", "--delay", "20", passphrase);
            run("xdotool", "key", "Return");
            awaitWindowNamed(vaultName);
        }

        /** Waits for a window whose name shows the program's state, e.g. an open database. */
        void awaitWindowNamed(String name) throws IOException, InterruptedException {
            awaitWindow(process, name);
        }

        long residentKiB() throws IOException {
            return Files.readAllLines(Path.of("/proc", String.valueOf(process.pid()), "status")).stream()
                    .filter(l -> l.startsWith("VmRSS:"))
                    .map(l -> Long.parseLong(l.replaceAll("\\D", "")))
                    .findFirst()
                    .orElseThrow(() -> new IOException("no VmRSS for " + process.pid()));
        }

        /** Ends the program as a desktop session would (SIGTERM) and returns the time its window took. */
        double stop() throws InterruptedException {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
            Thread.sleep(300);
            return millisToWindow;
        }

        private static void run(String... command) throws IOException, InterruptedException {
            Process p = new ProcessBuilder(command).inheritIO().start();
            if (p.waitFor() != 0) {
                throw new IOException(String.join(" ", command) + " failed");
            }
        }
    }

    private static void requireTools() throws IOException, InterruptedException {
        if (System.getenv("DISPLAY") == null) {
            throw new IOException("DISPLAY is not set: run under an X display with a window manager (see README)");
        }
        for (String tool : List.of("xdotool", "age", "expect")) {
            if (!onPath(tool)) {
                throw new IOException(tool + " is missing (Debian: apt-get install " + tool + ")");
            }
        }
        if (!Files.isRegularFile(JAR) || !Files.isExecutable(LAUNCHER)) {
            throw new IOException(
                    "build first (mvn -B -q package -DskipTests): " + JAR + " or " + LAUNCHER + " is missing");
        }
    }

    private static boolean onPath(String tool) {
        try {
            return new ProcessBuilder("sh", "-c", "command -v " + tool)
                            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                            .start()
                            .waitFor()
                    == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
