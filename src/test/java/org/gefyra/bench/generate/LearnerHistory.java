package org.gefyra.bench.generate;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.gefyra.content.LearningModule;
import org.gefyra.content.Step;

/**
 * One learner's made-up history, the way learners really go: a few modules, at a site, in
 * visits days apart; steps read in order; quizzes sometimes answered wrong and tried again;
 * practice that takes a few tries; some stop half-way (more often in longer modules and at
 * quizzes), and those who finish feel surer after than before.
 */
final class LearnerHistory {

    record Event(Instant at, String moduleId, int version, String stepId, String verb, String option,
            Boolean correct, Boolean goalReached, Short rating, String detail) {
    }

    record ModuleState(String moduleId, int version, String currentStep, Instant startedAt, Instant lastActivityAt,
            Instant completedAt, Short before, Short after, String lastAction) {
    }

    final List<Event> events = new ArrayList<>();
    final List<ModuleState> modules = new ArrayList<>();

    LearnerHistory(SplittableRandom random, List<LearningModule> offered, Instant joined, double meanEvents) {
        Instant at = joined;
        // about (meanEvents / 13) modules: a module gives some thirteen events, drop-outs counted
        int count = Math.max(1, Math.min(offered.size(), (int) Math.round(random.nextDouble(0.5, 1.5) * meanEvents / 13)));
        List<LearningModule> shuffled = new ArrayList<>(offered);
        for (int i = shuffled.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            LearningModule swap = shuffled.get(i);
            shuffled.set(i, shuffled.get(j));
            shuffled.set(j, swap);
        }
        for (LearningModule module : shuffled.subList(0, count)) {
            at = at.plus(Duration.ofDays(random.nextInt(1, 15))).plus(Duration.ofMinutes(random.nextInt(0, 480)));
            follow(random, module, at);
        }
    }

    private void follow(SplittableRandom random, LearningModule module, Instant start) {
        Instant at = start;
        String id = module.id();
        int version = module.version();
        events.add(new Event(at, id, version, null, "STARTED", null, null, null, null, null));
        Short before = random.nextInt(10) < 8 ? (short) random.nextInt(1, 4) : null;
        if (before != null) {
            events.add(new Event(at, id, version, null, "RATED_CONFIDENCE", null, null, null, before, "before"));
        }
        String current = null;
        String lastAction = null;
        for (Step step : module.steps()) {
            at = at.plusSeconds(random.nextInt(20, 180));
            double dropOut = step.isQuiz() ? 0.06 : step.isPractice() ? 0.08 : 0.03;
            if (random.nextDouble() < dropOut) {
                modules.add(new ModuleState(id, version, current, start, at, null, before, null, lastAction));
                return;
            }
            current = step.id();
            events.add(new Event(at, id, version, step.id(), "VIEWED", null, null, null, null, null));
            lastAction = "viewed|" + step.id();
            if (step.isQuiz()) {
                while (random.nextDouble() < 0.3) { // a wrong answer first, then another try
                    String wrong = wrongOption(random, step);
                    at = at.plusSeconds(random.nextInt(5, 40));
                    events.add(new Event(at, id, version, step.id(), "ANSWERED", wrong, false, null, null, null));
                }
                at = at.plusSeconds(random.nextInt(5, 40));
                events.add(new Event(at, id, version, step.id(), "ANSWERED", step.correct(), true, null, null, null));
                lastAction = "answered|" + step.id() + "|" + step.correct();
            } else if (step.isPractice()) {
                int tries = random.nextInt(1, 5);
                for (int t = 1; t <= tries; t++) {
                    at = at.plusSeconds(random.nextInt(10, 90));
                    boolean reached = t == tries;
                    events.add(new Event(at, id, version, step.id(), "PRACTISED", null, null, reached, null,
                            reached ? "goal" : "try"));
                }
                lastAction = "practised|" + step.id() + "|true|goal";
            }
        }
        at = at.plusSeconds(random.nextInt(10, 60));
        events.add(new Event(at, id, version, null, "COMPLETED", null, null, null, null, null));
        Short after = null;
        if (random.nextInt(10) < 8) {
            int gain = random.nextInt(10) < 7 ? random.nextInt(1, 3) : 0;
            after = (short) Math.min(5, (before == null ? random.nextInt(1, 4) : before) + gain);
            events.add(new Event(at, id, version, null, "RATED_CONFIDENCE", null, null, null, after, "after"));
        }
        modules.add(new ModuleState(id, version, current, start, at, at, before, after, lastAction));
    }

    private static String wrongOption(SplittableRandom random, Step step) {
        List<String> wrong = step.options().stream().filter(o -> !o.equals(step.correct())).toList();
        return wrong.isEmpty() ? step.correct() : wrong.get(random.nextInt(wrong.size()));
    }
}
