package io.p1vault.bench;

import io.p1vault.model.AgeIdentityEntry;
import io.p1vault.model.CertificatePin;
import io.p1vault.model.Deployment;
import io.p1vault.model.Entry;
import io.p1vault.model.GatewayClaims;
import io.p1vault.model.GatewayCredentialEntry;
import io.p1vault.model.PingFederateServerEntry;
import io.p1vault.model.PingOneApplicationEntry;
import io.p1vault.model.Secret;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * The benchmark peer, {@code keepassxc-cli} (Debian package {@code keepassxc}): a KDBX database
 * holding the same entries, made by importing a KeePass 2 XML file, and timed listings of it.
 * The password always goes in on standard input, as a script would pass it.
 */
final class KeePassXc {
    /** The database's name, which KeePassXC shows in its window title. */
    static final String DATABASE_NAME = "p1vault benchmark";

    private static final String CLI = "keepassxc-cli";

    private KeePassXc() {}

    static String version() throws IOException, InterruptedException {
        return run(List.of(CLI, "--version"), "").strip();
    }

    /**
     * Writes {@code entries} as KeePass 2 XML, all in the root group so that a plain {@code ls}
     * lists them: Title = name, UserName, Password = the secret, URL, Notes, and every other
     * field as a custom string, so the database carries what the vault carries.
     */
    static void writeXml(List<Entry> entries, Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("KeePassFile");
            xml.writeStartElement("Meta");
            element(xml, "Generator", "p1vault VaultBenchmark");
            element(xml, "DatabaseName", DATABASE_NAME);
            xml.writeEndElement();
            xml.writeStartElement("Root");
            xml.writeStartElement("Group");
            element(xml, "UUID", uuid(UUID.nameUUIDFromBytes("root".getBytes(StandardCharsets.UTF_8))));
            element(xml, "Name", "Root");
            for (Entry entry : entries) {
                writeEntry(xml, entry);
            }
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
    }

    private static void writeEntry(XMLStreamWriter xml, Entry entry) throws XMLStreamException {
        xml.writeStartElement("Entry");
        element(xml, "UUID", uuid(entry.getId()));
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("Title", entry.getName());
        if (entry instanceof GatewayCredentialEntry g) {
            GatewayClaims c = g.getClaims();
            fields.put("UserName", c.gatewayName);
            fields.put("URL", "https://auth.pingone." + c.region);
            fields.put("environmentId", c.environmentId);
            fields.put("environmentName", c.environmentName);
            fields.put("organizationId", c.organizationId);
            fields.put("gatewayId", c.gatewayId);
            fields.put("gatewayType", c.gatewayType);
            fields.put("jti", c.jti);
            fields.put("iat", String.valueOf(c.iat));
            fields.put(
                    "deployments",
                    g.getDeployments().stream().map(KeePassXc::deployment).collect(Collectors.joining("\n")));
        } else if (entry instanceof PingOneApplicationEntry a) {
            fields.put("UserName", a.getClientId());
            fields.put("URL", a.tokenUrl());
            fields.put("type", a.getType());
            fields.put("environmentId", a.getEnvironmentId());
            fields.put("region", a.getRegion());
            fields.put("tokenAuthMethod", a.getTokenAuthMethod());
            fields.put("grantType", a.getGrantType());
            fields.put("scopes", String.join(" ", a.getScopes()));
            fields.put("redirectUris", String.join("\n", a.getRedirectUris()));
        } else if (entry instanceof PingFederateServerEntry s) {
            fields.put("UserName", s.getClientId() != null ? s.getClientId() : s.getUsername());
            fields.put("URL", s.getAdminUrl());
            fields.put("authType", s.getAuthType());
            fields.put("tokenUrl", s.getTokenUrl());
            fields.put(
                    "certificatePins",
                    String.join(
                            "\n",
                            s.getCertificatePins().stream()
                                    .map(CertificatePin::describe)
                                    .toList()));
            fields.put("lastVersion", s.getLastVersion());
        } else if (entry instanceof AgeIdentityEntry i) {
            fields.put("UserName", i.getRecipient());
        }
        fields.put("Notes", entry.getNotes());
        for (Map.Entry<String, String> field : fields.entrySet()) {
            if (field.getValue() != null) {
                string(xml, field.getKey(), field.getValue(), false);
            }
        }
        Secret secret = entry.secret();
        string(xml, "Password", new String(secret.reveal()), true);
        xml.writeEndElement();
    }

