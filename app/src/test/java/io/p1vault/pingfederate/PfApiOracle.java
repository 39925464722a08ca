package io.p1vault.pingfederate;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import io.p1vault.TestData;
import io.p1vault.pingfederate.standin.RecordedRequest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * PingFederate 12.1's full OpenAPI document behind Atlassian's validator: an oracle for request
 * bodies independent of the stand-in's own schema check, unknown fields as errors.
 */
final class PfApiOracle {
    private static OpenApiInteractionValidator validator;

    private PfApiOracle() {}

    static synchronized OpenApiInteractionValidator validator() {
        if (validator == null) {
            try {
                // The published document lacks the "scopes" OpenAPI requires of an OAuth2 flow; the parser refuses it
                // without. It also discriminates connections on "type" without a mapping, which the schema library
                // cannot follow (it looks for a schema named "SP"); without the discriminator, SpConnection is checked
                // as its allOf of Connection and its own properties, merged so unknown fields still count.
                String spec = Files.readString(TestData.resolve("pingfederate/pf-admin-api-12.1.0.4.yaml"))
                        .replace(
                                "authorizationUrl: \"https://localhost:9031/as/authorization.oauth2\"",
                                "authorizationUrl: \"https://localhost:9031/as/authorization.oauth2\"\n          scopes: {}")
                        .replace(
                                "      discriminator:\n        propertyName: type\n    ConnectionCert:",
                                "    ConnectionCert:");
                validator = OpenApiInteractionValidator.createForInlineApiSpecification(spec)
                        .withResolveRefs(true)
                        .withResolveCombinators(true)
                        .withLevelResolver(LevelResolver.create()
                                .withLevel("validation.schema.additionalProperties", ValidationReport.Level.ERROR)
                                .withLevel("validation.request.security.missing", ValidationReport.Level.ERROR)
                                .build())
                        .build();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return validator;
    }

    static ValidationReport validate(RecordedRequest r) {
        SimpleRequest.Builder request = new SimpleRequest.Builder(Request.Method.valueOf(r.method()), r.path())
                .withHeader("Authorization", "Basic dGVzdDp0ZXN0")
                .withHeader(PingFederateClient.XSRF_HEADER, PingFederateClient.XSRF_VALUE)
                .withContentType("application/json")
                .withBody(r.body());
        return validator().validateRequest(request.build());
    }

    /** {@code r} as received, headers and all (a bodiless request stays bodiless), with a stand-in Authorization. */
    static Request request(RecordedRequest r) {
        SimpleRequest.Builder request = new SimpleRequest.Builder(Request.Method.valueOf(r.method()), r.path())
                .withHeader("Authorization", "Basic dGVzdDp0ZXN0");
        r.headers().forEach(request::withHeader);
        if (!r.body().isEmpty()) {
            request.withBody(r.body());
        }
        return request.build();
    }

    static void assertValid(RecordedRequest r) {
        ValidationReport report = validate(r);
        assertThat(report.getMessages())
                .as(r.method() + " " + r.path() + " " + report)
                .isEmpty();
    }
}
