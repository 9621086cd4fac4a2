package org.gefyra.learner;

import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.NotificationOptions;
import jakarta.enterprise.util.TypeLiteral;
import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;
import org.gefyra.organisation.Site;
import org.gefyra.shared.TestDatabase;
import org.gefyra.shared.audit.AuditLog;
import org.gefyra.shared.security.TestHashing;

/** The learner services wired to a test database, as the container would; and learners made quickly. */
public final class LearnerServices {

    public final LearnerService learners = new LearnerService();
    public final LearnerStanding standing = new LearnerStanding();
    public final GroupService groups = new GroupService();
    public final CardPrinting printing = new CardPrinting();
    /** Who hears that a group is going: features above add themselves, as CDI observers would. */
    public final List<Consumer<GroupRemoving>> groupObservers = new ArrayList<>();
    /** Who hears that where or whether a learner is counted may have changed (the reports). */
    public final List<Consumer<LearnerCountingChanged>> countingObservers = new ArrayList<>();

    public LearnerServices(TestDatabase db) {
        learners.em = db.em;
        learners.hashing = TestHashing.create();
        learners.audit = new AuditLog(db.em);
        learners.countingChanged = new Fired<>(countingObservers);
        standing.dataSource = db.dataSource;
        groups.em = db.em;
        groups.learners = learners;
        groups.removing = new Fired<>(groupObservers);
        printing.learners = learners;
    }

    /** A learner who agreed to be counted, with the PIN 1234 hashed for real only where it matters. */
    public static Learner someone(Site site, String name) {
        return new Learner(site, name, Picture.SUN, "en", null, null, Consent.given(true, true, null, null), "hash");
    }

    /** An event that calls its observers at once, as CDI's synchronous events do. */
    private record Fired<T>(List<Consumer<T>> observers) implements Event<T> {
        @Override
        public void fire(T event) {
            observers.forEach(observer -> observer.accept(event));
        }

        @Override
        public <U extends T> CompletionStage<U> fireAsync(U event) {
            throw new UnsupportedOperationException();
        }

        @Override
        public <U extends T> CompletionStage<U> fireAsync(U event, NotificationOptions options) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Event<T> select(Annotation... qualifiers) {
            return this;
        }

        @Override
        public <U extends T> Event<U> select(Class<U> subtype, Annotation... qualifiers) {
            throw new UnsupportedOperationException();
        }

        @Override
        public <U extends T> Event<U> select(TypeLiteral<U> subtype, Annotation... qualifiers) {
            throw new UnsupportedOperationException();
        }
    }
}
