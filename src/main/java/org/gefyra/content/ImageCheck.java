package org.gefyra.content;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Checks an image that a module refers to: inside the module's folder (its real path, so no link
 * leads out), present, at most 1 MB, really a PNG, JPEG, WebP or SVG, and, for SVG, made only of
 * what a plain drawing needs ({@link SvgCheck}). The bytes checked are the bytes kept and served.
 */
final class ImageCheck {

    static final long MAX_BYTES = 1024 * 1024;

    private ImageCheck() {
    }

    /**
     * The image's path relative to the module folder, with forward slashes, if it is acceptable; its
     * bytes, as checked, then go into {@code images} under that path.
     */
    static Optional<String> check(Path moduleDir, String file, int line, ContentError.Words in, String image,
            List<ContentError> errors, Map<String, byte[]> images) {
        int before = errors.size();
        if (image.startsWith("/") || image.contains("\\") || image.contains(":")) {
            errors.add(ContentError.of(file, line, in, "image.outside", image));
            return Optional.empty();
        }
        Path resolved;
        try {
            resolved = moduleDir.resolve(image).normalize();
        } catch (InvalidPathException notAPath) {
            errors.add(ContentError.of(file, line, in, "image.missing", image));
            return Optional.empty();
        }
        if (!resolved.startsWith(moduleDir)) {
            errors.add(ContentError.of(file, line, in, "image.outside", image));
            return Optional.empty();
        }
        if (!Files.isRegularFile(resolved)) {
            errors.add(ContentError.of(file, line, in, "image.missing", image));
            return Optional.empty();
        }
        if (!InsideFolder.contains(moduleDir, resolved)) {
            errors.add(ContentError.of(file, line, in, "image.outside", image));
            return Optional.empty();
        }
        byte[] bytes;
        try {
            long size = Files.size(resolved);
            if (size > MAX_BYTES) {
                errors.add(ContentError.of(file, line, in, "image.tooLarge", image, String.valueOf((size + 1023) / 1024)));
                return Optional.empty();
            }
            bytes = Files.readAllBytes(resolved);
        } catch (IOException unreadable) {
            errors.add(ContentError.of(file, line, in, "image.missing", image));
            return Optional.empty();
        }
        if (bytes.length > MAX_BYTES) {
            errors.add(ContentError.of(file, line, in, "image.tooLarge", image, String.valueOf((bytes.length + 1023) / 1024)));
            return Optional.empty();
        }
        checkContent(resolved, bytes, file, line, in, image, errors);
        if (errors.size() > before) {
            return Optional.empty();
        }
        String path = moduleDir.relativize(resolved).toString().replace('\\', '/');
        images.put(path, bytes);
        return Optional.of(path);
    }

    private static void checkContent(Path path, byte[] bytes, String file, int line, ContentError.Words in,
            String image, List<ContentError> errors) {
        String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
        boolean matches;
        if (SvgCheck.isSvg(name)) {
            Optional<String> problem = SvgCheck.firstProblem(bytes);
            matches = !problem.equals(Optional.of(SvgCheck.NOT_AN_SVG));
            if (matches && problem.isPresent()) {
                errors.add(ContentError.of(file, line, in, "image.unsafeSvg", image, problem.get()));
                return;
            }
        } else if (name.endsWith(".png")) {
            matches = startsWith(bytes, new byte[] {(byte) 0x89, 'P', 'N', 'G'});
        } else if (name.endsWith(".jpg") || name.endsWith(".jpeg")) {
            matches = startsWith(bytes, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF});
        } else if (name.endsWith(".webp")) {
            matches = startsWith(bytes, "RIFF".getBytes(StandardCharsets.US_ASCII)) && bytes.length > 12
                    && new String(bytes, 8, 4, StandardCharsets.US_ASCII).equals("WEBP");
        } else {
            matches = false;
        }
        if (!matches) {
            errors.add(ContentError.of(file, line, in, "image.badType", image));
        }
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        return bytes.length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
    }
}
