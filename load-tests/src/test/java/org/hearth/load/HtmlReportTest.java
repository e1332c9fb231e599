package org.hearth.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;

class HtmlReportTest {
    private static Results.Step step(String name, double rate, boolean passed) {
        Histogram h = new Histogram(LoopStats.MAX_MICROS, 3);
        for (int i = 1; i <= 1000; i++) {
            h.recordValue(i * 10L);
        }
        Results.Latency l = Results.Latency.of(h);
        return new Results.Step(name, rate, 1000, 10, 500, 500, 0, 0, 0, 500_000, 50_000, 123_456, l, l,
                Results.Latency.NONE, Results.Latency.NONE, Results.Latency.NONE, 0, 0, 0, 0, 1.2, 60, 200_000, 40,
                passed, Results.curve(h));
    }

    private static Results.Run run(List<String> problems) {
        return new Results.Run("big-room", "2026-01-01T00:00:00Z", 30, "ws://127.0.0.1:8080/ws", 42L,
                Map.of("cpu", "test <cpu>"), Map.of("rates", "50,100"),
                List.of(step("50 msg/s", 50, true), step("100 msg/s", 100, false)),
                List.of(new Results.Sample(1, 1000, 2, 50, 40, 1000), new Results.Sample(2, 2000, 3, 60, 45, 1100)),
                new Results.Audit(0, 0, 0, 1000, 0), Map.of(), Map.of("4000", 2L), Map.of(),
                Map.of("capacityDeliveriesPerSecond", 50_000.0), problems, List.of("a note"),
                Results.Latency.NONE, List.of());
    }

    @Test
    void theReportIsSelfContainedWithInlinePlots() {
        String html = HtmlReport.render(run(List.of()));
        assertThat(html).startsWith("<!DOCTYPE html>");
        assertThat(html).doesNotContain("http://", "https://", "<script", "src=", "<link", "@import", "url(");
        assertThat(html.split("<svg", -1)).hasSize(4); // percentiles, timeline, steps
        assertThat(html).contains("<polyline").contains("50 msg/s").contains("100 msg/s");
    }

    @Test
    void problemsAreShownProminentlyAndTextIsEscaped() {
        String html = HtmlReport.render(run(List.of("LOST 3 deliveries")));
        assertThat(html).contains("banner bad").contains("LOST 3 deliveries");
        assertThat(html).contains("test &lt;cpu&gt;").doesNotContain("test <cpu>");
    }
}
