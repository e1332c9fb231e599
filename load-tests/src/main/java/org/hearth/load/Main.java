package org.hearth.load;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.HdrHistogram.Histogram;

/**
 * The load generator's command line:
 * {@code java -jar hearth-load.jar --scenario=big-room --url=ws://127.0.0.1:8080/ws --server-pid=N --out=DIR}.
 * Prints a summary, writes {@code DIR/SCENARIO.json} and {@code DIR/SCENARIO.html}, and exits 0
 * when nothing was lost, duplicated or out of order and no problem was seen, 2 otherwise.
 */
public final class Main {
    private static final Set<String> CONTROL = Set.of("scenario", "server-pid", "time-limit");

    private Main() {
    }

    public static void main(String[] args) throws Exception {
        // The receive path copies each frame out once; Netty's per-byte checks and leak sampling
        // only cost the generator time it needs for measuring.
        System.setProperty("io.netty.leakDetection.level", System.getProperty("io.netty.leakDetection.level", "disabled"));
        Map<String, String> given;
        try {
            given = Settings.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("error: " + e.getMessage());
            System.exit(64);
            return;
        }
        if (given.containsKey("help") || args.length == 0) {
            System.out.println(usage());
            return;
        }
        if (given.containsKey("print-rooms")) {
            System.out.println(ScenarioRooms.flag(Integer.parseInt(given.get("print-rooms")),
                    given.getOrDefault("room-prefix", "r")));
            return;
        }
        double limit = new Settings(given, Map.of("time-limit", "30m")).seconds("time-limit");
        Thread watchdog = new Thread(() -> {
            try {
                Thread.sleep((long) (limit * 1000));
                System.err.println("hearth-load: time limit of " + limit + " s reached; stopping");
                Runtime.getRuntime().halt(3);
            } catch (InterruptedException e) {
                // the run ended first
            }
        }, "hearth-load-watchdog");
        watchdog.setDaemon(true);
        watchdog.start();
        try {
            Results.Run run = run(given);
            System.exit(run.clean() ? 0 : 2);
        } catch (IllegalArgumentException e) {
            System.err.println("error: " + e.getMessage());
            System.exit(64);
        }
    }

    /** Runs one scenario with the given settings, prints its summary and writes its files. */
    public static Results.Run run(Map<String, String> given) throws InterruptedException, IOException {
        String scenario = given.getOrDefault("scenario", "big-room");
        Scenario chosen = Scenarios.named(scenario);
        if (chosen == null) {
            throw new IllegalArgumentException("--scenario=" + scenario + " (expected one of " + Scenarios.names() + ")");
        }
        Map<String, String> defaults = new LinkedHashMap<>(Scenarios.COMMON);
        defaults.putAll(chosen.preset());
        Set<String> known = new HashSet<>(defaults.keySet());
        known.addAll(CONTROL);
        for (String key : given.keySet()) {
            if (!known.contains(key)) {
                throw new IllegalArgumentException("--" + key + " is not a setting of " + scenario + " (settings: "
                        + new TreeMap<>(defaults).keySet() + ")");
            }
        }
        Settings settings = new Settings(given, defaults);
        URI url = URI.create(settings.string("url"));
        Long serverPid = given.containsKey("server-pid") ? Long.parseLong(given.get("server-pid")) : null;
        ProcStats server = serverPid == null ? null : new ProcStats(serverPid);
        if (server != null && !server.alive()) {
            throw new IllegalArgumentException("--server-pid=" + serverPid + ": no such process");
        }
        Instant started = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        long t0 = System.nanoTime();
        System.out.println("hearth-load " + scenario + " against " + url
                + (serverPid == null ? " (no --server-pid: server CPU and memory not measured)" : " (server pid " + serverPid + ")"));
        Results.Run run;
        try (LoadClient client = new LoadClient(url, settings.integer("threads"), settings.integer("text-size"),
                settings.integer("per-source"));
             Collector collector = new Collector(client, server)) {
            ScenarioRun scenarioRun = new ScenarioRun(settings, client, collector);
            chosen.run(scenarioRun);
            Collector.Counters totals = collector.totals();
            Results.Audit audit = collector.audit();
            List<String> problems = scenarioRun.problems;
            if (audit.lost() > 0) {
                problems.add(0, "LOST " + audit.lost() + " deliveries (" + audit.membersWithLoss() + " of "
                        + audit.membersChecked() + " members missed messages)");
            }
            if (audit.duplicates() > 0) {
                problems.add(0, "DUPLICATED " + audit.duplicates() + " deliveries");
            }
            if (audit.outOfOrder() > 0) {
                problems.add(0, "OUT OF ORDER: " + audit.outOfOrder() + " deliveries");
            }
            if (totals.beforeJoin() > 0) {
                problems.add("" + totals.beforeJoin() + " messages arrived before their member's joined frame");
            }
            if (totals.acksRejected() > 0) {
                problems.add(totals.acksRejected() + " messages were rejected (rate limit?): raise the server's "
                        + "limits.messages-per-minute / limits.frames-per-second for this load, or add senders");
            }
            if (!totals.errors().isEmpty()) {
                problems.add("error frames or client errors: " + totals.errors());
            }
            Histogram overall = collector.overall();
            run = new Results.Run(scenario, started.toString(), Collector.round((System.nanoTime() - t0) / 1e9, 1),
                    url.toString(), serverPid, machine(server), settings.used(), collector.steps(),
                    collector.timeline(), audit, totals.errors(), totals.closes(), totals.connectFailures(),
                    scenarioRun.findings, problems, scenarioRun.notes, Results.Latency.of(overall), Results.curve(overall));
        }
        write(run, Path.of(settings.string("out")));
        printSummary(run, Path.of(settings.string("out")));
        return run;
    }

