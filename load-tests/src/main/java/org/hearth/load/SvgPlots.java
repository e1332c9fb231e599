package org.hearth.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The report's inline SVG plots: latency by percentile, deliveries per second over time, results per step. */
final class SvgPlots {
    private static final String[] COLOURS = {"#1b6ca8", "#d1495b", "#2e933c", "#edae49", "#7b2d8b", "#00798c",
        "#8c564b", "#555555", "#e377c2", "#17becf"};
    private static final int W = 760;
    private static final int H = 320;
    private static final int L = 70;
    private static final int R = 70;
    private static final int T = 20;
    private static final int B = 50;

    private SvgPlots() {
    }

    /** x: percentile on a "number of nines" scale; y: milliseconds, log scale. */
    static String percentiles(Results.Run run) {
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

    static String timeline(List<Results.Sample> samples) {
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

    static String steps(List<Results.Step> steps) {
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
        return String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"%s\">%s</text>", x, y, anchor,
                HtmlReport.esc(s));
    }

    private static String vtext(double x, double y, String s) {
        return String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\" transform=\"rotate(-90 %.1f %.1f)\">%s</text>",
                x, y, x, y, HtmlReport.esc(s));
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
}
