package io.p1vault.model;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PingOneRegionTest {

    @Test
    void regionsFromTheDesign() {
        assertThat(PingOneRegion.values())
                .extracting(PingOneRegion::tld)
                .containsExactly("com", "eu", "ca", "com.au", "sg", "asia");
        assertThat(PingOneRegion.values()).filteredOn(PingOneRegion::deprecated).containsExactly(PingOneRegion.ASIA);
    }

    @Test
    void hosts() {
        assertThat(PingOneRegion.AUSTRALIA.authHost()).isEqualTo("auth.pingone.com.au");
        assertThat(PingOneRegion.EUROPE.apiHost()).isEqualTo("api.pingone.eu");
        assertThat(PingOneRegion.NORTH_AMERICA.displayName()).isEqualTo("North America");
    }

    @Test
    void lookupByTld() {
        assertThat(PingOneRegion.fromTld("com.au")).contains(PingOneRegion.AUSTRALIA);
        assertThat(PingOneRegion.fromTld("EU")).contains(PingOneRegion.EUROPE);
        assertThat(PingOneRegion.fromTld("au")).isEmpty();
        assertThat(PingOneRegion.fromTld(null)).isEmpty();
    }

    @Test
    void lookupByHostPrefersTheLongestDomain() {
        assertThat(PingOneRegion.fromHost("auth.pingone.com.au")).contains(PingOneRegion.AUSTRALIA);
        assertThat(PingOneRegion.fromHost("api.pingone.com")).contains(PingOneRegion.NORTH_AMERICA);
        assertThat(PingOneRegion.fromHost("API.PingOne.SG.")).contains(PingOneRegion.SINGAPORE);
        assertThat(PingOneRegion.fromHost("pingone.ca")).contains(PingOneRegion.CANADA);
        assertThat(PingOneRegion.fromHost("auth.notpingone.com")).isEmpty();
        assertThat(PingOneRegion.fromHost("auth.pingone.com.evil.example")).isEmpty();
    }
}