    private static void write(Results.Run run, Path dir) throws IOException {
        Files.createDirectories(dir);
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        Files.writeString(dir.resolve(run.scenario() + ".json"), json.writeValueAsString(run), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve(run.scenario() + ".html"), HtmlReport.render(run), StandardCharsets.UTF_8);
    }

    private static void printSummary(Results.Run run, Path dir) {
        System.out.println();
        System.out.println("== " + run.scenario() + " summary ==");
        for (Results.Step s : run.steps()) {
            StepLine.print(s);
        }
        run.findings().forEach((k, v) -> {
            if (!(v instanceof List)) {
                System.out.println("  " + k + ": " + v);
            }
        });
        Results.Audit a = run.audit();
        System.out.println("  audit: " + a.membersChecked() + " members checked, lost " + a.lost() + ", duplicates "
                + a.duplicates() + ", out of order " + a.outOfOrder());
        if (!run.closeCodes().isEmpty()) {
            System.out.println("  close codes from the server: " + run.closeCodes());
        }
        if (!run.connectFailures().isEmpty()) {
            System.out.println("  connection failures: " + run.connectFailures());
        }
        for (String n : run.notes()) {
            System.out.println("  note: " + n);
        }
        if (!run.clean()) {
            System.out.println();
            System.out.println("!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!");
            for (String p : run.problems()) {
                System.out.println("!!! " + p);
            }
            System.out.println("!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!");
        }
        System.out.println("  wrote " + dir.resolve(run.scenario() + ".json") + " and " + dir.resolve(run.scenario() + ".html"));
    }

    static Map<String, String> machine(ProcStats server) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("cores", String.valueOf(Runtime.getRuntime().availableProcessors()) + " available to the generator");
        m.put("cpu", cpuModel());
        m.put("generator JDK", System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
        m.put("kernel", read("/proc/sys/kernel/osrelease"));
        m.put("generator CPUs", allowedCpus(ProcessHandle.current().pid()));
        if (server != null) {
            m.put("server CPUs", allowedCpus(server.pid()));
            m.put("server command", read("/proc/" + server.pid() + "/cmdline").replace('\0', ' ').trim());
        }
        return m;
    }

    private static String cpuModel() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
                if (line.startsWith("model name")) {
                    return line.substring(line.indexOf(':') + 1).trim();
                }
            }
        } catch (IOException e) {
            return "unknown";
        }
        return "unknown";
    }

    private static String allowedCpus(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                if (line.startsWith("Cpus_allowed_list:")) {
                    return line.substring(18).trim();
                }
            }
        } catch (IOException e) {
            return "unknown";
        }
        return "unknown";
    }

    private static String read(String path) {
        try {
            return Files.readString(Path.of(path)).trim();
        } catch (IOException e) {
            return "unknown";
        }
    }

    static String usage() {
        StringBuilder sb = new StringBuilder();
        sb.append("""
                hearth-load: an open-loop WebSocket load generator for Hearth (loopback only).

                  java -jar hearth-load.jar --scenario=NAME --url=ws://127.0.0.1:8080/ws [--server-pid=PID]
                       [--duration=10s] [--SETTING=VALUE ...] --out=DIR
                  java -jar hearth-load.jar --print-rooms=N     the --rooms= list a multi-room scenario needs

                Writes DIR/NAME.json and DIR/NAME.html; exits 2 when anything was lost, duplicated, out of
                order or refused. --time-limit (default 30m) stops a run that hangs.

                Scenarios and their settings (defaults; common: """).append(new TreeMap<>(Scenarios.COMMON)).append("):\n");
        for (Scenario s : Scenarios.all()) {
            sb.append("  ").append(s.name()).append(' ').append(new TreeMap<>(s.preset())).append('\n');
        }
        return sb.toString();
    }
}
