package org.hearth.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * CPU time and resident memory of a process, read from {@code /proc/PID}: how the generator
 * watches the server (a black box) and itself.
 */
public final class ProcStats {
    private static final long TICKS_PER_SECOND = clockTicks();
    private static final Pattern HEAP_USED = Pattern.compile("(?:total|committed) \\d+K, used (\\d+)K");

    private final long pid;

    public ProcStats(long pid) {
        this.pid = pid;
    }

    public static ProcStats self() {
        return new ProcStats(ProcessHandle.current().pid());
    }

    public long pid() {
        return pid;
    }

    public boolean alive() {
        return Files.exists(Path.of("/proc/" + pid + "/stat"));
    }

    /** User plus system CPU time so far, in microseconds (resolution: one clock tick, usually 10 ms); -1 if unreadable. */
    public long cpuMicros() {
        try {
            String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
            return cpuMicros(stat, TICKS_PER_SECOND);
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    /** Parses utime and stime (fields 14 and 15) of a /proc/PID/stat line. */
    static long cpuMicros(String stat, long ticksPerSecond) {
        // The command name (field 2) is in parentheses and may contain spaces: count from after it.
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).trim().split(" ");
        long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        return ticks * 1_000_000L / ticksPerSecond;
    }

    /** Resident set size in KiB; -1 if unreadable. */
    public long rssKiB() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.substring(6).trim().split("\\s+")[0]);
                }
            }
        } catch (IOException | RuntimeException e) {
            return -1;
        }
        return -1;
    }

    /**
     * Heap in use after a full GC, in KiB, asked of a JVM with {@code jcmd} (GC.run, then
     * GC.heap_info); -1 when jcmd is missing or the process is no JVM. Costs a pause in the server.
     */
    public long heapAfterGcKiB() {
        String jcmd = jcmd();
        try {
            if (run(jcmd, String.valueOf(pid), "GC.run") == null) {
                return -1;
            }
            String info = run(jcmd, String.valueOf(pid), "GC.heap_info");
            if (info == null) {
                return -1;
            }
            return heapUsedKiB(info);
        } catch (RuntimeException e) {
            return -1;
        }
    }

    /**
     * Adds up the "used" of every heap space GC.heap_info names (one line for G1, "DefNew" and
     * "tenured generation" for the serial collector a JVM picks on one core); not Metaspace.
     */
    static long heapUsedKiB(String heapInfo) {
        long used = 0;
        boolean found = false;
        for (String line : heapInfo.split("\n")) {
            if (line.contains("Metaspace") || line.contains("class space")) {
                continue;
            }
            Matcher m = HEAP_USED.matcher(line);
            if (m.find()) {
                used += Long.parseLong(m.group(1));
                found = true;
            }
        }
        return found ? used : -1;
    }

    private static String jcmd() {
        String home = System.getProperty("java.home");
        Path candidate = Path.of(home, "bin", "jcmd");
        return Files.isExecutable(candidate) ? candidate.toString() : "jcmd";
    }

    private static String run(String... command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes());
            if (!p.waitFor(30, TimeUnit.SECONDS) || p.exitValue() != 0) {
                return null;
            }
            return out;
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    private static long clockTicks() {
        String out = run("getconf", "CLK_TCK");
        try {
            return out == null ? 100 : Long.parseLong(out.trim());
        } catch (NumberFormatException e) {
            return 100;
        }
    }
}
