package org.hearth.load;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A run as one self-contained HTML page: tables and inline SVG plots (latency percentile
 * distribution, deliveries per second over time, results per step). No scripts, fonts, styles or
 * images from anywhere else.
 */
public final class HtmlReport {
    private HtmlReport() {
    }

    public static String render(Results.Run run) {
        StringBuilder h = new StringBuilder(64 * 1024);
        h.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n<title>Hearth load: ")
                .append(esc(run.scenario())).append("</title>\n<style>\n")
                .append("body{font-family:system-ui,sans-serif;margin:24px;color:#222;max-width:1100px}")
                .append("table{border-collapse:collapse;margin:8px 0 20px;font-size:13px}")
                .append("td,th{border:1px solid #ccc;padding:3px 7px;text-align:right}th{background:#f3f3f3}")
                .append("td.l,th.l{text-align:left}.ok{background:#e3f4e1}.bad{background:#fbe0e0}")
                .append(".banner{padding:10px 14px;font-weight:bold;border-radius:4px;margin:10px 0}")
                .append("svg{background:#fff;border:1px solid #ddd;margin:6px 0 18px}")
                .append("svg text{font-family:system-ui,sans-serif;font-size:11px}pre{font-size:12px}\n")
                .append("</style></head><body>\n");
        h.append("<h1>Hearth load test: ").append(esc(run.scenario())).append("</h1>\n");
        h.append("<p>").append(esc(run.startedAt())).append(" &middot; ").append(esc(run.url()))
                .append(" &middot; ").append(String.format(Locale.ROOT, "%.1f", run.seconds())).append(" s");
        if (run.serverPid() != null) {
            h.append(" &middot; server pid ").append(run.serverPid());
        }
        h.append("</p>\n");
        if (run.clean()) {
            h.append("<div class=\"banner ok\">No lost, duplicate or out-of-order deliveries; no problems.</div>\n");
        } else {
            h.append("<div class=\"banner bad\">PROBLEMS:<ul>");
            for (String p : run.problems()) {
                h.append("<li>").append(esc(p)).append("</li>");
            }
            h.append("</ul></div>\n");
        }

        h.append("<h2>Steps</h2>\n").append(stepTable(run.steps()));
        h.append("<h2>Findings</h2>\n<table>");
        for (Map.Entry<String, Object> e : run.findings().entrySet()) {
            h.append("<tr><th class=\"l\">").append(esc(e.getKey())).append("</th><td class=\"l\">")
                    .append(esc(asText(e.getValue()))).append("</td></tr>");
        }
        Results.Audit a = run.audit();
        h.append("<tr><th class=\"l\">audit</th><td class=\"l\">").append(a.membersChecked())
                .append(" members checked: lost ").append(a.lost()).append(", duplicates ").append(a.duplicates())
                .append(", out of order ").append(a.outOfOrder()).append("</td></tr></table>\n");

        h.append("<h2>Latency distribution</h2>\n<p>Send (scheduled) to receive, per step, by percentile.</p>\n");
        h.append(SvgPlots.percentiles(run));
        h.append("<h2>Deliveries per second over time</h2>\n");
        h.append(SvgPlots.timeline(run.timeline()));
        if (run.steps().size() > 1) {
            h.append("<h2>Results per step</h2>\n<p>Bars: deliveries per second; dots: p99 latency (right axis); "
                    + "dashed: the 100 ms p99 bound.</p>\n");
            h.append(SvgPlots.steps(run.steps()));
        }
        h.append("<h2>Errors, close codes, connection failures</h2>\n<table>");
        row(h, "errors", run.errors());
        row(h, "close codes (by the server)", run.closeCodes());
        row(h, "connection failures", run.connectFailures());
        h.append("</table>\n");
        if (!run.notes().isEmpty()) {
            h.append("<h2>Notes</h2><ul>");
            for (String n : run.notes()) {
                h.append("<li>").append(esc(n)).append("</li>");
            }
            h.append("</ul>\n");
        }
        h.append("<h2>Machine and settings</h2>\n<table>");
        run.machine().forEach((k, v) -> h.append("<tr><th class=\"l\">").append(esc(k)).append("</th><td class=\"l\">")
                .append(esc(v)).append("</td></tr>"));
        run.settings().forEach((k, v) -> h.append("<tr><th class=\"l\">--").append(esc(k))
                .append("</th><td class=\"l\">").append(esc(String.valueOf(v))).append("</td></tr>"));
        h.append("</table>\n</body></html>\n");
        return h.toString();
    }

    private static String stepTable(List<Results.Step> steps) {
        StringBuilder t = new StringBuilder("<table><tr><th class=\"l\">step</th><th>msg/s offered</th><th>sent</th>"
                + "<th>rejected</th><th>deliveries/s</th><th>p50 ms</th><th>p90 ms</th><th>p99 ms</th><th>p99.9 ms</th>"
                + "<th>max ms</th><th>lost</th><th>dup</th><th>ooo</th><th>server &micro;s/delivery</th>"
                + "<th>server CPU %</th><th>server RSS MiB</th><th>generator CPU %</th><th>pass</th></tr>\n");
        for (Results.Step s : steps) {
            t.append("<tr class=\"").append(s.passed() ? "ok" : "bad").append("\"><td class=\"l\">").append(esc(s.name()))
                    .append("</td>").append(td(s.offeredMessagesPerSecond())).append(td(s.sent())).append(td(s.rejected()))
                    .append(td(s.deliveriesPerSecond())).append(td(s.latency().p50())).append(td(s.latency().p90()))
                    .append(td(s.latency().p99())).append(td(s.latency().p999())).append(td(s.latency().max()))
                    .append(td(s.lost())).append(td(s.duplicates())).append(td(s.outOfOrder()))
                    .append(td(s.serverCpuMicrosPerDelivery())).append(td(s.serverCpuPercent()))
                    .append(td(s.serverRssKiB() < 0 ? -1 : s.serverRssKiB() / 1024.0)).append(td(s.generatorCpuPercent()))
                    .append("<td>").append(s.passed() ? "yes" : "no").append("</td></tr>\n");
        }
        return t.append("</table>\n").toString();
    }

    private static String td(double v) {
        String s = v < 0 ? "&ndash;" : v == Math.rint(v) && Math.abs(v) < 1e15 ? String.format(Locale.ROOT, "%,d", (long) v)
                : String.format(Locale.ROOT, "%,.2f", v);
        return "<td>" + s + "</td>";
    }

    private static void row(StringBuilder h, String name, Map<String, Long> map) {
        h.append("<tr><th class=\"l\">").append(esc(name)).append("</th><td class=\"l\">")
                .append(map.isEmpty() ? "none" : esc(map.toString())).append("</td></tr>");
    }

    private static String asText(Object value) {
        if (value instanceof String s) {
            return s;
        }
        if (value instanceof Number || value instanceof Boolean) {
            return String.valueOf(value);
        }
        try {
            return new ObjectMapper().disable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(value);
        } catch (Exception e) {
            return String.valueOf(value);
        }
    }

    static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
