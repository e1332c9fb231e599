package org.hearth.load;

/** One step as a line on the console: printed as the step ends and again in the summary. */
final class StepLine {
    private StepLine() {
    }

    static void print(Results.Step s) {
        System.out.printf("  %-24s sent %7d  deliveries %9d (%,.0f/s)  p50 %7.2f  p99 %8.2f  max %8.2f ms  "
                        + "lost %d dup %d ooo %d  rej %d  srv %s µs/dlv %s%%cpu  gen %.0f%%cpu  %s%n",
                s.name(), s.sent(), s.deliveries(), s.deliveriesPerSecond(), s.latency().p50(), s.latency().p99(),
                s.latency().max(), s.lost(), s.duplicates(), s.outOfOrder(), s.rejected(),
                s.serverCpuMicrosPerDelivery() < 0 ? "-" : String.valueOf(s.serverCpuMicrosPerDelivery()),
                s.serverCpuPercent() < 0 ? "-" : String.valueOf(s.serverCpuPercent()), s.generatorCpuPercent(),
                s.passed() ? "PASS" : "FAIL");
    }
}
