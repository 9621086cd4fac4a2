package org.gefyra.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;

/**
 * Response times per kind of request of a load scenario, printed at its end as p50, p95 and p99
 * with counts, errors and throughput (Gatling's console gives these for all requests together only).
 */
final class Latencies {

    private static final Map<String, List<Integer>> TIMES = new ConcurrentSkipListMap<>();
    private static final Map<String, int[]> ERRORS = new ConcurrentSkipListMap<>();
    private static volatile long startedAt = System.nanoTime();

    private Latencies() {
    }

    static void start() {
        startedAt = System.nanoTime();
    }

    static void add(String kind, Integer millis) {
        if (millis == null) {
            ERRORS.computeIfAbsent(kind, k -> new int[1]);
            synchronized (ERRORS) {
                ERRORS.get(kind)[0]++;
            }
            return;
        }
        List<Integer> times = TIMES.computeIfAbsent(kind, k -> Collections.synchronizedList(new ArrayList<>()));
        times.add(millis);
    }

    static void print() {
        double seconds = (System.nanoTime() - startedAt) / 1e9;
        long all = 0;
        StringBuilder table = new StringBuilder(String.format("%n%-20s %8s %8s %8s %8s %8s %8s%n", "request kind",
                "count", "errors", "p50 ms", "p95 ms", "p99 ms", "req/s"));
        List<String> kinds = new ArrayList<>(TIMES.keySet());
        ERRORS.keySet().stream().filter(k -> !kinds.contains(k)).forEach(kinds::add);
        for (String kind : kinds) {
            List<Integer> times;
            synchronized (TIMES.getOrDefault(kind, List.of())) {
                times = new ArrayList<>(TIMES.getOrDefault(kind, List.of()));
            }
            Collections.sort(times);
            int errors = ERRORS.containsKey(kind) ? ERRORS.get(kind)[0] : 0;
            all += times.size() + errors;
            table.append(String.format("%-20s %8d %8d %8s %8s %8s %8.1f%n", kind, times.size(), errors,
                    at(times, 0.50), at(times, 0.95), at(times, 0.99), (times.size() + errors) / seconds));
        }
        table.append(String.format("%-20s %8d %8d %35.1f%n", "all", all,
                ERRORS.values().stream().mapToInt(e -> e[0]).sum(), all / seconds));
        System.out.println(table);
    }

    private static String at(List<Integer> sorted, double quantile) {
        return sorted.isEmpty() ? "-" : String.valueOf(sorted.get((int) Math.min(sorted.size() - 1,
                Math.floor(quantile * sorted.size()))));
    }
}
