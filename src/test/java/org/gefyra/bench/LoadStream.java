package org.gefyra.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

/**
 * One kind of request sent over a number of kept-alive connections as fast as the server
 * answers (a closed loop, like wrk), with each answer's latency kept for the percentiles.
 * With cookies, each request takes a signed-in person from the queue and gives them back after
 * the answer, so one person never has two requests at once.
 */
final class LoadStream {

    private static final int KEPT = 1_000_000;

    private final String name;
    private final List<Thread> threads = new ArrayList<>();
    private final List<long[]> latencies = new ArrayList<>();
    private final int[] counts;
    private final int[] errors;

    LoadStream(String name, String base, int connections, Supplier<String> path, Queue<String> cookies,
            AtomicBoolean running) {
        this.name = name;
        this.counts = new int[connections];
        this.errors = new int[connections];
        for (int i = 0; i < connections; i++) {
            int index = i;
            long[] kept = new long[KEPT];
            latencies.add(kept);
            threads.add(new Thread(() -> {
                HttpConnection connection = new HttpConnection(base);
                while (running.get()) {
                    String cookie = cookies == null ? null : cookies.poll();
                    long start = System.nanoTime();
                    try {
                        int status = connection.get(path.get(), cookie).status();
                        if (status != 200) {
                            errors[index]++;
                        }
                    } catch (Exception failed) {
                        errors[index]++;
                        try {
                            connection.close();
                        } catch (Exception ignored) {
                            // a new connection is made on the next request
                        }
                    } finally {
                        if (cookie != null) {
                            cookies.add(cookie);
                        }
                    }
                    if (counts[index] < kept.length) {
                        kept[counts[index]] = System.nanoTime() - start;
                    }
                    counts[index]++;
                }
                try {
                    connection.close();
                } catch (Exception ignored) {
                    // closing at the end
                }
            }, name + "-" + i));
        }
    }

    void start() {
        threads.forEach(Thread::start);
    }

    void join() throws InterruptedException {
        for (Thread thread : threads) {
            thread.join();
        }
    }

    long count() {
        return Arrays.stream(counts).asLongStream().sum();
    }

    String summary(double seconds) {
        long[] all = new long[Arrays.stream(counts).map(c -> Math.min(c, KEPT)).sum()];
        int at = 0;
        for (int i = 0; i < counts.length; i++) {
            int n = Math.min(counts[i], KEPT);
            System.arraycopy(latencies.get(i), 0, all, at, n);
            at += n;
        }
        Arrays.sort(all);
        return String.format("%-11s %3d conn  %8.0f req/s  p50 %6.1f ms  p90 %6.1f ms  p99 %6.1f ms  max %7.1f ms  errors %d",
                name, counts.length, count() / seconds, ms(all, 0.50), ms(all, 0.90), ms(all, 0.99),
                all.length == 0 ? 0 : all[all.length - 1] / 1e6, Arrays.stream(errors).sum());
    }

    private static double ms(long[] sorted, double quantile) {
        return sorted.length == 0 ? 0 : sorted[(int) Math.min(sorted.length - 1, Math.floor(quantile * sorted.length))] / 1e6;
    }
}
