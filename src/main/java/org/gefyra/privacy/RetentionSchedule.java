package org.gefyra.privacy;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Runs the retention job every hour, on every server; the job itself makes sure only one server
 * does the work once a day (see {@link Retention}). The first run waits a few minutes after start.
 */
@ApplicationScoped
public class RetentionSchedule {

    private static final Logger LOG = Logger.getLogger(RetentionSchedule.class.getName());

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    Retention retention;

    @Inject
    @ConfigProperty(name = "GEFYRA_RETENTION_MONTHS", defaultValue = "24")
    int months;

    private ScheduledFuture<?> scheduled;

    /** Called once the application is ready (app.Startup). */
    public synchronized void start() {
        if (scheduled == null) {
            scheduled = scheduler.scheduleWithFixedDelay(this::runOnce, 5, 60, TimeUnit.MINUTES);
        }
    }

    private void runOnce() {
        try {
            retention.run(Instant.now(), months);
        } catch (RuntimeException failed) {
            LOG.log(Level.WARNING, "Retention did not run; it is tried again within the hour", failed);
        }
    }

    @PreDestroy
    synchronized void stop() {
        if (scheduled != null) {
            scheduled.cancel(false);
        }
    }
}
