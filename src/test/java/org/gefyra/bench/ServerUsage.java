package org.gefyra.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The server's CPU and memory while a load scenario runs, read from Linux's /proc for its
 * process id (or a Liberty .pid file): the CPU it used on average, in cores, and its largest
 * resident memory. Without a process id it reports nothing.
 */
final class ServerUsage {

    private static final double TICKS_PER_SECOND = 100; // USER_HZ on Linux
    private final Long pid;
    private volatile long peakKb;
    private long startTicks;
    private long startNanos;
    private Thread sampler;

    private ServerUsage(Long pid) {
        this.pid = pid;
    }

    static ServerUsage of(String spec) {
        if (spec == null || spec.isBlank()) {
            return new ServerUsage(null);
        }
        try {
            Path file = Path.of(spec);
            return new ServerUsage(Long.parseLong(Files.isRegularFile(file) ? Files.readString(file).strip() : spec));
        } catch (IOException | RuntimeException unreadable) {
            System.out.println("No server process to watch: " + unreadable.getMessage());
            return new ServerUsage(null);
        }
    }

    void start() {
        if (pid == null) {
            return;
        }
        startTicks = ticks();
        startNanos = System.nanoTime();
        sampler = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                peakKb = Math.max(peakKb, residentKb());
                try {
                    Thread.sleep(1000);
                } catch (InterruptedException stop) {
                    return;
                }
            }
        }, "server-usage");
        sampler.setDaemon(true);
        sampler.start();
    }

    /** Prints what the server used since {@link #start()}; returns its CPU seconds (0 without a process). */
    double report() {
        if (pid == null) {
            return 0;
        }
        sampler.interrupt();
        double seconds = (System.nanoTime() - startNanos) / 1e9;
        double cpuSeconds = (ticks() - startTicks) / TICKS_PER_SECOND;
        System.out.printf("Server (pid %d): %.2f cores of CPU on average over %.0f s, at most %d MB resident%n",
                pid, cpuSeconds / seconds, seconds, Math.max(peakKb, residentKb()) / 1024);
        return cpuSeconds;
    }

    private long ticks() {
        try {
            String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(fields[11]) + Long.parseLong(fields[12]); // utime + stime
        } catch (IOException | RuntimeException gone) {
            return 0;
        }
    }

    private long residentKb() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D", ""));
                }
            }
        } catch (IOException | RuntimeException gone) {
            // the process ended
        }
        return 0;
    }
}
