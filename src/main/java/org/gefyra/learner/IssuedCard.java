package org.gefyra.learner;

/**
 * A login card just made, to be printed at once: the only moment its code exists outside the
 * learner's hands. Never stored, never shown on a page.
 */
public record IssuedCard(long learnerId, String displayName, Picture picture, String language, String siteName,
        String code) {

    public String groupedCode() {
        return CardCode.grouped(code);
    }

    @Override
    public String toString() {
        return "IssuedCard[learner " + learnerId + "]";
    }
}
