package io.p1vault.runproperties;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The run.properties keys administrators touch, each with a typed check and, as help, the
 * wording of the comments in PingFederate's own run.properties. Every other key is edited as
 * plain text.
 */
public enum KnownSetting {
    PINGONE_REGION(
            "pf.pingone.admin.url.region",
            "PingOne region",
            Section.PINGONE,
            "This property should be set based on the region of your PingOne organization. Valid values are: "
                    + "com - indicates the North America region at console.pingone.com; "
                    + "eu - indicates the Europe region at console.pingone.eu; "
                    + "asia - (Deprecated) Please use com.au instead. Indicates the Asia region at console.pingone.asia; "
                    + "ca - indicates the Canada region at console.pingone.ca; "
                    + "com.au - indicates the Australia region at console.pingone.com.au.",
            SettingRules.region()),
    PINGONE_ENVIRONMENT_ID(
            "pf.pingone.admin.url.environment.id",
            "PingOne environment ID",
            Section.PINGONE,
            "The ID of your PingOne organization's environment.",
            SettingRules.uuid()),

    ADMIN_HTTPS_PORT(
            "pf.admin.https.port",
            "Administrative console and API port",
            Section.ADMIN,
            "This property defines the port on which the PingFederate administrative console and API runs. "
                    + "Default is 9999.",
            SettingRules.port(false)),
    CONSOLE_AUTHENTICATION(
            "pf.console.authentication",
            "Console authentication",
            Section.ADMIN,
            "This property defines whether administrators log on to PingFederate using credentials managed "
                    + "internally, by PingFederate, or externally. Valid values are: none - No direct login method "
                    + "is available; native - Internal password file authentication; LDAP - External LDAP "
                    + "authentication; cert - X509 certificate-based authentication; RADIUS - External RADIUS "
                    + "authentication; OIDC - External or Internal OIDC authentication. Default is native.",
            SettingRules.oneOf(List.of("none", "native", "LDAP", "cert", "RADIUS", "OIDC"), "default: native")),
    ADMIN_API_AUTHENTICATION(
            "pf.admin.api.authentication",
            "Admin API authentication",
            Section.ADMIN,
            "Authentication methods for the Admin API. Valid values are: none, native, LDAP, cert, RADIUS, "
                    + "OAuth2. Default is native. Administrators may also configure OAuth2 authorization together "
                    + "with a basic authentication method by separating the values with a comma. Basic "
                    + "authentication methods include native, LDAP, and RADIUS. The values are case-insensitive. "
                    + "none and cert cannot be used with any other authentication methods.",
            SettingRules.adminApiAuthentication()),
    CONSOLE_LOGIN_MODE(
            "pf.console.login.mode",
            "Console login mode",
            Section.ADMIN,
            "This property indicates whether more than one Admin user may access the administrative console at "
                    + "one time. Valid values are: single - Only one Admin user may log on at a time; multiple - More "
                    + "than one Admin user may log on simultaneously. Default is multiple.",
            SettingRules.oneOf(List.of("single", "multiple"), null)),
    CONSOLE_SESSION_TIMEOUT(
            "pf.console.session.timeout",
            "Console session timeout (minutes)",
            Section.ADMIN,
            "This property defines the length of time (in minutes) until an inactive administrative console times "
                    + "out. The minimum setting is 1 minute; maximum is 8 hours (480 minutes). Default is 30 minutes.",
            SettingRules.wholeNumber(1, 480, "minutes")),

    HTTP_PORT(
            "pf.http.port",
            "Runtime HTTP port",
            Section.RUNTIME,
            "To turn off an HTTP listener, set the port to a value of less than zero. You should always use SSL. "
                    + "Turning on \"pf.http.port\" is not recommended.",
            SettingRules.port(true)),
    HTTPS_PORT(
            "pf.https.port",
            "Runtime HTTPS port",
            Section.RUNTIME,
            "This property defines the port on which PingFederate listens for encrypted HTTPS (SSL/TLS) traffic. "
                    + "Default is 9031.",
            SettingRules.port(false)),
    SECONDARY_HTTPS_PORT(
            "pf.secondary.https.port",
            "Secondary HTTPS port",
            Section.RUNTIME,
            "This property defines a secondary HTTPS port that can be used for mutual SSL/TLS (client X.509 "
                    + "certificate) authentication for both end users and protocol requests (SAML, WS-Trust and "
                    + "OAuth). A value of -1 disables this feature.",
            SettingRules.port(true)),

