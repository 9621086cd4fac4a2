package org.gefyra.learner;

/**
 * The pictures a learner can choose for their card on the kiosk, so that they find it without
 * reading. Each has an SVG of the same name under {@code resources/gefyra/pictures/}.
 */
public enum Picture {
    SUN, TREE, FLOWER, BIRD, CAT, BOAT, HOUSE, STAR, MOON, APPLE, FISH, HEART;

    public String file() {
        return "pictures/" + name().toLowerCase(java.util.Locale.ROOT) + ".svg";
    }
}
