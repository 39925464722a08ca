package io.p1vault.bench;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MachineTest {
    @Test
    void namesTheCoresAndTheFirstProcessorModel() {
        String cpuinfo = "processor\t: 0\nvendor_id\t: AuthenticAMD\nmodel name\t: AMD EPYC\nflags\t\t: fpu\n\n"
                + "processor\t: 1\nmodel name\t: AMD EPYC\n";
        assertThat(Machine.describe(2, cpuinfo)).isEqualTo("2 cores, AMD EPYC");
    }

    @Test
    void onlyTheCoresWhereNoModelIsGiven() {
        assertThat(Machine.describe(1, "")).isEqualTo("1 core");
        assertThat(Machine.describe(4, "processor\t: 0\nmodel name\t:  \n")).isEqualTo("4 cores");
    }

    @Test
    void aModelNameIsPrintedWithoutControlCharacters() {
        assertThat(Machine.describe(2, "model name\t: Evil\u001b[2J CPU\r\n")).isEqualTo("2 cores, Evil[2J CPU");
    }
}
