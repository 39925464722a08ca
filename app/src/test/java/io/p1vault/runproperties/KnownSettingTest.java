package io.p1vault.runproperties;

import io.p1vault.runproperties.Verdict.Level;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

import static io.p1vault.runproperties.KnownSetting.ADMIN_API_AUTHENTICATION;
import static io.p1vault.runproperties.KnownSetting.ADMIN_HTTPS_PORT;
import static io.p1vault.runproperties.KnownSetting.CONSOLE_AUTHENTICATION;
import static io.p1vault.runproperties.KnownSetting.CONSOLE_SESSION_TIMEOUT;
import static io.p1vault.runproperties.KnownSetting.HTTP_PORT;
import static io.p1vault.runproperties.KnownSetting.OPERATIONAL_MODE;
import static io.p1vault.runproperties.KnownSetting.PINGONE_ENVIRONMENT_ID;
import static io.p1vault.runproperties.KnownSetting.PINGONE_REGION;
import static io.p1vault.runproperties.KnownSetting.SECONDARY_HTTPS_PORT;
import static org.assertj.core.api.Assertions.assertThat;

class KnownSettingTest {

    private static Level level(KnownSetting setting, String value) {
        return setting.check(value).level();
    }

    @Test
    void settingsWithDocumentedValuesOfferThemAndEachPassesItsOwnCheck() {
        assertThat(CONSOLE_AUTHENTICATION.choices())
                .containsExactly("none", "native", "LDAP", "cert", "RADIUS", "OIDC");
        assertThat(ADMIN_API_AUTHENTICATION.choices())
                .containsExactly(
                        "none",
                        "native",
                        "LDAP",
                        "cert",
                        "RADIUS",
                        "OAuth2",
                        "OAuth2,native",
                        "OAuth2,LDAP",
                        "OAuth2,RADIUS");
        assertThat(OPERATIONAL_MODE.choices()).containsExactly("STANDALONE", "CLUSTERED_CONSOLE", "CLUSTERED_ENGINE");
        assertThat(PINGONE_REGION.choices()).containsExactlyInAnyOrder("com", "eu", "ca", "com.au", "asia");
        assertThat(ADMIN_HTTPS_PORT.choices()).isEmpty();
        assertThat(PINGONE_ENVIRONMENT_ID.choices()).isEmpty();
        for (KnownSetting setting : KnownSetting.values()) {
            for (String choice : setting.choices()) {
                assertThat(setting.check(choice).level())
                        .as(setting + " " + choice)
                        .isNotEqualTo(Level.ERROR);
            }
        }
    }

    @Test
    void regionAcceptsWhatRunPropertiesDocuments() {
        for (String ok : new String[] {"com", "eu", "ca", "com.au", ""}) {
            assertThat(level(PINGONE_REGION, ok)).as(ok).isEqualTo(Level.OK);
        }
        assertThat(PINGONE_REGION.check("asia"))
                .isEqualTo(new Verdict(Level.WARNING, "asia is deprecated: \"Please use com.au instead\""));
        assertThat(PINGONE_REGION.check("sg").level()).isEqualTo(Level.ERROR);
        assertThat(PINGONE_REGION.check("sg").message())
                .startsWith(
                        "sg (Singapore) is a PingOne region, but "
                                + "run.properties documents only com (North America), eu (Europe), ca (Canada), com.au (Australia)");
        assertThat(PINGONE_REGION.check("EU").message()).endsWith("(lower case: eu)");
        assertThat(PINGONE_REGION.check("us").message()).startsWith("\"us\" is not a PingOne region");
    }

    @Test
    void environmentIdMustBeACanonicalUuid() {
        assertThat(level(PINGONE_ENVIRONMENT_ID, "9e6c1b6a-4cb2-4b38-9b5c-1f4f2f1e0c11"))
                .isEqualTo(Level.OK);
        assertThat(level(PINGONE_ENVIRONMENT_ID, "")).isEqualTo(Level.OK);
        assertThat(level(PINGONE_ENVIRONMENT_ID, "1-2-3-4-5")).isEqualTo(Level.ERROR);
        assertThat(level(PINGONE_ENVIRONMENT_ID, "9e6c1b6a-4cb2-4b38-9b5c-1f4f2f1e0c1"))
                .isEqualTo(Level.ERROR);
        assertThat(level(PINGONE_ENVIRONMENT_ID, "9e6c1b6a-4cb2-4b38-9b5c-1f4f2f1e0c1g"))
                .isEqualTo(Level.ERROR);
    }

