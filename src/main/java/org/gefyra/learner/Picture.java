package org.gefyra.learner;

import java.util.Locale;

/**
 * The pictures a learner can choose for their card, so that they find it on the kiosk without
 * reading. Each is an SVG of the same name under {@code webapp/static/img/pictures/}, and a PNG
 * of it (240 pixels, drawn by Chromium from the SVG) under {@code org/gefyra/pictures/} for the
 * printed login card.
 */
public enum Picture {
    SUN, TREE, FLOWER, BIRD, CAT, BOAT, HOUSE, STAR, MOON, APPLE, FISH, HEART;

    public String file() {
        return "pictures/" + name().toLowerCase(Locale.ROOT) + ".svg";
    }

    /** The PNG of the picture on the class path. */
    String png() {
        return "/org/gefyra/pictures/" + name().toLowerCase(Locale.ROOT) + ".png";
    }
}
