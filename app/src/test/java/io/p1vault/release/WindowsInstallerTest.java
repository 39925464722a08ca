package io.p1vault.release;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.w3c.dom.ProcessingInstruction;
import org.xml.sax.SAXException;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The .msi can only be built on Windows with WiX, so the normal build checks what can be checked here:
 * our main WiX source (installer/windows/msi/main.wxs) puts the install folder, where p1vault-cli.exe
 * is, on the user's PATH and takes it off at uninstall, stays within what jpackage's WiX 3 to 4
 * conversion handles, and the packaging script hands that folder to jpackage.
 */
class WindowsInstallerTest {
    private static final String WIX3 = "http://schemas.microsoft.com/wix/2006/wi";
    private static final String MSI_RESOURCES = "installer/windows/msi";
    private static final Pattern FIXED_GUID =
            Pattern.compile("\\{[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}}");

    private static Document mainWxs;

    @BeforeAll
    static void parse() throws Exception {
        mainWxs = parse(RepositoryFiles.resolve(MSI_RESOURCES + "/main.wxs"));
    }

    @Test
    void isAWixThreeSourceThatJpackagesConversionToWixFourCovers() {
        Element wix = mainWxs.getDocumentElement();
        assertThat(wix.getNamespaceURI()).isEqualTo(WIX3);
        assertThat(wix.getLocalName()).isEqualTo("Wix");

        // jpackage's wix3-to-wix4 stylesheet renames no attribute but the few it knows, and turns every
        // Condition element into a launch condition: neither may appear here.
        assertThat(allElements()).noneMatch(e -> e.hasAttribute("Win64"));
        assertThat(elements("Condition")).isEmpty();
        assertThat(allElements()).allMatch(e -> WIX3.equals(e.getNamespaceURI()));
    }

    @Test
    void putsTheInstallFolderAtTheEndOfTheUsersPathAndRemovesItOnUninstall() {
        assertThat(elements("Environment"))
                .singleElement()
                .satisfies(env -> assertThat(attributes(env))
                        .containsEntry("Name", "PATH")
                        .containsEntry("Value", "[INSTALLDIR]")
                        .containsEntry("Part", "last")
                        .containsEntry("Separator", ";")
                        .containsEntry("Action", "set")
                        .containsEntry("System", "no")
                        .containsEntry("Permanent", "no"));
    }

    @Test
    void thePathEntryIsPartOfTheInstalledFeatureWithAPerUserKeyPath() {
        Element component = (Element) elements("Environment").get(0).getParentNode();
        assertThat(component.getLocalName()).isEqualTo("Component");
        // A fixed GUID: the same component in every release, so an upgrade keeps the entry.
        assertThat(component.getAttribute("Guid")).matches(FIXED_GUID);
        // Per-user components need an HKCU key path (ICE38), not a file or folder.
        assertThat(childElements(component, "RegistryValue"))
                .singleElement()
                .satisfies(r ->
                        assertThat(attributes(r)).containsEntry("Root", "HKCU").containsEntry("KeyPath", "yes"));
        assertThat(component.hasAttribute("KeyPath")).isFalse();

        Element group = (Element) component.getParentNode();
        assertThat(group.getLocalName()).isEqualTo("ComponentGroup");
        assertThat(group.getAttribute("Directory")).isEqualTo("INSTALLDIR");

        Element feature = elements("Feature").get(0);
        assertThat(elements("Feature")).hasSize(1);
        assertThat(feature.getAttribute("Level")).isEqualTo("1");
        assertThat(childElements(feature, "ComponentGroupRef"))
                .extracting(e -> e.getAttribute("Id"))
                .contains(group.getAttribute("Id"));
    }

    @Test
    void installsWhatJpackageGeneratesFromTheAppImageWithItsUserInterface() {
        Element product = elements("Product").get(0);
        assertThat(product.getAttribute("Id")).isEqualTo("$(var.JpProductCode)");
        assertThat(product.getAttribute("UpgradeCode")).isEqualTo("$(var.JpProductUpgradeCode)");
        assertThat(product.getAttribute("Version")).isEqualTo("$(var.JpAppVersion)");
        assertThat(childElements(elements("Feature").get(0), "ComponentGroupRef"))
                .extracting(e -> e.getAttribute("Id"))
                .contains("Files", "Shortcuts", "FileAssociations");
        assertThat(elements("UIRef")).extracting(e -> e.getAttribute("Id")).containsExactly("JpUI");
        assertThat(elements("MajorUpgrade")).hasSize(1);
    }

