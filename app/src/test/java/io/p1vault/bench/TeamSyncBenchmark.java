package io.p1vault.bench;

import io.p1vault.model.Entry;
import io.p1vault.model.VaultDocument;
import io.p1vault.model.VaultJson;
import io.p1vault.vault.Vault;
import io.p1vault.vault.VaultEditor;
import io.p1vault.vault.merge.MergeConflict;
import io.p1vault.vault.merge.Resolution;
import io.p1vault.vault.team.GitClones;
import io.p1vault.vault.team.TeamFixture;
import io.p1vault.vault.team.TeamMerge;
import io.p1vault.vault.team.TeamSync;
import io.p1vault.vault.team.TeamVault;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * {@code team sync} of a 10,000-entry team vault after 50 commits on each side (every commit
 * edits one entry's notes, different entries per side), through clones of a bare repository on
 * disk; then the three-way merge alone at 1,000 to 10,000 entries, to show it grows linearly.
 * Run: {@code mvn -B -q -Pbench -Dbench=TeamSyncBenchmark verify}
 */
public final class TeamSyncBenchmark {
    private static final int ENTRIES = 10_000;
    private static final int COMMITS = 50;
    private static final int RUNS = Integer.getInteger("bench.runs", 5);
    /** Up to the most entries a vault document may hold ({@code DocumentLimits.MAX_ENTRIES}). */
    private static final int[] MERGE_SIZES = {1_000, 2_500, 5_000, 7_500, 10_000};

    private static final Function<MergeConflict, Optional<Resolution>> NO_CHOICE = c -> Optional.empty();

    private TeamSyncBenchmark() {}

    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("p1vault-team-bench");
        try {
            System.out.printf(
                    "team sync benchmark: %d entries, %d commits each side, %s, Java %s, %s%n",
                    ENTRIES,
                    COMMITS,
                    Machine.describe(),
                    System.getProperty("java.vm.version"),
                    GitClones.git(dir, Map.of(), "--version").strip());
            sync(dir);
            merges();
        } finally {
            try (var files = Files.walk(dir)) {
                files.sorted(Collections.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static void sync(Path dir) throws Exception {
        Path origin = GitClones.bare(dir);
        TeamFixture alice = TeamFixture.member(dir.resolve("alice"), "alice");
        TeamFixture bob = TeamFixture.member(dir.resolve("bob"), "bob");
        Path aliceTeam = GitClones.cloneOf(origin, dir, "alice").resolve("team.age");
        try (Vault personal = alice.openPersonal()) {
            TeamVault.Opened t = TeamVault.create(aliceTeam, personal, TeamFixture.IDENTITY, "alice");
            try (Vault v = t.vault()) {
                v.document().entries.addAll(RealisticEntries.document(ENTRIES).entries);
                v.save();
                TeamVault.addMember(t, "bob", bob.recipient());
            }
            TeamSync.sync(aliceTeam, personal, TeamFixture.IDENTITY, NO_CHOICE);
        }
        Path bobTeam = GitClones.cloneOf(origin, dir, "bob").resolve("team.age");
        try (Vault personal = bob.openPersonal()) {
            TeamSync.sync(bobTeam, personal, TeamFixture.IDENTITY, NO_CHOICE);
        }
        long t0 = System.nanoTime();
        commits(alice, aliceTeam, 0);
        commits(bob, bobTeam, ENTRIES / 2);
        System.out.printf(
                Locale.ROOT, "  set-up: %d commits each side in %.1f s%n", COMMITS, (System.nanoTime() - t0) / 1e9);
        try (Vault personal = alice.openPersonal()) {
            TeamSync.sync(aliceTeam, personal, TeamFixture.IDENTITY, NO_CHOICE);
        }
        try (Vault personal = bob.openPersonal()) {
            long start = System.nanoTime();
            TeamSync.Report report = TeamSync.sync(bobTeam, personal, TeamFixture.IDENTITY, NO_CHOICE);
            double ms = (System.nanoTime() - start) / 1e6;
            System.out.printf(
                    Locale.ROOT,
                    "  team sync (fetch, merge %d entries, commit, push): %.0f ms, %d merge(s), pushed %b%n",
                    ENTRIES,
                    ms,
                    report.merges(),
                    report.pushed());
        }
    }

    /** {@link #COMMITS} commits, each changing the notes of one entry from {@code first} on. */
    private static void commits(TeamFixture who, Path team, int first) throws Exception {
        for (int i = 0; i < COMMITS; i++) {
            try (Vault v = who.openTeam(team).vault()) {
                Entry e = v.document().entries.get(first + i);
                new VaultEditor(v).setNotes(e, who.name() + " commit " + i);
                v.save();
            }
            GitClones.git(team.getParent(), Map.of(), "commit", "--quiet", "-am", who.name() + " " + i);
        }
    }

    private static VaultDocument copy(VaultDocument doc) throws Exception {
        java.io.ByteArrayOutputStream json = new java.io.ByteArrayOutputStream();
        VaultJson.write(doc, json);
        return VaultJson.read(new java.io.ByteArrayInputStream(json.toByteArray()));
    }

    /** The merge alone (no git, no crypto) over growing documents: each side changed 50 entries. */
    private static void merges() throws Exception {
        System.out.println("\nthree-way merge alone (median of " + RUNS + "):");
        for (int size : MERGE_SIZES) {
            VaultDocument base = RealisticEntries.document(size);
            VaultDocument mine = copy(base);
            VaultDocument theirs = copy(base);
            for (int i = 0; i < COMMITS; i++) {
                mine.entries.get(i).setNotes("mine " + i);
                theirs.entries.get(size - 1 - i).setNotes("theirs " + i);
            }
            List<Double> times = new ArrayList<>();
            for (int r = 0; r < RUNS + 1; r++) {
                double ms = Timings.time(() -> TeamMerge.merge(base, mine, theirs, NO_CHOICE));
                if (r > 0) {
                    times.add(ms);
                }
            }
            Collections.sort(times);
            double median = times.get(times.size() / 2);
            System.out.printf(
                    Locale.ROOT, "  %,7d entries: %8.1f ms  (%.1f µs per entry)%n", size, median, median * 1000 / size);
        }
    }
}
