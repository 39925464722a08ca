package io.p1vault.ui;

import io.p1vault.desktop.PassphraseStrength;
import io.p1vault.desktop.Settings;
import io.p1vault.model.EntryKind;
import io.p1vault.model.PingOneApplicationEntry;
import io.p1vault.model.PingOneRegion;
import io.p1vault.ui.base.Messages;
import io.p1vault.ui.entry.EntryForm;
import io.p1vault.ui.entry.FormField;
import io.p1vault.ui.session.VaultSession;
import io.p1vault.ui.testing.DirectTasks;
import io.p1vault.ui.testing.FakeDialogs;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every resource key the user interface uses exists, so no screen shows a missing-key error. */
class MessagesTest {
    private static final Path UI = Path.of("src", "main", "java", "io", "p1vault", "ui");
    /** Literal keys handed to the bundle, to an action, or to a helper that looks them up. */
    private static final Pattern KEY_USE = Pattern.compile(
            "(?:Messages\\.(?:text|format)|super|row|section|menu|button|heading\\(Messages\\.text)\\(\\s*\"([a-z][\\w.-]*\\w)\"");

    @Test
    void everyLiteralKeyInTheSourcesExists() throws IOException {
        Set<String> missing = new TreeSet<>();
        int found = 0;
        try (Stream<Path> files = Files.walk(UI)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = KEY_USE.matcher(Files.readString(file));
                while (m.find()) {
                    found++;
                    String key = m.group(1);
                    String used =
                            file.toString().contains("actions") && m.group(0).startsWith("super")
                                    ? "action." + key + ".text"
                                    : key;
                    if (!Messages.has(used)) {
                        missing.add(used + " (" + file.getFileName() + ")");
                    }
                }
            }
        }
        assertThat(found).isGreaterThan(150);
        assertThat(missing).isEmpty();
    }

    @Test
    void everyKeyBuiltFromAValueExists() {
        for (EntryKind kind : EntryKind.values()) {
            assertThat(Messages.has("kind." + kind.id())).as(kind.id()).isTrue();
            assertThat(Messages.has("action.entry.add." + kind.id() + ".text"))
                    .as(kind.id())
                    .isTrue();
            EntryForm form = EntryForm.adding(kind, new VaultSession(new DirectTasks(), new FakeDialogs()));
            for (FormField field : form.fields()) {
                assertThat(field.label()).isNotBlank();
            }
            assertThat(form.title()).isNotBlank();
        }
        for (PassphraseStrength.Level level : PassphraseStrength.Level.values()) {
            assertThat(Messages.has("strength." + level.name().toLowerCase(Locale.ROOT)))
                    .as(level.name())
                    .isTrue();
        }
        for (Settings.Theme theme : Settings.Theme.values()) {
            assertThat(Messages.has("settings.theme." + theme.name().toLowerCase(Locale.ROOT)))
                    .isTrue();
        }
        PingOneApplicationEntry.TYPES.forEach(
                t -> assertThat(Messages.has("appType." + t)).isTrue());
        PingOneApplicationEntry.AUTH_METHODS.forEach(
                m -> assertThat(Messages.has("authMethod." + m)).isTrue());
        for (PingOneRegion r : PingOneRegion.values()) {
            assertThat(Messages.has("choice.region." + r.tld())).as(r.tld()).isTrue();
        }
        for (io.p1vault.vault.ImportPreview.Status status : io.p1vault.vault.ImportPreview.Status.values()) {
            assertThat(Messages.has("import.status." + status.name().toLowerCase(Locale.ROOT)))
                    .as(status.name())
                    .isTrue();
        }
        for (io.p1vault.vault.ConflictPolicy policy : io.p1vault.vault.ConflictPolicy.values()) {
            assertThat(Messages.has("import.choice." + policy.name().toLowerCase(Locale.ROOT)))
                    .as(policy.name())
                    .isTrue();
        }
    }

    @Test
    void noTwoActionsShareAShortcut() {
        java.util.ResourceBundle bundle = java.util.ResourceBundle.getBundle("io.p1vault.ui.messages");
        java.util.Map<String, String> byShortcut = new java.util.HashMap<>();
        for (String key : bundle.keySet()) {
            if (key.endsWith(".accelerator")) {
                String other = byShortcut.put(bundle.getString(key), key);
                assertThat(other).as("%s and %s", key, other).isNull();
            }
        }
        assertThat(byShortcut).hasSizeGreaterThan(20);
    }

    @Test
    void formattedMessagesTakeTheirArguments() {
        assertThat(Messages.format("status.autoLock", 4L, 5)).isEqualTo("Locks in 4:05");
        assertThat(Messages.format("app.titleWithVault", "v.age", 1)).isEqualTo("v.age (unsaved) – p1vault");
        assertThat(Messages.format("delete.message", "pf"))
                .isEqualTo("Delete \"pf\"? It is gone from the vault once saved.");
    }
}
