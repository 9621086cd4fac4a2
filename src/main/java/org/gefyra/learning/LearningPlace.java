package org.gefyra.learning;

/**
 * Where and how learning happens: the kiosk's site (null off a kiosk), the facilitated session
 * the learner joined (null outside one), and the language the learner reads the module in.
 */
public record LearningPlace(Long siteId, Long sessionId, String language) {
}
