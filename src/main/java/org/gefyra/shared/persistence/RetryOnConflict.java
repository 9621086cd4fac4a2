package org.gefyra.shared.persistence;

import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.concurrent.ThreadLocalRandom;
import java.util.logging.Logger;

/**
 * Runs a {@link RetriedOnConflict} call again when its transaction was refused for a write
 * conflict, up to three tries, after a short random pause so that the two sides do not meet again.
 * It runs outside {@code @Transactional} (a lower priority), so each try is a transaction of its
 * own; inside a caller's transaction it does nothing, as only the caller can start over.
 */
@RetriedOnConflict
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 100)
public class RetryOnConflict {

    private static final Logger LOG = Logger.getLogger(RetryOnConflict.class.getName());
    static final int TRIES = 3;

    @Resource
    TransactionSynchronizationRegistry transactions;

    @AroundInvoke
    public Object retry(InvocationContext call) throws Exception {
        if (transactions.getTransactionStatus() != Status.STATUS_NO_TRANSACTION) {
            return call.proceed();
        }
        for (int tried = 1; ; tried++) {
            try {
                return call.proceed();
            } catch (RuntimeException refused) {
                if (tried == TRIES || !WriteConflict.causedBy(refused)) {
                    throw refused;
                }
                int pause = ThreadLocalRandom.current().nextInt(20, 100 * tried);
                int attempt = tried;
                LOG.fine(() -> call.getMethod().getName() + " met a write conflict (try " + attempt + "); again in "
                        + pause + " ms");
                Thread.sleep(pause);
            }
        }
    }
}
