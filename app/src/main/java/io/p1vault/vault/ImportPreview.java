package io.p1vault.vault;

import io.p1vault.model.Entry;
import io.p1vault.model.rules.Violation;

import java.util.List;

/** What an import would do, entry by entry, before anything changes. */
public record ImportPreview(List<Item> items) {
    /** REFUSED: the entry breaks the entry rules and is never imported; the others still can be. */
    public enum Status {
        NEW,
        IDENTICAL,
        CONFLICT_ID,
        CONFLICT_NAME,
        REFUSED
    }

    /**
     * One incoming entry: its status, the existing entry it conflicts with (if any), the names of
     * the fields that differ and, for a refused entry, the rules it breaks. A differing secret is
     * named ("secret"), never shown.
     */
    public record Item(
            Entry incoming, Status status, Entry existing, List<String> differences, List<Violation> problems) {
        public Item(Entry incoming, Status status, Entry existing, List<String> differences) {
            this(incoming, status, existing, differences, List.of());
        }

        static Item refused(Entry incoming, List<Violation> problems) {
            return new Item(incoming, Status.REFUSED, null, List.of(), List.copyOf(problems));
        }

        /**
         * An age identity: taken in only when the user picks it explicitly, with a warning, because
         * whoever made the export knows its secret key and could read what is sent to it.
         */
        public boolean needsExplicitChoice() {
            return status != Status.REFUSED && ImportGuard.needsExplicitChoice(incoming);
        }

        /** Whether the entry conflicts with one in the vault, so the import needs a choice for it. */
        public boolean conflicts() {
            return status == Status.CONFLICT_ID || status == Status.CONFLICT_NAME;
        }

        @Override
        public String toString() {
            return status + " " + incoming.getKind() + " \"" + incoming.getName() + "\" " + differences
                    + (problems.isEmpty() ? "" : " " + problems);
        }
    }

    public long count(Status status) {
        return items.stream().filter(i -> i.status == status).count();
    }
}
