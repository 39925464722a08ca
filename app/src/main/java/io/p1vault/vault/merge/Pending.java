package io.p1vault.vault.merge;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;

/**
 * What {@link MergeOutcome#resolve} needs to apply a choice to one conflict: where it is and what
 * each side holds there.
 *
 * @param conflict the conflict as reported
 * @param array the keyed array holding the record ({@code entries}, {@code members}), or null for a
 *     field of the document itself
 * @param key the record's key in that array
 * @param fields the fields the choice decides together (a credential with its claims), empty when
 *     it decides the whole record
 * @param mine mine's record (or the document field's value); null where mine has none
 * @param theirs theirs' record (or value); null where theirs has none
 */
record Pending(MergeConflict conflict, String array, String key, List<String> fields, JsonNode mine, JsonNode theirs) {}
