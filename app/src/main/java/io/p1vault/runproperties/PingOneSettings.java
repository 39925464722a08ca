package io.p1vault.runproperties;

import io.p1vault.model.GatewayClaims;
import io.p1vault.model.GatewayCredentialEntry;
import io.p1vault.model.PingOneRegion;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * The PingOne connection of the administrative console: what "fill from credential" takes from
 * a vault's gateway credential, or what the user types.
 */
public record PingOneSettings(PingOneRegion region, UUID environmentId) {
    public PingOneSettings {
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(environmentId, "environmentId");
    }

    /**
     * From user input: a region's top-level domain ({@code eu}, {@code com.au}, …) and an
     * environment ID in the canonical UUID form ({@link UUID#fromString} alone would accept
     * {@code 1-2-3-4-5}).
     */
    public static PingOneSettings parse(String region, String environmentId) throws InvalidSettingException {
        Optional<PingOneRegion> parsedRegion = PingOneRegion.fromTld(region);
        if (parsedRegion.isEmpty()) {
            throw new InvalidSettingException(
                    "\"" + region + "\" is not a PingOne region; valid values are " + SettingRules.regionList());
        }
        if (environmentId == null || !SettingRules.isUuid(environmentId)) {
            throw new InvalidSettingException("\"" + environmentId + "\" is not an environment ID (a UUID such as "
                    + "9e6c1b6a-4cb2-4b38-9b5c-1f4f2f1e0c11)");
        }
        return new PingOneSettings(parsedRegion.get(), UUID.fromString(environmentId));
    }

    /** "Fill from credential": the environment and region a vault's gateway credential names. */
    public static PingOneSettings fromCredential(GatewayCredentialEntry credential) throws InvalidSettingException {
        GatewayClaims claims = credential.getClaims();
        if (claims == null || claims.environmentId == null) {
            throw new InvalidSettingException(
                    "the credential \"" + credential.getName() + "\" names no PingOne environment");
        }
        if (claims.region == null) {
            throw new InvalidSettingException("the credential \"" + credential.getName()
                    + "\" does not say which PingOne region it belongs to; give --region and --environment-id instead");
        }
        return parse(claims.region, claims.environmentId);
    }

    /** The regions run.properties documents for its region key, in the documentation's order (asia is deprecated). */
    public static List<PingOneRegion> documentedRegions() {
        return List.copyOf(SettingRules.RUN_PROPERTIES_REGIONS);
    }

    /** The run.properties changes that point the administrative console at this environment. */
    public List<Edit> edits() {
        return List.of(
                Edit.set(KnownSetting.PINGONE_REGION.key(), region.tld()),
                Edit.set(KnownSetting.PINGONE_ENVIRONMENT_ID.key(), environmentId.toString()));
    }
}
