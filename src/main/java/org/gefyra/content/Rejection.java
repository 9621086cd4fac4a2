package org.gefyra.content;

import java.util.List;

/**
 * A module, or one language of a module, that is not offered to learners, with every reason.
 *
 * @param path the folder or file, relative to the content folder
 * @param language null when the whole module is rejected
 */
public record Rejection(String path, String module, String language, List<ContentError> errors) {
}
