package org.gefyra.bench.generate;

import java.util.Locale;

/** A progress bar on one line: how far, how fast, how long still. */
final class Progress {

    private final String what;
    private final long total;
    private final long start = System.nanoTime();
    private long shownAt;
    private long done;

    Progress(String what, long total) {
        this.what = what;
        this.total = total;
    }

    void add(long count) {
        done += count;
        long now = System.nanoTime();
        if (now - shownAt > 1_000_000_000L || done >= total) {
            shownAt = now;
            show(now);
        }
    }

    void finish() {
        show(System.nanoTime());
        System.out.println();
    }

    private void show(long now) {
        double seconds = Math.max(0.001, (now - start) / 1e9);
        double rate = done / seconds;
        int width = 30;
        int filled = (int) Math.min(width, total == 0 ? width : done * width / total);
        long left = rate > 0 ? (long) ((total - done) / rate) : 0;
        System.out.printf(Locale.ROOT, "\r%-14s [%s%s] %,d / %,d  %,.0f rows/s  %ds left   ", what,
                "#".repeat(filled), " ".repeat(width - filled), done, total, rate, Math.max(0, left));
        System.out.flush();
    }
}