    OPERATIONAL_MODE(
            "pf.operational.mode",
            "Operational mode",
            Section.CLUSTER,
            "This property indicates the operational mode of the runtime server (protocol engine) from a "
                    + "clustering standpoint. Valid values are: STANDALONE - This server is a standalone instance "
                    + "that runs both the UI console and protocol engine (default); CLUSTERED_CONSOLE - This server "
                    + "is part of a cluster and runs only the administration console; CLUSTERED_ENGINE - This "
                    + "server is part of a cluster and runs only the protocol engine.",
            SettingRules.oneOf(List.of("STANDALONE", "CLUSTERED_CONSOLE", "CLUSTERED_ENGINE"), null)),
    CLUSTER_BIND_PORT(
            "pf.cluster.bind.port",
            "Cluster port",
            Section.CLUSTER,
            "The port for cluster communication; applies only if \"pf.operational.mode\" is not STANDALONE.",
            SettingRules.port(false)),
    CLUSTER_FAILURE_DETECTION_PORT(
            "pf.cluster.failure.detection.bind.port",
            "Cluster failure detection port",
            Section.CLUSTER,
            "The port for cluster failure detection; applies only if \"pf.operational.mode\" " + "is not STANDALONE.",
            SettingRules.port(false)),
    CLUSTER_MULTICAST_PORT(
            "pf.cluster.mcast.group.port",
            "Cluster multicast port",
            Section.CLUSTER,
            "The multicast group port, used when \"pf.cluster.transport.protocol\" is udp.",
            SettingRules.port(false)),
    CLUSTER_DIAGNOSTICS_PORT(
            "pf.cluster.diagnostics.port",
            "Cluster diagnostics port",
            Section.CLUSTER,
            "These properties define the IP address and port over which PingFederate communicates JGroups "
                    + "diagnostic information.",
            SettingRules.port(false));

    /** Where a setting sits in run.properties, for grouping in front ends. */
    public enum Section {
        PINGONE("PingOne unified admin"),
        ADMIN("Administrative console and API"),
        RUNTIME("Runtime server"),
        CLUSTER("Deployment and clustering");

        private final String title;

        Section(String title) {
            this.title = title;
        }

        public String title() {
            return title;
        }
    }

    private final String key;
    private final String label;
    private final Section section;
    private final String help;
    private final Function<String, Verdict> rule;

    KnownSetting(String key, String label, Section section, String help, Function<String, Verdict> rule) {
        this.key = key;
        this.label = label;
        this.section = section;
        this.help = help;
        this.rule = rule;
    }

    public String key() {
        return key;
    }

    public String label() {
        return label;
    }

    public Section section() {
        return section;
    }

    /** The values the documentation lists, for a front end to offer; empty when the value is free (a port, an ID). */
    public List<String> choices() {
        return rule instanceof SettingRules.Choice choice ? choice.values() : List.of();
    }

    /** The documentation's wording, for tooltips and help. */
    public String help() {
        return help;
    }

    /**
     * Checks a value as PingFederate would read it. Server-profile placeholders such as
     * {@code ${PF_ADMIN_PORT}} are filled in at deployment, so they pass with a warning.
     */
    public Verdict check(String value) {
        if (SettingRules.isPlaceholder(value)) {
            return Verdict.warning("\"" + value + "\" is a placeholder filled in when the server profile is "
                    + "deployed; not checked");
        }
        return rule.apply(value);
    }

    public static Optional<KnownSetting> forKey(String key) {
        return Arrays.stream(values()).filter(s -> s.key.equals(key)).findFirst();
    }
}