    @Test
    void portsAreOneTo65535AndSomeListenersTurnOffBelowZero() {
        assertThat(level(ADMIN_HTTPS_PORT, "1")).isEqualTo(Level.OK);
        assertThat(level(ADMIN_HTTPS_PORT, "65535")).isEqualTo(Level.OK);
        assertThat(ADMIN_HTTPS_PORT.check("0"))
                .isEqualTo(new Verdict(Level.ERROR, "0 is not a port number: ports are 1-65535"));
        assertThat(level(ADMIN_HTTPS_PORT, "70000")).isEqualTo(Level.ERROR);
        assertThat(level(ADMIN_HTTPS_PORT, "-1")).isEqualTo(Level.ERROR);
        assertThat(level(ADMIN_HTTPS_PORT, "9999 ")).isEqualTo(Level.ERROR);
        assertThat(level(ADMIN_HTTPS_PORT, "")).isEqualTo(Level.ERROR);
        assertThat(HTTP_PORT.check("-1")).isEqualTo(new Verdict(Level.OK, "turned off"));
        assertThat(level(SECONDARY_HTTPS_PORT, "-1")).isEqualTo(Level.OK);
        assertThat(level(SECONDARY_HTTPS_PORT, "0")).isEqualTo(Level.ERROR);
    }

    @Test
    void consoleAuthenticationIsOneDocumentedValueSpelledExactly() {
        for (String ok : new String[] {"none", "native", "LDAP", "cert", "RADIUS", "OIDC"}) {
            assertThat(level(CONSOLE_AUTHENTICATION, ok)).as(ok).isEqualTo(Level.OK);
        }
        assertThat(CONSOLE_AUTHENTICATION.check("")).isEqualTo(new Verdict(Level.OK, "default: native"));
        assertThat(CONSOLE_AUTHENTICATION.check("ldap").message()).endsWith("(spelled exactly: LDAP)");
        assertThat(level(CONSOLE_AUTHENTICATION, "OAuth2")).isEqualTo(Level.ERROR);
    }

    @Test
    void adminApiAuthenticationAllowsOAuth2WithOneBasicMethod() {
        for (String ok :
                new String[] {"native", "OAuth2", "none", "cert", "OAuth2,LDAP", "ldap, oauth2", "RADIUS,OAuth2", ""}) {
            assertThat(level(ADMIN_API_AUTHENTICATION, ok)).as(ok).isEqualTo(Level.OK);
        }
        for (String bad : new String[] {
            "native,LDAP",
            "none,OAuth2",
            "cert,OAuth2",
            "OAuth2,LDAP,native",
            "OAuth2,OAuth2",
            "OAuth2,",
            "OIDC",
            "kerberos"
        }) {
            assertThat(level(ADMIN_API_AUTHENTICATION, bad)).as(bad).isEqualTo(Level.ERROR);
        }
    }

    @Test
    void operationalModeAndTimeout() {
        assertThat(level(OPERATIONAL_MODE, "CLUSTERED_ENGINE")).isEqualTo(Level.OK);
        assertThat(level(OPERATIONAL_MODE, "clustered")).isEqualTo(Level.ERROR);
        assertThat(level(OPERATIONAL_MODE, "")).isEqualTo(Level.ERROR);
        assertThat(level(CONSOLE_SESSION_TIMEOUT, "480")).isEqualTo(Level.OK);
        assertThat(level(CONSOLE_SESSION_TIMEOUT, "481")).isEqualTo(Level.ERROR);
        assertThat(level(CONSOLE_SESSION_TIMEOUT, "0")).isEqualTo(Level.ERROR);
    }

    @Test
    void serverProfilePlaceholdersPassWithAWarning() {
        assertThat(level(ADMIN_HTTPS_PORT, "${PF_ADMIN_PORT}")).isEqualTo(Level.WARNING);
        assertThat(level(PINGONE_REGION, "${REGION}")).isEqualTo(Level.WARNING);
    }

    @Test
    void everyKnownKeyIsInPingFederatesOwnFileAndHelpQuotesItsComments() throws IOException {
        String file = new String(Files.readAllBytes(TestFiles.realRunProperties()), StandardCharsets.ISO_8859_1);
        String comments = file.lines()
                .filter(l -> l.startsWith("#"))
                .map(l -> l.replaceFirst("^#\\s*", ""))
                .reduce("", (a, b) -> a + " " + b)
                .replaceAll("\\s+", " ");
        for (KnownSetting setting : KnownSetting.values()) {
            assertThat(file).as(setting.key()).contains("\n" + setting.key() + "=");
            assertThat(KnownSetting.forKey(setting.key())).contains(setting);
        }
        assertThat(comments)
                .contains("This property should be set based on the region of your PingOne organization.")
                .contains("The ID of your PingOne organization's environment.")
                .contains("none and cert cannot be used with any other authentication methods.")
                .contains("This property defines the port on which PingFederate listens for encrypted HTTPS "
                        + "(SSL/TLS) traffic.");
        assertThat(PINGONE_REGION.help()).contains("com.au - indicates the Australia region at console.pingone.com.au");
        assertThat(KnownSetting.forKey("pf.unknown")).isEmpty();
    }
}
