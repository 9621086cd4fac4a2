package org.gefyra.learning.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.gefyra.learning.ModuleCard;

/** "My modules": what to continue, what the educator assigned, and everything else in the learner's language. */
@Named
@RequestScoped
public class MyModulesView {

    @Inject
    LearnerProgress progress;

    private List<ModuleCard> cards;

    public List<ModuleCard> getCards() {
        if (cards == null) {
            cards = progress.myModules();
        }
        return cards;
    }

    /** The module to continue: the one in progress that comes first. */
    public ModuleCard getContinueWith() {
        return getCards().stream().filter(ModuleCard::isInProgress).findFirst().orElse(null);
    }
}