    @Test
    void isPerUserAndRefusesToBeBuiltForAllUsers() {
        assertThat(elements("Package").get(0).getAttribute("InstallScope")).isEqualTo("perUser");

        List<ProcessingInstruction> pis = processingInstructions();
        int ifdef = indexOf(pis, "ifdef", "JpIsSystemWide");
        assertThat(ifdef).as("<?ifdef JpIsSystemWide ?>").isNotNegative();
        assertThat(pis.get(ifdef + 1).getTarget()).isEqualTo("error");
        assertThat(pis.get(ifdef + 2).getTarget()).isEqualTo("endif");
    }

    @Test
    void thePackagingScriptGivesJpackageTheFolderWithMainWxs() throws Exception {
        Element msi = execution(parse(RepositoryFiles.resolve("installer/pom.xml")), "msi");
        List<String> arguments = new ArrayList<>();
        NodeList nodes = msi.getElementsByTagNameNS("*", "argument");
        for (int i = 0; i < nodes.getLength(); i++) {
            arguments.add(nodes.item(i).getTextContent().strip());
        }
        int resourceDir = arguments.indexOf("-ResourceDir");
        assertThat(resourceDir).isNotNegative();
        assertThat(arguments.get(resourceDir + 1)).isEqualTo("${project.basedir}/windows/msi");

        String script = RepositoryFiles.read("installer/windows/package-msi.ps1");
        assertThat(script).contains("[Parameter(Mandatory = $true)][string]$ResourceDir");
        assertThat(jpackageCall(script))
                .contains("--type msi")
                .contains("--resource-dir $ResourceDir")
                .contains("--win-per-user-install");
    }

    /** The script's jpackage command, its continuation lines (a trailing backtick) joined. */
    private static String jpackageCall(String script) {
        Matcher m = Pattern.compile("& jpackage (?:[^\\n]*`\\r?\\n)*[^\\n]*").matcher(script);
        assertThat(m.find()).as("package-msi.ps1 calls jpackage").isTrue();
        return m.group().replaceAll("`\\r?\\n\\s*", " ");
    }

    private static Element execution(Document pom, String id) {
        NodeList executions = pom.getElementsByTagNameNS("*", "execution");
        for (int i = 0; i < executions.getLength(); i++) {
            Element execution = (Element) executions.item(i);
            if (childElements(execution, "id").stream()
                    .anyMatch(e -> id.equals(e.getTextContent().strip()))) {
                return execution;
            }
        }
        throw new AssertionError("installer/pom.xml has no execution " + id);
    }

    private static Document parse(Path file) throws ParserConfigurationException, SAXException, IOException {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        return factory.newDocumentBuilder().parse(file.toFile());
    }

    private static List<Element> elements(String localName) {
        return toList(mainWxs.getElementsByTagNameNS(WIX3, localName));
    }

    private static List<Element> allElements() {
        return toList(mainWxs.getElementsByTagNameNS("*", "*"));
    }

    private static List<Element> childElements(Element parent, String localName) {
        List<Element> children = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && localName.equals(e.getLocalName())) {
                children.add(e);
            }
        }
        return children;
    }

    private static List<Element> toList(NodeList nodes) {
        List<Element> list = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            list.add((Element) nodes.item(i));
        }
        return list;
    }

    private static Map<String, String> attributes(Element e) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < e.getAttributes().getLength(); i++) {
            Node a = e.getAttributes().item(i);
            map.put(a.getNodeName(), a.getNodeValue());
        }
        return map;
    }

    private static List<ProcessingInstruction> processingInstructions() {
        List<ProcessingInstruction> pis = new ArrayList<>();
        collect(mainWxs.getDocumentElement(), pis);
        return pis;
    }

    private static void collect(Node node, List<ProcessingInstruction> pis) {
        for (Node n = node.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof ProcessingInstruction pi) {
                pis.add(pi);
            }
            collect(n, pis);
        }
    }

    private static int indexOf(List<ProcessingInstruction> pis, String target, String data) {
        for (int i = 0; i < pis.size(); i++) {
            if (pis.get(i).getTarget().equals(target)
                    && pis.get(i).getData().strip().equals(data)) {
                return i;
            }
        }
        return -1;
    }
}
