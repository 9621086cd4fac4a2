package org.gefyra.learner.web;

import java.util.List;
import org.gefyra.learner.AgeBand;
import org.gefyra.learner.Picture;
import org.gefyra.learner.TargetGroup;
import org.gefyra.shared.i18n.Languages;

/** What the learner forms offer to choose from: pictures, languages, age bands, target groups. */
public final class LearnerChoices {

    static final LearnerChoices INSTANCE = new LearnerChoices();

    private LearnerChoices() {
    }

    public Picture[] getPictures() {
        return Picture.values();
    }

    public List<String> getLanguages() {
        return Languages.INTERFACE;
    }

    public String languageName(String code) {
        return Languages.ownName(code);
    }

    public AgeBand[] getAgeBands() {
        return AgeBand.values();
    }

    public TargetGroup[] getTargetGroups() {
        return TargetGroup.values();
    }
}
