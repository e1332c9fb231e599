package org.hearth.load;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A run as one self-contained HTML page: tables and inline SVG plots (latency percentile
 * distribution, deliveries per second over time, results per step). No scripts, fonts, styles or
 * images from anywhere else.
 */
public final class HtmlReport {
    private static final String[] COLOURS = {"#1b6ca8", "#d1495b", "#2e933c", "#edae49", "#7b2d8b", "#00798c",
        "#8c564b", "#555555", "#e377c2", "#17becf"};
    private static final int W = 760;
    private static final int H = 320;
    private static final int L = 70;
    private static final int R = 70;
    private static final int T = 20;
    private static final int B = 50;

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
        h.append(percentilePlot(run));
        h.append("<h2>Deliveries per second over time</h2>\n");
        h.append(timelinePlot(run.timeline()));
        if (run.steps().size() > 1) {
            h.append("<h2>Results per step</h2>\n<p>Bars: deliveries per second; dots: p99 latency (right axis); "
                    + "dashed: the 100 ms p99 bound.</p>\n");
            h.append(stepPlot(run.steps()));
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

    /** x: percentile on a "number of nines" scale; y: milliseconds, log scale. */
    private static String percentilePlot(Results.Run run) {
        List<String> names = new ArrayList<>();
        List<List<double[]>> curves = new ArrayList<>();
        for (Results.Step s : run.steps()) {
            if (!s.latencyCurve().isEmpty()) {
                names.add(s.name());
                curves.add(s.latencyCurve());
            }
        }
        if (curves.isEmpty()) {
            return "<p>(no latency recorded)</p>\n";
        }
        double maxNines = 5;
        double yMin = Double.MAX_VALUE;
        double yMax = 0;
        for (List<double[]> c : curves) {
            for (double[] p : c) {
                yMin = Math.min(yMin, Math.max(p[1], 0.01));
                yMax = Math.max(yMax, p[1]);
            }
        }
        double lo = Math.floor(Math.log10(Math.max(yMin, 0.01)));
        double hi = Math.ceil(Math.log10(Math.max(yMax, 0.1)));
        if (hi <= lo) {
            hi = lo + 1;
        }
        StringBuilder g = svgStart(H + 20 * ((names.size() + 2) / 3));
        int pw = W - L - R;
        int ph = H - T - B;
        for (double d = lo; d <= hi; d++) {
            double y = T + ph - (d - lo) / (hi - lo) * ph;
            g.append(line(L, y, L + pw, y, "#eee", false)).append(text(L - 6, y + 4, fmtMs(Math.pow(10, d)), "end"));
        }
        String[] labels = {"0%", "90%", "99%", "99.9%", "99.99%", "99.999%"};
        for (int n = 0; n <= maxNines; n++) {
            double x = L + n / maxNines * pw;
            g.append(line(x, T, x, T + ph, "#eee", false)).append(text(x, T + ph + 16, labels[n], "middle"));
        }
        g.append(text(L + pw / 2.0, T + ph + 34, "percentile", "middle"));
        g.append(vtext(16, T + ph / 2.0, "ms (log scale)"));
        for (int i = 0; i < curves.size(); i++) {
            StringBuilder pts = new StringBuilder();
            for (double[] p : curves.get(i)) {
                double nines = p[0] >= 100 ? maxNines : Math.min(maxNines, -Math.log10(1 - p[0] / 100));
                double x = L + nines / maxNines * pw;
                double v = Math.log10(Math.max(p[1], Math.pow(10, lo)));
                double y = T + ph - (v - lo) / (hi - lo) * ph;
                pts.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, y));
            }
            g.append("<polyline fill=\"none\" stroke-width=\"2\" stroke=\"").append(colour(i)).append("\" points=\"")
                    .append(pts.toString().trim()).append("\"/>\n");
        }
        legend(g, names, H);
        return g.append("</svg>\n").toString();
    }

    private static String timelinePlot(List<Results.Sample> samples) {
        if (samples.isEmpty()) {
            return "<p>(no samples)</p>\n";
        }
        double tMax = samples.get(samples.size() - 1).t();
        double yMax = 1;
        for (Results.Sample s : samples) {
            yMax = Math.max(yMax, s.deliveriesPerSecond());
        }
        yMax = niceCeil(yMax);
        StringBuilder g = svgStart(H + 20);
        int pw = W - L - R;
        int ph = H - T - B;
        axes(g, tMax, yMax, pw, ph, "seconds", "deliveries/s");
        for (int k = 0; k <= 4; k++) {
            double y = T + ph - k / 4.0 * ph;
            g.append(text(L + pw + 6, y + 4, (k * 25) + "%", "start"));
        }
        g.append(vtext(W - 10, T + ph / 2.0, "CPU %"));
        StringBuilder rate = new StringBuilder();
        StringBuilder srv = new StringBuilder();
        StringBuilder gen = new StringBuilder();
        for (Results.Sample s : samples) {
            double x = L + s.t() / Math.max(tMax, 1e-9) * pw;
            rate.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, T + ph - s.deliveriesPerSecond() / yMax * ph));
            if (s.serverCpuPercent() >= 0) {
                srv.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, T + ph - Math.min(100, s.serverCpuPercent()) / 100 * ph));
            }
            gen.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, T + ph - Math.min(100, s.generatorCpuPercent()) / 100 * ph));
        }
        g.append(polyline(rate, colour(0), false));
        if (srv.length() > 0) {
            g.append(polyline(srv, colour(1), true));
        }
        g.append(polyline(gen, colour(2), true));
        legend(g, List.of("deliveries/s", "server CPU % (one core = 100)", "generator CPU %"), H);
        return g.append("</svg>\n").toString();
    }

    private static String stepPlot(List<Results.Step> steps) {
        double yMax = 1;
        double pMax = 100;
        for (Results.Step s : steps) {
            yMax = Math.max(yMax, s.deliveriesPerSecond());
            pMax = Math.max(pMax, s.latency().p99());
        }
        yMax = niceCeil(yMax);
        pMax = niceCeil(pMax);
        StringBuilder g = svgStart(H);
        int pw = W - L - R;
        int ph = H - T - B;
        for (int k = 0; k <= 4; k++) {
            double y = T + ph - k / 4.0 * ph;
            g.append(line(L, y, L + pw, y, "#eee", false)).append(text(L - 6, y + 4, compact(yMax * k / 4), "end"))
                    .append(text(L + pw + 6, y + 4, compact(pMax * k / 4) + " ms", "start"));
        }
        double slot = (double) pw / steps.size();
        for (int i = 0; i < steps.size(); i++) {
            Results.Step s = steps.get(i);
            double x = L + i * slot;
            double bh = s.deliveriesPerSecond() / yMax * ph;
            g.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\"/>",
                    x + slot * 0.15, T + ph - bh, slot * 0.7, bh, s.passed() ? "#7fb77e" : "#e07a7a"));
            double py = T + ph - Math.min(s.latency().p99(), pMax) / pMax * ph;
            g.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"4\" fill=\"%s\"/>",
                    x + slot / 2, py, colour(1)));
            g.append(text(x + slot / 2, T + ph + 16, s.name(), "middle"));
        }
        double y100 = T + ph - 100 / pMax * ph;
        g.append(line(L, y100, L + pw, y100, colour(1), true));
        g.append(line(L, T + ph, L + pw, T + ph, "#444", false)).append(line(L, T, L, T + ph, "#444", false));
        return g.append("</svg>\n").toString();
    }

    // ---- svg helpers ----

    private static StringBuilder svgStart(int height) {
        return new StringBuilder().append("<svg width=\"").append(W)
                .append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(W).append(' ')
                .append(height).append("\">\n");
    }

    private static void axes(StringBuilder g, double xMax, double yMax, int pw, int ph, String xLabel, String yLabel) {
        for (int k = 0; k <= 4; k++) {
            double y = T + ph - k / 4.0 * ph;
            g.append(line(L, y, L + pw, y, "#eee", false)).append(text(L - 6, y + 4, compact(yMax * k / 4), "end"));
            double x = L + k / 4.0 * pw;
            g.append(text(x, T + ph + 16, String.format(Locale.ROOT, "%.0f", xMax * k / 4), "middle"));
        }
        g.append(line(L, T + ph, L + pw, T + ph, "#444", false)).append(line(L, T, L, T + ph, "#444", false));
        g.append(text(L + pw / 2.0, T + ph + 34, xLabel, "middle"));
        g.append(vtext(16, T + ph / 2.0, yLabel));
    }

    private static void legend(StringBuilder g, List<String> names, int top) {
        for (int i = 0; i < names.size(); i++) {
            double x = L + (i % 3) * 220;
            double y = top + (i / 3) * 18 - 4;
            g.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"12\" height=\"4\" fill=\"%s\"/>",
                    x, y - 4, colour(i)));
            g.append(text(x + 16, y, names.get(i), "start"));
        }
    }

    private static String polyline(StringBuilder points, String colour, boolean dashed) {
        return "<polyline fill=\"none\" stroke-width=\"" + (dashed ? "1.5" : "2") + "\" stroke=\"" + colour + "\""
                + (dashed ? " stroke-dasharray=\"5,3\"" : "") + " points=\"" + points.toString().trim() + "\"/>\n";
    }

    private static String line(double x1, double y1, double x2, double y2, String colour, boolean dashed) {
        return String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\"%s/>",
                x1, y1, x2, y2, colour, dashed ? " stroke-dasharray=\"5,3\"" : "");
    }

    private static String text(double x, double y, String s, String anchor) {
        return String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"%s\">%s</text>", x, y, anchor, esc(s));
    }

    private static String vtext(double x, double y, String s) {
        return String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\" transform=\"rotate(-90 %.1f %.1f)\">%s</text>",
                x, y, x, y, esc(s));
    }

    private static String colour(int i) {
        return COLOURS[i % COLOURS.length];
    }

    private static double niceCeil(double v) {
        double magnitude = Math.pow(10, Math.floor(Math.log10(v)));
        for (double m : new double[] {1, 2, 2.5, 5, 10}) {
            if (m * magnitude >= v) {
                return m * magnitude;
            }
        }
        return 10 * magnitude;
    }

    private static String compact(double v) {
        if (v >= 1e6) {
            return String.format(Locale.ROOT, "%.1fM", v / 1e6);
        }
        if (v >= 1e3) {
            return String.format(Locale.ROOT, "%.0fk", v / 1e3);
        }
        return String.format(Locale.ROOT, "%.0f", v);
    }

    private static String fmtMs(double v) {
        return v >= 1 ? String.format(Locale.ROOT, "%.0f", v) : String.format(Locale.ROOT, "%s", v);
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
