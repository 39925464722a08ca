package io.p1vault.vault;

import io.p1vault.model.Entry;

import java.util.List;

/** What an import would do, entry by entry, before anything changes. */
public record ImportPreview(List<Item> items) {
    public enum Status { NEW, IDENTICAL, CONFLICT_ID, CONFLICT_NAME }

    /**
     * One incoming entry: its status, the existing entry it conflicts with (if any) and the
     * names of the fields that differ. A differing secret is named ("secret"), never shown.
     */
    public record Item(Entry incoming, Status status, Entry existing, List<String> differences) {
        /**
         * An age identity: taken in only when the user picks it explicitly, with a warning, because
         * whoever made the export knows its secret key and could read what is sent to it.
         */
        public boolean needsExplicitChoice() {
            return ImportGuard.needsExplicitChoice(incoming);
        }

        /** Whether the entry conflicts with one in the vault, so the import needs a choice for it. */
        public boolean conflicts() {
            return status == Status.CONFLICT_ID || status == Status.CONFLICT_NAME;
        }

        @Override
        public String toString() {
            return status + " " + incoming.getKind() + " \"" + incoming.getName() + "\" " + differences;
        }
    }

    public long count(Status status) {
        return items.stream().filter(i -> i.status == status).count();
    }
}
