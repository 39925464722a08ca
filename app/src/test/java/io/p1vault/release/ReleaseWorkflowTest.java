package io.p1vault.release;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.p1vault.TestData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The release workflow (.github/workflows/release.yml) cannot run here, so the normal build checks
 * what can be checked: that GitHub's workflow schema accepts it, and that what it and the installer
 * build call (scripts, files, signing variables) exists in the repository.
 */
class ReleaseWorkflowTest {
    /** A path into the repository in a workflow step: installer/…, .ci/…, tools/…. */
    private static final Pattern REPO_PATH = Pattern.compile("(?:^|[\\s\"'=])((?:installer|\\.ci|tools)/[\\w./-]+)");

    private static final Pattern SIGNING_VARIABLE = Pattern.compile("P1VAULT_(?:WINDOWS|MACOS|NOTARY|TIMESTAMP)_\\w+");
    private static final Pattern BASEDIR_FILE = Pattern.compile("\\$\\{project\\.basedir}/([\\w./-]+)");

    private static Path root;
    private static JsonNode workflow;

    @BeforeAll
    static void read() throws IOException {
        root = RepositoryFiles.root();
        workflow = new YAMLMapper()
                .readTree(root.resolve(".github/workflows/release.yml").toFile());
    }

    private static List<Error> schemaErrors(JsonNode document) {
        Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7)
                .getSchema(
                        RepositoryFiles.read(TestData.resolve("github-workflow/github-workflow.json")),
                        InputFormat.JSON);
        return schema.validate(document.toString(), InputFormat.JSON);
    }

    @Test
    void githubsWorkflowSchemaAcceptsTheWorkflow() {
        assertThat(schemaErrors(workflow)).isEmpty();
    }

    @Test
    void theSchemaCheckCatchesAMistake() {
        ObjectNode broken = workflow.deepCopy();
        ((ObjectNode) broken.at("/jobs/package")).remove("runs-on");
        ((ObjectNode) broken.at("/jobs/package/steps/0")).put("runs", "echo typo for run");

        assertThat(schemaErrors(broken))
                .extracting(Error::getMessage)
                .anySatisfy(m -> assertThat(m).contains("runs-on"))
                .anySatisfy(m -> assertThat(m).contains("runs"));
    }

    @Test
    void eachSystemIsBuiltAndItsPackageUploaded() {
        JsonNode matrix = workflow.at("/jobs/package/strategy/matrix");
        assertThat(workflow.at("/jobs/package/runs-on").asText()).isEqualTo("${{ matrix.os }}");
        assertThat(matrix.get("os"))
                .extracting(JsonNode::asText)
                .containsExactly("ubuntu-latest", "windows-latest", "macos-latest");
        assertThat(matrix.get("include"))
                .extracting(i -> i.get("package").asText())
                .containsExactly(
                        "installer/target/dist/*.deb", "installer/target/dist/*.msi", "installer/target/dist/*.dmg");
        assertThat(steps("package"))
                .anySatisfy(s -> assertThat(s.path("uses").asText()).startsWith("actions/upload-artifact@"));
        assertThat(workflow.at("/jobs/release/if").asText()).contains("refs/tags/v");
    }

    @Test
    void packagingUsesItsOwnJavaKeptInOneVariable() {
        assertThat(workflow.at("/env/PACKAGE_JAVA").asText()).isEqualTo("25");
        assertThat(workflow.at("/env/BUILD_JAVA").asText()).isNotBlank();
        assertThat(steps("package"))
                .filteredOn(s -> s.path("name").asText().startsWith("Package"))
                .hasSize(2)
                .allSatisfy(s -> assertThat(s.at("/env/JAVA_HOME").asText())
                        .isEqualTo("${{ steps.package-java.outputs.path }}"));
    }

    @Test
    void windowsGetsWixWithTheInstallerUiExtensionsBeforePackaging() {
        List<JsonNode> steps = steps("package");
        int wix = indexOf(steps, "WiX (Windows)");
        int packaging = indexOf(steps, "Package (Windows, macOS)");

        assertThat(wix).isNotNegative().isLessThan(packaging);
        JsonNode step = steps.get(wix);
        assertThat(step.path("if").asText()).isEqualTo("runner.os == 'Windows'");
        assertThat(step.path("run").asText())
                .contains("candle.exe", "dotnet tool install --global wix --version $env:WIX_VERSION")
                .contains("WixToolset.UI.wixext", "WixToolset.Util.wixext", "GITHUB_PATH");
        assertThat(step.at("/env/WIX_VERSION").asText()).startsWith("5.");
    }

    private static int indexOf(List<JsonNode> steps, String name) {
        for (int i = 0; i < steps.size(); i++) {
            if (steps.get(i).path("name").asText().equals(name)) {
                return i;
            }
        }
        return -1;
    }

    @Test
    void everyScriptTheWorkflowCallsExistsAndShellScriptsAreExecutable() throws IOException {
        Set<String> called = new TreeSet<>();
        for (JsonNode step : steps("package")) {
            called.addAll(repoPaths(step.path("run").asText()));
        }

        assertThat(called).contains("installer/ci/with-display.sh");
        assertFilesExist(called);
    }

    @Test
    void everyFileTheInstallerBuildNamesExists() throws IOException {
        String pom = RepositoryFiles.read(root.resolve("installer/pom.xml"));
        Set<String> named = new TreeSet<>();
        Matcher m = BASEDIR_FILE.matcher(pom);
        while (m.find()) {
            named.add("installer/" + m.group(1));
        }
        named.removeIf(p -> p.startsWith("installer/../"));

        assertThat(named)
                .contains(
                        "installer/windows/package-msi.ps1",
                        "installer/windows/p1vault-cli.properties",
                        "installer/macos/package-dmg.sh");
        assertFilesExist(named);
        assertThat(RepositoryFiles.read(root.resolve("installer/macos/package-dmg.sh")))
                .contains("macos/entitlements.plist".substring(6));
        assertThat(root.resolve("installer/macos/entitlements.plist")).isRegularFile();
    }

    @Test
    void theSigningVariablesTheWorkflowPassesAreTheOnesTheScriptsRead() {
        Set<String> passed = new TreeSet<>();
        steps("package").forEach(s -> s.path("env").fieldNames().forEachRemaining(passed::add));
        passed.removeIf(v -> !SIGNING_VARIABLE.matcher(v).matches());

        Set<String> read = new TreeSet<>();
        for (String script : List.of("installer/windows/package-msi.ps1", "installer/macos/package-dmg.sh")) {
            Matcher m = SIGNING_VARIABLE.matcher(RepositoryFiles.read(script));
            while (m.find()) {
                read.add(m.group());
            }
        }

        assertThat(passed).isNotEmpty().isEqualTo(read);
    }

    private static List<JsonNode> steps(String job) {
        List<JsonNode> steps = new ArrayList<>();
        workflow.at("/jobs/" + job + "/steps").forEach(steps::add);
        return steps;
    }

    private static Set<String> repoPaths(String text) {
        Set<String> paths = new TreeSet<>();
        Matcher m = REPO_PATH.matcher(text);
        while (m.find()) {
            paths.add(m.group(1));
        }
        return paths;
    }

    private static void assertFilesExist(Set<String> paths) throws IOException {
        for (String path : paths) {
            Path file = root.resolve(path);
            assertThat(Files.isRegularFile(file) || Files.isDirectory(file))
                    .as(path + " exists")
                    .isTrue();
            if (path.endsWith(".sh")) {
                assertThat(Files.isExecutable(file)).as(path + " is executable").isTrue();
                try (Stream<String> lines = Files.lines(file)) {
                    assertThat(lines.findFirst()).as(path).hasValue("#!/usr/bin/env bash");
                }
            }
        }
    }
}
