package io.p1vault.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.p1vault.TestData;
import io.p1vault.testing.NeedsPosixPermissions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class RunPropsCommandTest {
    private static final String ENV = "9e6c1b6a-4cb2-4b38-9b5c-1f4f2f1e0c11";

    @TempDir
    Path dir;

    private Path file;
    private String name;
    private byte[] original;

    private record Result(int exit, String out, String err) {
        List<String> errLines() {
            return err.lines().toList();
        }
    }

    @BeforeEach
    void copyRealFile() throws IOException {
        file = dir.resolve("run.properties");
        name = file.toString();
        original = Files.readAllBytes(TestData.realRunProperties());
        Files.write(file, original);
    }

    private static Result run(String... args) {
        CommandLine cmd = P1vaultCommand.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cmd.setOut(new PrintWriter(out));
        cmd.setErr(new PrintWriter(err));
        int exit = cmd.execute(args);
        return new Result(exit, Cli.unixLines(out), Cli.unixLines(err));
    }

    private List<String> entries() throws IOException {
        try (Stream<Path> list = Files.list(dir)) {
            return list.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private String expectedPingOneDiff() {
        // the path without its root ("/" or "C:\\"), with forward slashes as in any unified diff
        String label = file.getRoot().relativize(file).toString().replace('\\', '/');
        return "--- a/" + label + "\n+++ b/" + label + "\n"
                + "@@ -63,10 +63,10 @@\n"
                + " #     asia    - (Deprecated) Please use com.au instead. Indicates the Asia region at console.pingone.asia\n"
                + " #     ca      - indicates the Canada region at console.pingone.ca\n"
                + " #     com.au  - indicates the Australia region at console.pingone.com.au\n"
                + "-pf.pingone.admin.url.region=\n"
                + "+pf.pingone.admin.url.region=eu\n"
                + " \n"
                + " # The ID of your PingOne organization's environment.\n"
                + "-pf.pingone.admin.url.environment.id=\n"
                + "+pf.pingone.admin.url.environment.id=" + ENV + "\n"
                + " \n"
                + " #   Admin Console UI Timeout\n"
                + " #   ------------------------\n";
    }

    private void assertUnchanged() throws IOException {
        assertThat(Files.readAllBytes(file)).isEqualTo(original);
        assertThat(entries()).containsExactly("run.properties");
    }

    // ---- show / get ---------------------------------------------------------------------------

    @Test
    void showPrintsTheTypedSettingsAndWarnings() {
        Result r = run("runprops", "show", name);

        assertThat(r.exit()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.out())
                .startsWith(name + "\n\nPingOne unified admin\n")
                .contains("\n  pf.pingone.admin.url.region              (empty)  [not set]\n")
                .contains("\n  pf.http.port                             -1  [turned off]\n")
                .contains("\n  pf.operational.mode                      STANDALONE\n")
                .endsWith("\nWarnings\n  pf.admin.https.port: \"${PF_ADMIN_PORT}\" is a placeholder filled in when"
                        + " the server profile is deployed; not checked\n");
    }

    @Test
    void showJsonHasTheDocumentedShape() throws IOException {
        Files.writeString(file, "pf.pingone.admin.url.region=asia\npf.admin.https.port=0\n");

        Result r = run("runprops", "show", name, "--json");

        assertThat(r.exit()).isZero();
        JsonNode json = new ObjectMapper().readTree(r.out());
        List<String> rootFields = new ArrayList<>();
        json.fieldNames().forEachRemaining(rootFields::add);
        assertThat(rootFields).containsExactly("file", "settings", "warnings");
        assertThat(json.get("file").asText()).isEqualTo(name);

        JsonNode region = json.get("settings").get(0);
        List<String> fields = new ArrayList<>();
        region.fieldNames().forEachRemaining(fields::add);
        assertThat(fields).containsExactly("key", "label", "section", "value", "line", "status", "message", "help");
        assertThat(region.get("key").asText()).isEqualTo("pf.pingone.admin.url.region");
        assertThat(region.get("value").asText()).isEqualTo("asia");
        assertThat(region.get("line").asInt()).isEqualTo(1);
        assertThat(region.get("status").asText()).isEqualTo("warning");
        assertThat(region.get("message").asText()).isEqualTo("asia is deprecated: \"Please use com.au instead\"");

        JsonNode environment = json.get("settings").get(1);
        assertThat(environment.get("value").isNull()).isTrue();
        assertThat(environment.get("line").isNull()).isTrue();
        assertThat(environment.get("status").asText()).isEqualTo("absent");
        assertThat(environment.get("message").isNull()).isTrue();

        JsonNode port = json.get("settings").get(2);
        assertThat(port.get("status").asText()).isEqualTo("invalid");
        assertThat(json.get("settings")).hasSize(io.p1vault.runproperties.KnownSetting.values().length);
        assertThat(json.get("warnings")).hasSize(2);
    }

    @Test
    void getPrintsTheValueAsPingFederateReadsIt() throws IOException {
        Files.writeString(file, "pf.admin.baseurl=https\\://localhost\\:9999\n");

        Result r = run("runprops", "get", name, "pf.admin.baseurl");

        assertThat(r.exit()).isZero();
        assertThat(r.out()).isEqualTo("https://localhost:9999\n");
    }

    @Test
    void getOfAnAbsentKeyFailsWithOneLine() {
        Result r = run("runprops", "get", name, "no.such.key");

        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out()).isEmpty();
        assertThat(r.errLines()).containsExactly("p1vault: no.such.key is not set in " + name);
    }

    // ---- set / pingone / unset ----------------------------------------------------------------

    @Test
    void setPrintsTheDiffWritesAndTellsToRestart() throws IOException {
        Result r = run(
                "runprops",
                "set",
                name,
                "pf.pingone.admin.url.region=eu",
                "pf.pingone.admin.url.environment.id=" + ENV);

        assertThat(r.exit()).isZero();
        assertThat(r.err()).isEmpty();
        List<String> backups =
                entries().stream().filter(n -> n.endsWith(".bak")).toList();
        assertThat(backups).hasSize(1);
        Path backup = dir.resolve(backups.get(0));
        assertThat(r.out())
                .isEqualTo(expectedPingOneDiff()
                        + "Wrote " + file.toRealPath() + "; the previous version is in " + backup.toRealPath() + ".\n"
                        + "Restart PingFederate for the change to take effect.\n");
        assertThat(Files.readAllBytes(backup)).isEqualTo(original);
        String expected = new String(original, StandardCharsets.ISO_8859_1)
                .replace("\npf.pingone.admin.url.region=\n", "\npf.pingone.admin.url.region=eu\n")
                .replace(
                        "\npf.pingone.admin.url.environment.id=\n",
                        "\npf.pingone.admin.url.environment.id=" + ENV + "\n");
        assertThat(Files.readString(file, StandardCharsets.ISO_8859_1)).isEqualTo(expected);
    }

    @Test
    void dryRunPrintsTheDiffAndWritesNothing() throws IOException {
        Result r = run(
                "runprops",
                "set",
                name,
                "pf.pingone.admin.url.region=eu",
                "pf.pingone.admin.url.environment.id=" + ENV,
                "--dry-run");

        assertThat(r.exit()).isZero();
        assertThat(r.out()).isEqualTo(expectedPingOneDiff() + "Dry run: " + name + " was not changed.\n");
        assertUnchanged();
    }

    @Test
    void pingOneCommandMakesTheSameChange() throws IOException {
        Result r = run("runprops", "pingone", name, "--region", "eu", "--environment-id", ENV);

        assertThat(r.exit()).isZero();
        assertThat(r.out())
                .startsWith(expectedPingOneDiff())
                .endsWith("Restart PingFederate for the change to take effect.\n");
        assertThat(Files.readString(file)).contains("\npf.pingone.admin.url.region=eu\n");
    }

    @Test
    void deprecatedRegionIsWrittenWithAWarning() throws IOException {
        Result r = run("runprops", "pingone", name, "--region", "asia", "--environment-id", ENV, "--dry-run");

        assertThat(r.exit()).isZero();
        assertThat(r.errLines())
                .containsExactly(
                        "p1vault: warning: pf.pingone.admin.url.region: asia is deprecated: \"Please use com.au instead\"");
        assertUnchanged();
    }

    @Test
    void unsetRemovesTheKeyAndReportsKeysThatWereNotThere() throws IOException {
        Result r = run("runprops", "unset", name, "pf.console.title", "not.there");

        assertThat(r.exit()).isZero();
        assertThat(r.errLines()).containsExactly("p1vault: warning: not.there is not set; nothing to remove");
        assertThat(r.out())
                .contains("\n-pf.console.title=Docker PingFederate\n")
                .contains("Restart PingFederate");
        assertThat(Files.readString(file)).doesNotContain("pf.console.title=");
    }

    @Test
    void nothingToChangeWritesNothing() throws IOException {
        Result r = run("runprops", "set", name, "pf.operational.mode=STANDALONE");

        assertThat(r.exit()).isZero();
        assertThat(r.out()).isEqualTo("No changes: " + name + " already says that.\n");
        assertUnchanged();
    }

    // ---- bad input: one clear line, file unchanged ----------------------------------------------

    @Test
    void invalidValuesFailWithOneLineAndLeaveTheFile() throws IOException {
        String[][] cases = {
            {"set", name, "pf.pingone.admin.url.region=mars"},
            {"set", name, "pf.pingone.admin.url.environment.id=12345"},
            {"set", name, "pf.admin.https.port=0"},
            {"set", name, "pf.https.port=70000"},
            {"set", name, "pf.admin.api.authentication=none,OAuth2"},
            {"pingone", name, "--region", "sg", "--environment-id", ENV},
            {"pingone", name, "--region", "eu", "--environment-id", "not-a-uuid"},
        };
        String[] expectedStarts = {
            "p1vault: pf.pingone.admin.url.region: \"mars\" is not a PingOne region",
            "p1vault: pf.pingone.admin.url.environment.id: \"12345\" is not an environment ID",
            "p1vault: pf.admin.https.port: 0 is not a port number: ports are 1-65535",
            "p1vault: pf.https.port: 70000 is not a port number: ports are 1-65535",
            "p1vault: pf.admin.api.authentication: \"none,OAuth2\" is not allowed",
            "p1vault: pf.pingone.admin.url.region: sg (Singapore) is a PingOne region, but run.properties",
            "p1vault: \"not-a-uuid\" is not an environment ID",
        };
        for (int i = 0; i < cases.length; i++) {
            String[] args = new String[cases[i].length + 1];
            args[0] = "runprops";
            System.arraycopy(cases[i], 0, args, 1, cases[i].length);

            Result r = run(args);

            assertThat(r.exit()).as(String.join(" ", args)).isEqualTo(1);
            assertThat(r.out()).as(String.join(" ", args)).isEmpty();
            assertThat(r.errLines()).as(String.join(" ", args)).hasSize(1);
            assertThat(r.err()).as(String.join(" ", args)).startsWith(expectedStarts[i]);
            assertUnchanged();
        }
    }

    @NeedsPosixPermissions
    @Test
    void readOnlyFileShowsTheDiffButIsNotWritten() throws IOException {
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--r--r--"));

        Result r = run("runprops", "pingone", name, "--region", "eu", "--environment-id", ENV);

        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out()).isEqualTo(expectedPingOneDiff());
        assertThat(r.errLines())
                .containsExactly(
                        "p1vault: " + file.toRealPath() + " is read-only; make it writable if it should be changed");
        assertUnchanged();
    }

    @Test
    void folderAndBinaryFileAreRefused() throws IOException {
        Result folder = run("runprops", "show", dir.toString());
        assertThat(folder.exit()).isEqualTo(1);
        assertThat(folder.errLines()).containsExactly("p1vault: " + dir + " is a folder, not a run.properties file");

        Path binary =
                Files.write(dir.resolve("image.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
        Result r = run("runprops", "set", binary.toString(), "a=b");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.errLines())
                .containsExactly(
                        "p1vault: " + binary + " does not look like a run.properties file (binary data at byte 6)");
        assertThat(Files.readAllBytes(binary)).containsExactly((byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n');
    }

    @Test
    void missingEqualsSignIsAUsageError() throws IOException {
        Result r = run("runprops", "set", name, "pf.admin.https.port");

        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err())
                .startsWith("expected KEY=VALUE, got 'pf.admin.https.port'")
                .contains("Usage: p1vault runprops set");
        assertUnchanged();
    }

    @Test
    void stackTraceOnlyWithDebug() {
        Result plain = run("runprops", "get", dir.resolve("missing").toString(), "k");
        Result debug = run("runprops", "get", dir.resolve("missing").toString(), "k", "--debug");

        assertThat(plain.errLines()).containsExactly("p1vault: " + dir.resolve("missing") + " does not exist");
        assertThat(debug.err())
                .startsWith("p1vault: " + dir.resolve("missing") + " does not exist\n")
                .contains("\tat io.p1vault.runproperties.RunPropertiesService.load");
    }

    @Test
    void helpAndVersionEverywhere() {
        for (String sub : new String[] {"show", "get", "set", "unset", "pingone"}) {
            Result help = run("runprops", sub, "--help");
            assertThat(help.exit()).as(sub).isZero();
            assertThat(help.out()).as(sub).startsWith("Usage: p1vault runprops " + sub);
            Result version = run("runprops", sub, "--version");
            assertThat(version.exit()).as(sub).isZero();
            assertThat(version.out()).as(sub).startsWith("p1vault ");
        }
        Result group = run("runprops");
        assertThat(group.exit()).isZero();
        assertThat(group.out())
                .startsWith("Usage: p1vault runprops")
                .contains("pingone")
                .contains("unset");
    }
}
