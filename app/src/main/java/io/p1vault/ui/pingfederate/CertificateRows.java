package io.p1vault.ui.pingfederate;

import io.p1vault.pingfederate.CertificateDetails;
import io.p1vault.ui.base.Messages;
import io.p1vault.ui.details.EntryDetails.Row;
import io.p1vault.ui.details.EntryDetails.Style;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A certificate as labelled rows, for the trust question and the connection test. */
final class CertificateRows {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
            .withLocale(Locale.getDefault())
            .withZone(ZoneId.systemDefault());

    private CertificateRows() {}

    static List<Row> of(CertificateDetails c, Instant now) {
        List<Row> rows = new ArrayList<>();
        rows.add(new Row(Messages.text("cert.subject"), c.subject(), Style.TEXT));
        rows.add(new Row(
                Messages.text("cert.issuer"),
                c.issuer().equals(c.subject()) ? Messages.format("cert.selfSigned", c.issuer()) : c.issuer(),
                Style.TEXT));
        rows.add(new Row(
                Messages.text("cert.names"),
                c.dnsNames().isEmpty() ? Messages.text("cert.noNames") : String.join(", ", c.dnsNames()),
                Style.TEXT));
        String validity = Messages.format("cert.validRange", DATE.format(c.notBefore()), DATE.format(c.notAfter()));
        rows.add(
                c.isValidAt(now)
                        ? new Row(Messages.text("cert.valid"), validity, Style.TEXT)
                        : new Row(
                                Messages.text("cert.valid"),
                                Messages.format("cert.notValidNow", validity),
                                Style.WARNING));
        rows.add(new Row(Messages.text("cert.sha256"), twoLines(c.sha256()), Style.CODE));
        rows.add(new Row(Messages.text("cert.keySha256"), twoLines(c.spkiSha256()), Style.CODE));
        return rows;
    }

    /** A fingerprint as two lines of 16 bytes, so it never breaks inside a byte and reads in halves. */
    static String twoLines(String sha256) {
        return sha256.length() == 95 ? sha256.substring(0, 47) + "\n" + sha256.substring(48) : sha256;
    }
}
