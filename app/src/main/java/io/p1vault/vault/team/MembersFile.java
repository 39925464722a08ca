package io.p1vault.vault.team;

import io.p1vault.model.TeamMember;
import io.p1vault.storage.AtomicFileWriter;
import io.p1vault.storage.BackupPolicy;
import io.p1vault.storage.FileSnapshot;
import io.p1vault.storage.PermissionPolicy;
import io.p1vault.storage.WriteOptions;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * The plain {@code members} file beside a team vault, so someone not yet in the team can see who
 * is: one line per member, tab-separated name, recipient, added by and when. It holds no secret.
 * Anyone who can write to the folder or repository can change it, so it is only informative: the
 * list inside the encrypted file is the one p1vault encrypts to, and every reader says so.
 */
public final class MembersFile {
    public static final String NAME = "members";
    static final int MAX_BYTES = 256 * 1024;
    private static final String HEADER =
            "# p1vault team members (name, recipient, added by, added at), for information only:"
                    + " the list inside the encrypted team vault is the one that counts.";
    private static final WriteOptions OPTIONS = new WriteOptions(BackupPolicy.NONE, PermissionPolicy.KEEP_EXISTING);

    private MembersFile() {}

    /** What a members file says, unverified; {@code ignoredLines} counts lines that were not a member. */
    public record Listed(List<TeamMember> members, int ignoredLines) {}

    /** How the plain file beside a team vault compares with the members inside it. */
    public enum Agreement {
        SAME,
        DIFFERENT,
        MISSING
    }

    /** Whether the plain file beside {@code teamFile} lists the same members (names and recipients, in order). */
    public static Agreement compare(Path teamFile, List<TeamMember> inside) throws IOException {
        Path plain = beside(teamFile);
        if (!Files.isRegularFile(plain)) {
            return Agreement.MISSING;
        }
        return key(read(plain).members()).equals(key(inside)) ? Agreement.SAME : Agreement.DIFFERENT;
    }

    private static List<String> key(List<TeamMember> members) {
        return members.stream().map(m -> m.name + " " + m.recipient).toList();
    }

    public static Path beside(Path teamFile) {
        return teamFile.toAbsolutePath().resolveSibling(NAME);
    }

    static void write(Path teamFile, List<TeamMember> members) throws IOException {
        StringBuilder text = new StringBuilder(HEADER).append('\n');
        for (TeamMember m : members) {
            text.append(m.name)
                    .append('\t')
                    .append(m.recipient)
                    .append('\t')
                    .append(m.addedBy == null ? "" : m.addedBy)
                    .append('\t')
                    .append(m.addedAt == null ? "" : m.addedAt.toString())
                    .append('\n');
        }
        byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
        Path file = beside(teamFile);
        new AtomicFileWriter()
                .write(
                        file,
                        Files.exists(file) ? FileSnapshot.of(file) : null,
                        OPTIONS,
                        out -> out.write(bytes),
                        written -> read(written));
    }

    /**
     * Reads a members file as the hostile input it is: bounded in size, strict UTF-8, a line that is
     * not four fields with a valid name and an {@code age1} recipient is ignored and counted. The
     * caller shows the names through {@code VisibleText}, like anything else from outside.
     */
    public static Listed read(Path file) throws IOException {
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes(MAX_BYTES + 1);
        }
        if (bytes.length > MAX_BYTES) {
            throw new IOException(file + " is larger than " + MAX_BYTES / 1024 + " KiB: it is not a members file.");
        }
        String text;
        try {
            text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new IOException(file + " is not UTF-8 text: it is not a members file.");
        }
        List<TeamMember> members = new ArrayList<>();
        int ignored = 0;
        for (String line : text.split("\n", -1)) {
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            TeamMember m = parse(line);
            if (m == null || members.size() == TeamMembers.MAX_MEMBERS) {
                ignored++;
            } else {
                members.add(m);
            }
        }
        return new Listed(List.copyOf(members), ignored);
    }

    private static TeamMember parse(String line) {
        String[] f = line.split("\t", -1);
        if (f.length != 4) {
            return null;
        }
        try {
            String name = TeamMembers.name(f[0]);
            TeamMembers.recipient(name, f[1]);
            Instant at = f[3].isEmpty() ? null : Instant.parse(f[3]);
            String by = f[2].isEmpty() ? null : TeamMembers.name(f[2]);
            return new TeamMember(name, f[1], by, at);
        } catch (io.p1vault.vault.VaultException | DateTimeParseException e) {
            return null;
        }
    }
}
