package io.p1vault.runproperties;

import io.p1vault.runproperties.PropertiesDocument.How;
import io.p1vault.runproperties.PropertiesDocument.Placement;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class PropertiesDocumentTest {

    private static PropertiesDocument doc(String text) {
        return PropertiesDocument.parse(text.getBytes(StandardCharsets.ISO_8859_1));
    }

    private static String text(PropertiesDocument document) {
        return new String(document.toBytes(), StandardCharsets.ISO_8859_1);
    }

    private static String set(String text, String key, String value) {
        PropertiesDocument document = doc(text);
        document.set(key, value);
        String result = text(document);
        Map<String, String> expected = new HashMap<>(PropertiesOracle.load(text));
        expected.put(key, value);
        assertThat(PropertiesOracle.load(result)).as(result).isEqualTo(expected);
        return result;
    }

    // ---- the real file ----------------------------------------------------------------------

    @Test
    void realFileRoundTripsByteForByteAndLoadsLikeProperties() throws IOException {
        byte[] bytes = TestFiles.realRunPropertiesBytes();

        PropertiesDocument document = PropertiesDocument.parse(bytes);

        assertThat(document.toBytes()).isEqualTo(bytes);
        assertThat(document.toMap()).isEqualTo(PropertiesOracle.load(bytes));
        assertThat(document.get("pf.admin.https.port")).contains("${PF_ADMIN_PORT}");
        assertThat(document.get("pf.pingone.admin.url.region")).contains("");
    }

    @Test
    void settingRegionAndEnvironmentChangesExactlyThoseTwoLines() throws IOException {
        byte[] bytes = TestFiles.realRunPropertiesBytes();
        PropertiesDocument document = PropertiesDocument.parse(bytes);

        assertThat(document.set("pf.pingone.admin.url.region", "eu")).isEqualTo(new Placement(How.REPLACED, 66));
        assertThat(document.set("pf.pingone.admin.url.environment.id", "9e6c1b6a-4cb2-4b38-9b5c-1f4f2f1e0c11"))
                .isEqualTo(new Placement(How.REPLACED, 69));

        String[] before = new String(bytes, StandardCharsets.ISO_8859_1).split("\n", -1);
        String[] after = text(document).split("\n", -1);
        assertThat(after).hasSameSizeAs(before);
        for (int i = 0; i < before.length; i++) {
            if (i == 65) {
                assertThat(after[i]).isEqualTo("pf.pingone.admin.url.region=eu");
            } else if (i == 68) {
                assertThat(after[i])
                        .isEqualTo("pf.pingone.admin.url.environment.id=9e6c1b6a-4cb2-4b38-9b5c-1f4f2f1e0c11");
            } else {
                assertThat(after[i]).as("line " + (i + 1)).isEqualTo(before[i]);
            }
        }
    }

    @Test
    void commentedDefaultsInTheRealFile() throws IOException {
        PropertiesDocument document = PropertiesDocument.parse(TestFiles.realRunPropertiesBytes());

        assertThat(document.set("pf.log.dir", "/var/log/pf")).isEqualTo(new Placement(How.UNCOMMENTED, 220));
        assertThat(document.set("pf.admin.ssl.acceptorPriorityDelta", "1"))
                .isEqualTo(new Placement(How.UNCOMMENTED, 546));
        assertThat(document.set("http.proxyHost", "proxy.example")).isEqualTo(new Placement(How.UNCOMMENTED, 453));

        String[] lines = text(document).split("\n", -1);
        assertThat(lines[219]).isEqualTo("pf.log.dir=/var/log/pf");
        assertThat(lines[545]).isEqualTo("pf.admin.ssl.acceptorPriorityDelta=1");
        assertThat(lines[452]).isEqualTo("http.proxyHost=proxy.example");
    }

    @Test
    void newPingOneKeyGoesAfterTheLastPingOneLine() throws IOException {
        PropertiesDocument document = PropertiesDocument.parse(TestFiles.realRunPropertiesBytes());

        assertThat(document.set("pf.pingone.admin.url.custom", "x")).isEqualTo(new Placement(How.INSERTED, 70));

        String[] lines = text(document).split("\n", -1);
        assertThat(lines[68]).startsWith("pf.pingone.admin.url.environment.id=");
        assertThat(lines[69]).isEqualTo("pf.pingone.admin.url.custom=x");
        assertThat(lines[70]).isEmpty();
    }

    @Test
    void unrelatedNewKeyGoesToTheEnd() throws IOException {
        byte[] bytes = TestFiles.realRunPropertiesBytes();
        PropertiesDocument document = PropertiesDocument.parse(bytes);

        document.set("my.custom.setting", "on");

        assertThat(text(document)).isEqualTo(new String(bytes, StandardCharsets.ISO_8859_1) + "my.custom.setting=on\n");
    }

    // ---- keeping each line's style ---------------------------------------------------------

    @Test
    void replacingKeepsTheLinesKeyTextSeparatorAndEnding() {
        assertThat(set("a=1\r\nkey : old\r\nb=2\r\n", "key", "new")).isEqualTo("a=1\r\nkey : new\r\nb=2\r\n");
        assertThat(set("  key\told\n", "key", "new")).isEqualTo("  key\tnew\n");
        assertThat(set("k\\ ey=old\n", "k ey", "new")).isEqualTo("k\\ ey=new\n");
        assertThat(set("key\n", "key", "v")).isEqualTo("key=v\n");
        assertThat(set("key   \n", "key", "v")).isEqualTo("key   v\n");
        assertThat(set("key = old", "key", "")).isEqualTo("key = ");
    }

    @Test
    void continuedValueIsReplacedByOneLineKeepingTheBlankLineThatEndedIt() {
        assertThat(set("k = a\\\n    b\\\n    c\nnext=1\n", "k", "new")).isEqualTo("k = new\nnext=1\n");
        assertThat(set("k = a\\\n\nnext=1\n", "k", "new")).isEqualTo("k = new\n\nnext=1\n");
    }

    @Test
    void valuesAreEscapedSoPropertiesReadsThemBack() {
        assertThat(set("k=1\n", "k", "  two leading")).isEqualTo("k=\\  two leading\n");
        assertThat(set("k=1\n", "k", "ends with \\")).isEqualTo("k=ends with \\\\\n");
        assertThat(set("k 1\n", "k", "=starts with separator")).isEqualTo("k \\=starts with separator\n");
        assertThat(set("k=1\n", "k", "https://host:9999/#frag!")).isEqualTo("k=https://host:9999/#frag!\n");
        assertThat(set("k=1\n", "k", "caf\u00e9 \u20ac \u65e5")).isEqualTo("k=caf\\u00E9 \\u20AC \\u65E5\n");
        assertThat(set("k=1\n", "k", "tab\there\nnewline")).isEqualTo("k=tab\\there\\nnewline\n");
        assertThat(set("", "#not a comment", "v")).isEqualTo("\\#not\\ a\\ comment=v\n");
        assertThat(set("", "!bang", "v")).isEqualTo("\\!bang=v\n");
        assertThat(set("", "a=b:c", "v")).isEqualTo("a\\=b\\:c=v\n");
        assertThat(set("", "\u00fcber", "v")).isEqualTo("\\u00FCber=v\n");
    }

    @Test
    void untouchedLatin1BytesStayRaw() {
        byte[] bytes = "caf\u00e9=cr\u00e8me\nk=1\n".getBytes(StandardCharsets.ISO_8859_1);
        PropertiesDocument document = PropertiesDocument.parse(bytes);

        document.set("k", "2");

        assertThat(document.toBytes()).isEqualTo("caf\u00e9=cr\u00e8me\nk=2\n".getBytes(StandardCharsets.ISO_8859_1));
        assertThat(document.nonAsciiLines()).containsExactly(1);
    }

    // ---- where new keys go -----------------------------------------------------------------

    @Test
    void commentedDefaultIsSetWhereItIs() {
        assertThat(set("a=1\n#pf.x=\nb=2\n", "pf.x", "5")).isEqualTo("a=1\npf.x=5\nb=2\n");
        assertThat(set("  # pf.x = old\r\n", "pf.x", "new")).isEqualTo("  pf.x = new\r\n");
        assertThat(set("!pf.x:1", "pf.x", "2")).isEqualTo("pf.x:2");
    }

    @Test
    void proseIsNotMistakenForACommentedDefault() {
        String prose = "# pf.x has been deprecated\n#      pf.x=OAuth2,LDAP\n# pf.x\n## pf.x=1\n#pf.x=a\\\nz=1\n";
        assertThat(set(prose, "pf.x", "v")).isEqualTo(prose + "pf.x=v\n");
    }

    @Test
    void activeSettingWinsOverCommentedDefault() {
        assertThat(set("#pf.x=1\npf.x=2\n", "pf.x", "3")).isEqualTo("#pf.x=1\npf.x=3\n");
    }

    @Test
    void newKeyFollowsTheLastLineSharingMostOfItsName() {
        String text = "pf.admin.a=1\npf.cluster.x=1\n#pf.admin.b.c=\npf.other=1\n";
        assertThat(set(text, "pf.admin.b.d", "v"))
                .isEqualTo("pf.admin.a=1\npf.cluster.x=1\n#pf.admin.b.c=\npf.admin.b.d=v\npf.other=1\n");
        assertThat(set(text, "pf.admin.z", "v"))
                .isEqualTo("pf.admin.a=1\npf.cluster.x=1\n#pf.admin.b.c=\npf.admin.z=v\npf.other=1\n");
        assertThat(set(text, "pf.zzz", "v")).isEqualTo(text + "pf.zzz=v\n");
    }

    @Test
    void newLinesUseTheFilesDominantEndingAndSeparator() {
        assertThat(set("a : 1\r\nb : 2\r\nc=3\n", "d", "4")).isEqualTo("a : 1\r\nb : 2\r\nc=3\nd : 4\r\n");
    }

    @Test
    void missingFinalNewlineStaysMissing() {
        assertThat(set("a=1\r\nb=2", "c", "3")).isEqualTo("a=1\r\nb=2\r\nc=3");
        assertThat(set("# only a comment", "c", "3")).isEqualTo("# only a comment\nc=3");
    }

    @Test
    void continuationThatOnlyTheEndOfFileClosedStaysClosed() {
        assertThat(set("a=1\\", "b", "2")).isEqualTo("a=1\\\n\nb=2");
        assertThat(set("a=1\\\n", "b", "2")).isEqualTo("a=1\\\n\nb=2\n");
    }

    @Test
    void newLineEndingInCarriageReturnDoesNotSwallowAFollowingBlankLine() {
        // The file mostly ends lines with a lone CR; a CR right before the blank "\n" would read as CRLF.
        assertThat(set("p.q.a=1\n\nx=1\ry=1\rz=1\r", "p.q.b", "2")).isEqualTo("p.q.a=1\np.q.b=2\r\n\nx=1\ry=1\rz=1\r");
        assertThat(set("a=1\\\r", "b", "2")).isEqualTo("a=1\\\r\rb=2\r");
    }

    @Test
    void emptyFileGetsOneLine() {
        assertThat(set("", "k", "v")).isEqualTo("k=v\n");
    }

    // ---- duplicates and removal ------------------------------------------------------------

    @Test
    void duplicateKeyEditsTheLastOccurrenceWhichIsTheOneThatCounts() {
        PropertiesDocument document = doc("k=1\nx=0\nk=2\n");
        assertThat(document.linesOf("k")).containsExactly(1, 3);

        assertThat(document.set("k", "3")).isEqualTo(new Placement(How.REPLACED, 3));

        assertThat(text(document)).isEqualTo("k=1\nx=0\nk=3\n");
    }

    @Test
    void unsetRemovesEveryOccurrenceAndNothingElse() {
        PropertiesDocument document = doc("# about k\nk=1\nx=0\n  k : 2 \\\n   more\n#k=3\n");

        assertThat(document.unset("k")).isEqualTo(2);

        assertThat(text(document)).isEqualTo("# about k\nx=0\n#k=3\n");
        assertThat(document.unset("k")).isZero();
    }

    @Test
    void unchangedValueIsNotAnEdit() {
        PropertiesDocument document = doc("k = v\n");
        assertThat(document.set("k", "v")).isEqualTo(new Placement(How.UNCHANGED, 1));
        assertThat(text(document)).isEqualTo("k = v\n");
    }

    @Test
    void copyIsIndependent() {
        PropertiesDocument original = doc("k=1\n");
        PropertiesDocument copy = original.copy();
        copy.set("k", "2");
        assertThat(text(original)).isEqualTo("k=1\n");
        assertThat(text(copy)).isEqualTo("k=2\n");
    }
}
