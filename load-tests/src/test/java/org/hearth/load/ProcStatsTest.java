package org.hearth.load;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProcStatsTest {
    @Test
    void cpuTimeIsUserPlusSystemTicksEvenWhenTheCommandNameHasSpacesAndParentheses() {
        String stat = "4242 (java (x) y) S 1 4242 4242 0 -1 4194560 9000 0 0 0 150 50 0 0 20 0 30 0 100 0 0";
        assertThat(ProcStats.cpuMicros(stat, 100)).isEqualTo(2_000_000);
    }

    @Test
    void heapInUseAddsTheGenerationsOfTheSerialCollectorAndIgnoresMetaspace() {
        String serial = """
                1234:
                 def new generation   total 116224K, used 1036K [0x0000000686800000, 0x000000068e610000)
                  eden space 103360K,   1% used [0x0000000686800000, 0x00000006869030a0, 0x000000068ccf0000)
                 tenured generation   total 258048K, used 20000K [0x000000068e610000, 0x000000069e610000)
                 Metaspace       used 9000K, committed 9500K, reserved 1114112K
                  class space    used 900K, committed 1000K, reserved 1048576K
                """;
        assertThat(ProcStats.heapUsedKiB(serial)).isEqualTo(21036);
        String g1 = "1234:\n garbage-first heap   total reserved 6291456K, committed 262144K, used 81234K [0x0)\n";
        assertThat(ProcStats.heapUsedKiB(g1)).isEqualTo(81234);
    }
}
