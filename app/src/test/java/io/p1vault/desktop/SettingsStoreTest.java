package io.p1vault.desktop;

import io.p1vault.testing.OwnerOnly;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class SettingsStoreTest {
    @TempDir
    Path dir;

    @Test
    void aMissingFileGivesTheDefaults() {
        SettingsStore store = new SettingsStore(dir.resolve("none/settings.json"));
        Settings s = store.load();
        assertThat(s.theme).isEqualTo(Settings.Theme.SYSTEM);
        assertThat(s.autoLockMinutes).isEqualTo(5);
        assertThat(s.clipboardSeconds).isEqualTo(30);
        assertThat(s.workFactor).isEqualTo(18);
        assertThat(s.lockOnMinimise).isFalse();
        assertThat(store.loadProblem()).isEmpty();
    }

    @Test
    void savesAndLoadsPrivately() throws Exception {
        SettingsStore store = new SettingsStore(dir.resolve("cfg/settings.json"));
        Settings s = new Settings();
        s.theme = Settings.Theme.DARK;
        s.autoLockMinutes = 0;
        s.lockOnMinimise = true;
        s.clipboardSeconds = 12;
        s.workFactor = 19;
        s.runPropertiesBackups = 3;
        s.remember(dir.resolve("a.age"));
        store.save(s);
        Settings back = store.load();
        assertThat(back).usingRecursiveComparison().isEqualTo(s);
        OwnerOnly.assertOwnerOnly(store.file());
    }

    @Test
    void theTeamVaultIsRememberedByFileAndIdentityNameAndReopensOnlyBesideItsPersonalVault() throws Exception {
        SettingsStore store = new SettingsStore(dir.resolve("cfg/settings.json"));
        Path team = Files.writeString(dir.resolve("team.age"), "x");
        Path personal = dir.resolve("mine.age");
        Settings s = new Settings();
        s.rememberTeam(team, "work key", personal);
        store.save(s);
        Settings back = store.load();
        assertThat(back).usingRecursiveComparison().isEqualTo(s);
        assertThat(back.teamIdentity).isEqualTo("work key");
        assertThat(back.teamVaultBeside(personal)).contains(team.toAbsolutePath());
        assertThat(back.teamVaultBeside(dir.resolve("other.age"))).isEmpty();
        Files.delete(team);
        assertThat(back.teamVaultBeside(personal))
                .as("a team vault no longer there")
                .isEmpty();

        back.rememberTeam(null, null, null);
        store.save(back);
        assertThat(Files.readString(store.file())).doesNotContain("team");

        Files.writeString(
                store.file(),
                "{\"teamVault\": \"/t\u001b]0;x\u0007.age\", \"teamIdentity\": \"me\", \"teamPersonalVault\": \"/p.age\"}");
        Settings hostile = store.load();
        assertThat(hostile.teamVault).isNull();
        assertThat(hostile.teamIdentity).isNull();
    }

    @Test
    void aBrokenFileGivesDefaultsAndSaysWhy() throws Exception {
        Path file = Files.writeString(dir.resolve("settings.json"), "{ not json");
        SettingsStore store = new SettingsStore(file);
        assertThat(store.load().theme).isEqualTo(Settings.Theme.SYSTEM);
        assertThat(store.loadProblem())
                .hasValueSatisfying(p -> assertThat(p).contains(file.toString()).contains("defaults"));
    }

    @Test
    void outOfRangeValuesAreBroughtBackAndUnknownFieldsIgnored() throws Exception {
        Path file = Files.writeString(
                dir.resolve("settings.json"),
                "{\"clipboardSeconds\": 1, \"autoLockMinutes\": -3, \"workFactor\": 40, \"future\": true, \"theme\": null}");
        Settings s = new SettingsStore(file).load();
        assertThat(s.clipboardSeconds).isEqualTo(Settings.MIN_CLIPBOARD_SECONDS);
        assertThat(s.autoLockMinutes).isZero();
        assertThat(s.workFactor).isEqualTo(20);
        assertThat(s.theme).isEqualTo(Settings.Theme.SYSTEM);
    }

    @Test
    void aKeyGivenTwiceMakesTheFileBrokenRatherThanPickingOne() throws Exception {
        Path file = Files.writeString(dir.resolve("settings.json"), "{\"theme\": \"dark\", \"theme\": \"light\"}");
        SettingsStore store = new SettingsStore(file);
        assertThat(store.load().theme).isEqualTo(Settings.Theme.SYSTEM);
        assertThat(store.loadProblem()).hasValueSatisfying(p -> assertThat(p).contains("defaults"));
    }

    @Test
    void anOversizedFileIsBrokenAndNotReadWhole() throws Exception {
        Path file = Files.writeString(
                dir.resolve("settings.json"), "{\"theme\": \"dark\", \"pad\": [" + "0,".repeat(40_000) + "0]}");
        SettingsStore store = new SettingsStore(file);
        assertThat(store.load().theme).isEqualTo(Settings.Theme.SYSTEM);
        assertThat(store.loadProblem()).isPresent();
    }

    @Test
    void recentVaultPathsWithControlCharactersOrHugeLengthsAreDropped() throws Exception {
        Path file = Files.writeString(
                dir.resolve("settings.json"),
                "{\"recentVaults\": [\"/ok.age\", \"/evil\\u001b]0;pwned\\u0007.age\", \"/" + "a".repeat(4_000)
                        + "\", \"/b.age\"]}");
        Settings s = new SettingsStore(file).load();
        assertThat(s.recentVaults).containsExactly("/ok.age", "/" + "a".repeat(4_000), "/b.age");
        Path tooLong =
                Files.writeString(dir.resolve("long.json"), "{\"recentVaults\": [\"/" + "a".repeat(5_000) + "\"]}");
        SettingsStore store = new SettingsStore(tooLong);
        assertThat(store.load().recentVaults).isEmpty();
        assertThat(store.loadProblem()).isPresent();
    }

    @Test
    void aNewerVersionsNestedSettingsAndWrongTypesLeaveTheRestIntact() throws Exception {
        Path file = Files.writeString(
                dir.resolve("settings.json"),
                "{\"future\": {\"deep\": [1, {\"x\": \"theme\"}]},"
                        + " \"theme\": \"dark\", \"lockOnMinimise\": true, \"workFactor\": \"many\","
                        + " \"recentVaults\": [\"/a.age\", 7, {\"p\": 1}, \"/b.age\"], \"clipboardSeconds\": 45}");
        SettingsStore store = new SettingsStore(file);
        Settings s = store.load();
        assertThat(store.loadProblem()).isEmpty();
        assertThat(s.theme).isEqualTo(Settings.Theme.DARK);
        assertThat(s.lockOnMinimise).isTrue();
        assertThat(s.workFactor).isEqualTo(18);
        assertThat(s.recentVaults).containsExactly("/a.age", "/b.age");
        assertThat(s.clipboardSeconds).isEqualTo(45);
    }

    @Test
    void anUnclosedObjectIsBroken() throws Exception {
        Path file = Files.writeString(dir.resolve("settings.json"), "{\"theme\": \"DARK\"");
        SettingsStore store = new SettingsStore(file);
        assertThat(store.load().theme).isEqualTo(Settings.Theme.SYSTEM);
        assertThat(store.loadProblem()).isPresent();
    }

    @Test
    void recentVaultsAreMostRecentFirstOnceAndCapped() throws Exception {
        Settings s = new Settings();
        IntStream.range(0, 10).forEach(i -> s.remember(dir.resolve("v" + i + ".age")));
        s.remember(dir.resolve("v5.age"));
        assertThat(s.recentVaults)
                .hasSize(Settings.MAX_RECENT)
                .first()
                .isEqualTo(dir.resolve("v5.age").toString());
        assertThat(s.recentVaults).doesNotHaveDuplicates();
        Files.writeString(dir.resolve("v9.age"), "x");
        assertThat(s.existingRecentVaults()).containsExactly(dir.resolve("v9.age"));
    }
}
