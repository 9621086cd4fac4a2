package org.gefyra.learner;

/** A learner as a kiosk shows them for "choose my name": first name and picture, nothing else. */
public record LearnerCard(long id, String displayName, Picture picture) implements java.io.Serializable {
}
