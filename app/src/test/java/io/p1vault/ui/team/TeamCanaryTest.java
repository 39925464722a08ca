package io.p1vault.ui.team;

import io.p1vault.desktop.Settings;
import io.p1vault.desktop.SettingsStore;
import io.p1vault.model.TeamMember;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No secret of the team vault (the canary in its server password and credential) and no part of
 * the identity's secret key reaches a log record, a message, a row the screens show or the
 * settings, through opening, members, a removal and its plan, and a failed reopen.
 */
class TeamCanaryTest {
    @TempDir
    Path dir;

    @Test
    void noSecretOrIdentityKeyReachesTheLogTheScreensOrTheSettings() throws Exception {
        List<String> seen = new ArrayList<>();
        Logger root = Logger.getLogger("");
        Level level = root.getLevel();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                seen.add(record.getMessage() + " " + record.getThrown());
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
        };
        root.addHandler(capture);
        root.setLevel(Level.ALL);
        try {
            TeamDesk desk = new TeamDesk(dir).unlocked();
            Settings settings = new Settings();
            TeamOpener opener = new TeamOpener(
                    desk.session,
                    desk.tasks,
                    desk.dialogs,
                    (file, identity, personal) -> {
                        settings.rememberTeam(file, identity, personal);
                        desk.remembered.add(file + " " + identity);
                    },
                    desk.trustQuestions::add);
            TeamFormPresenter form =
                    new TeamFormPresenter(TeamFormPresenter.Mode.OPEN, desk.session, desk.dialogs, opener, dir);
            form.file.set(desk.teamFile);
            form.submit("me", null);
            seen.add(String.valueOf(form.message.get()));
            seen.addAll(form.identities);

            List<io.p1vault.vault.team.RotationPlan> plans = new ArrayList<>();
            MembersPresenter members = new MembersPresenter(desk.session, desk.tasks, desk.dialogs, plans::add);
            members.add("bob", "AGE-SECRET-KEY-1NOTAKEY" + TeamDesk.CANARY);
            seen.add(members.message.get());
            members.add("bob", desk.bob.recipient());
            desk.dialogs.confirmAnswer = true;
            members.remove(members.rows.get().get(1));
            members.remove(members.rows.get().get(0));
            seen.add(members.message.get());
            members.rows.get().forEach(r -> seen.add(r.toString()));
            RemovalPlanPresenter plan =
                    new RemovalPlanPresenter(plans.get(0), desk.session.team.get(), desk.session, desk.entries);
            plan.rows.forEach(r -> seen.add(r.toString()));
            for (TeamMember m : desk.session.team.get().vault().document().members) {
                seen.add(m.name + " " + m.recipient);
            }
            Path settingsFile = dir.resolve("settings.json");
            new SettingsStore(settingsFile).save(settings);
            seen.add(Files.readString(settingsFile));
            seen.add(Files.readString(io.p1vault.vault.team.MembersFile.beside(desk.teamFile)));

            desk.close();
            Files.delete(desk.teamFile);
            desk.session.opened(desk.alice.openPersonal());
            opener.reopen(desk.teamFile, "me");
            desk.close();

            desk.dialogs.errors.forEach(f -> seen.add(f.summary() + " " + f.trace()));
            seen.addAll(desk.dialogs.asked);
            seen.addAll(desk.remembered);
            assertThat(seen).as("what was looked at").hasSizeGreaterThan(10);
            assertThat(String.join("\n", seen))
                    .contains("alice", "bob", "pf", "gw")
                    .doesNotContain(TeamDesk.CANARY)
                    .doesNotContain("AGE-SECRET-KEY");
        } finally {
            root.removeHandler(capture);
            root.setLevel(level);
        }
    }
}