    private static String deployment(Deployment d) {
        return d.serverName + " " + d.connectionId + " " + d.credentialId + " " + d.at + " " + d.state;
    }

    private static void string(XMLStreamWriter xml, String key, String value, boolean protect)
            throws XMLStreamException {
        xml.writeStartElement("String");
        element(xml, "Key", key);
        xml.writeStartElement("Value");
        if (protect) {
            xml.writeAttribute("ProtectInMemory", "True");
        }
        xml.writeCharacters(value);
        xml.writeEndElement();
        xml.writeEndElement();
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }

    private static String uuid(UUID id) {
        ByteBuffer bytes = ByteBuffer.allocate(16);
        bytes.putLong(id.getMostSignificantBits()).putLong(id.getLeastSignificantBits());
        return Base64.getEncoder().encodeToString(bytes.array());
    }

    /**
     * Imports the XML into a new KDBX. Without {@code decryptionTimeMs} keepassxc-cli keeps its
     * default key derivation; with it, it benchmarks the KDF for that many milliseconds.
     */
    static void importXml(Path xml, Path kdbx, String password, Integer decryptionTimeMs)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(CLI, "import", "-q", "-p"));
        if (decryptionTimeMs != null) {
            command.addAll(List.of("-t", decryptionTimeMs.toString()));
        }
        command.addAll(List.of(xml.toString(), kdbx.toString()));
        run(command, password + "\n" + password + "\n");
    }

    /** The "Cipher:" and "KDF:" lines of {@code db-info}, e.g. "AES 256-bit, AES (1000000 rounds)". */
    static String keySettings(Path kdbx, String password) throws IOException, InterruptedException {
        return run(List.of(CLI, "db-info", "-q", kdbx.toString()), password + "\n")
                .lines()
                .filter(l -> l.startsWith("Cipher:") || l.startsWith("KDF:"))
                .collect(Collectors.joining(", "));
    }

    /** {@code keepassxc-cli ls -q} and what it printed. */
    static String list(Path kdbx, String password) throws IOException, InterruptedException {
        return run(lsCommand(kdbx), password + "\n");
    }

    /** The same listing with its output discarded, as timed. */
    static void listDiscarding(Path kdbx, String password) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(lsCommand(kdbx))
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.INHERIT);
        Process p = pb.start();
        try (OutputStream stdin = p.getOutputStream()) {
            stdin.write((password + "\n").getBytes(StandardCharsets.UTF_8));
        }
        finish(p, lsCommand(kdbx), "");
    }

    private static List<String> lsCommand(Path kdbx) {
        return List.of(CLI, "ls", "-q", kdbx.toString());
    }

    private static String run(List<String> command, String stdin) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        try (OutputStream in = p.getOutputStream()) {
            in.write(stdin.getBytes(StandardCharsets.UTF_8));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (InputStream stdout = p.getInputStream()) {
            stdout.transferTo(out);
        }
        String output = out.toString(StandardCharsets.UTF_8);
        finish(p, command, output);
        return output;
    }

    private static void finish(Process p, List<String> command, String output)
            throws IOException, InterruptedException {
        if (!p.waitFor(5, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new IOException(String.join(" ", command) + " did not finish");
        }
        if (p.exitValue() != 0) {
            throw new IOException(String.join(" ", command) + " failed (exit " + p.exitValue() + "): " + output);
        }
    }
}
