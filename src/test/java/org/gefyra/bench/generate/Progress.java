package org.gefyra.bench.generate;

import java.util.Locale;

/** A progress bar on one line: how far, how fast, how long still, and the rows that came with it. */
final class Progress {

    private final String what;
    private final long total;
    private final long start = System.nanoTime();
    private long shownAt;
    private long done;
    private long rows;

    Progress(String what, long total) {
        this.what = what;
        this.total = total;
    }

    /** One more of what is counted, which brought this many rows with it. */
    void add(long count, long rowsWithIt) {
        rows += rowsWithIt;
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
        System.out.printf(Locale.ROOT, "\r%s [%s%s] %,d / %,d, %,d rows, %,.0f rows/s, %ds left   ", what,
                "#".repeat(filled), " ".repeat(width - filled), done, total, rows, rows / seconds, Math.max(0, left));
        System.out.flush();
    }
}
