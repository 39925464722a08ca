package io.p1vault.runproperties;

import io.p1vault.runproperties.PropertiesLine.Entry;

import java.util.List;
import java.util.Optional;

/**
 * Recognises a commented-out setting, such as {@code #pf.log.dir=} or
 * {@code # pf.admin.ssl.acceptorPriorityDelta=0}, so a key can be set where the file
 * documents it.
 *
 * <p>To keep prose out, the comment character may be followed by at most one space or tab,
 * the rest must be a single complete entry, and it must use an explicit {@code =} or
 * {@code :} separator. "{@code # pf.admin.hostname has been deprecated}" and the indented
 * "{@code #      pf.admin.api.authentication=OAuth2,LDAP}" of an example are not defaults.
 */
final class CommentedDefault {
    private CommentedDefault() {}

    /** The key the comment line sets, if it is a commented-out setting. */
    static Optional<String> keyOf(String content) {
        int rest = restStart(content);
        if (rest < 0) {
            return Optional.empty();
        }
        String line = content.substring(rest);
        int trailing = 0;
        while (trailing < line.length() && line.charAt(line.length() - 1 - trailing) == '\\') {
            trailing++;
        }
        if (trailing % 2 == 1) {
            return Optional.empty(); // uncommented, it would swallow the next line
        }
        List<PropertiesLine> parsed;
        try {
            parsed = PropertiesParser.parse(line);
        } catch (IllegalArgumentException malformedEscape) {
            return Optional.empty();
        }
        if (parsed.size() != 1
                || !(parsed.get(0) instanceof Entry entry)
                || entry.key().isEmpty()
                || entry.separator() == null
                || (entry.separator().indexOf('=') < 0 && entry.separator().indexOf(':') < 0)) {
            return Optional.empty();
        }
        return Optional.of(entry.key());
    }

    /** The line without its comment character (and the one space after it). */
    static String uncomment(String content) {
        int rest = restStart(content);
        return content.substring(0, PropertiesParser.leadingWhitespace(content)) + content.substring(rest);
    }

    /** Index after "#" or "# ", or -1 when the text there cannot start a setting. */
    private static int restStart(String content) {
        int i = PropertiesParser.leadingWhitespace(content);
        if (i == content.length() || (content.charAt(i) != '#' && content.charAt(i) != '!')) {
            return -1;
        }
        i++;
        if (i < content.length() && (content.charAt(i) == ' ' || content.charAt(i) == '\t')) {
            i++;
        }
        if (i == content.length()) {
            return -1;
        }
        char first = content.charAt(i);
        return first == ' ' || first == '\t' || first == '\f' || first == '#' || first == '!' ? -1 : i;
    }
}
