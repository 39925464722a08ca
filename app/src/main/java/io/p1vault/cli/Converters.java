package io.p1vault.cli;

import io.p1vault.model.EntryKind;
import io.p1vault.pingfederate.OutboundProvisioning;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.function.Function;

/**
 * Option values that name one of a fixed set, by the ids users type, and file names; anything else
 * is a usage error.
 */
final class Converters {
    private Converters() {}

    /**
     * A file name, converted as picocli's own converter does it (same path, same message) without its
     * reflective call of Paths.get: that call generated method-handle classes at every start, on the
     * main thread, beside the key derivation.
     */
    static Path path(String value) {
        try {
            return Path.of(value);
        } catch (InvalidPathException e) {
            throw new TypeConversionException(String.format("cannot convert '%s' to %s (%s)", value, Path.class, e));
        }
    }

    static final class Kind implements ITypeConverter<EntryKind> {
        @Override
        public EntryKind convert(String value) {
            return oneOf(value, EntryKind.values(), EntryKind::id, "kind");
        }
    }

    static final class RemoveAction implements ITypeConverter<OutboundProvisioning.RemoveAction> {
        @Override
        public OutboundProvisioning.RemoveAction convert(String value) {
            return oneOf(
                    value,
                    OutboundProvisioning.RemoveAction.values(),
                    OutboundProvisioning.RemoveAction::option,
                    "remove action");
        }
    }

    private static <T> T oneOf(String value, T[] values, Function<T, String> id, String what) {
        return Arrays.stream(values)
                .filter(v -> id.apply(v).equals(value))
                .findFirst()
                .orElseThrow(() -> new TypeConversionException("unknown " + what + " '" + value + "'; use one of "
                        + String.join(", ", Arrays.stream(values).map(id).toList())));
    }
}
