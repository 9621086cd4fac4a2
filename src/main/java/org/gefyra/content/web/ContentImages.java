package org.gefyra.content.web;

import java.util.Locale;

/** Where pages find module images, and what type they are. */
public final class ContentImages {

    private ContentImages() {
    }

    public static String address(String moduleId, String image) {
        return "/content-images/" + moduleId + "/" + image;
    }

    static String mediaType(String path) {
        String name = path.toLowerCase(Locale.ROOT);
        if (name.endsWith(".svg")) {
            return "image/svg+xml";
        }
        if (name.endsWith(".png")) {
            return "image/png";
        }
        if (name.endsWith(".webp")) {
            return "image/webp";
        }
        return "image/jpeg";
    }
}
