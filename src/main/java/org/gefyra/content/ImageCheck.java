package org.gefyra.content;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks an image that a module refers to: inside the module's folder, present, at most 1 MB,
 * really a PNG, JPEG, WebP or SVG, and, for SVG, free of scripts.
 */
final class ImageCheck {

    static final long MAX_BYTES = 1024 * 1024;
    private static final Pattern SVG_SCRIPT = Pattern.compile("<([a-z0-9_.-]+:)?script", Pattern.CASE_INSENSITIVE);
    private static final Pattern SVG_EMBEDDED = Pattern.compile("<([a-z0-9_.-]+:)?(foreignobject|iframe|embed|object)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SVG_ENTITY = Pattern.compile("<!entity", Pattern.CASE_INSENSITIVE);
    private static final Pattern SVG_EVENT_HANDLER = Pattern.compile("[\\s/\"'](on[a-z]+)\\s*=", Pattern.CASE_INSENSITIVE);
    /** A script link, also with spaces, tabs or line breaks inside, which browsers ignore in a link. */
    private static final Pattern SCRIPT_LINK = Pattern.compile("(java|vb)script:", Pattern.CASE_INSENSITIVE);
    private static final Pattern SPACES = Pattern.compile("[\\x00-\\x20]+");
    private static final Pattern CHARACTER_REFERENCE = Pattern.compile("&#(x[0-9a-f]+|[0-9]+);?",
            Pattern.CASE_INSENSITIVE);

    private ImageCheck() {
    }

    /** The image's path relative to the module folder, with forward slashes, if it is acceptable. */
    static Optional<String> check(Path moduleDir, String file, int line, ContentError.Words in, String image,
            List<ContentError> errors) {
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
        try {
            if (!resolved.toRealPath().startsWith(moduleDir.toRealPath())) {
                errors.add(ContentError.of(file, line, in, "image.outside", image));
                return Optional.empty();
            }
            long size = Files.size(resolved);
            if (size > MAX_BYTES) {
                errors.add(ContentError.of(file, line, in, "image.tooLarge", image, String.valueOf((size + 1023) / 1024)));
                return Optional.empty();
            }
            checkContent(resolved, file, line, in, image, errors);
        } catch (IOException unreadable) {
            errors.add(ContentError.of(file, line, in, "image.missing", image));
        }
        return errors.size() == before
                ? Optional.of(moduleDir.relativize(resolved).toString().replace('\\', '/')) : Optional.empty();
    }

    private static void checkContent(Path path, String file, int line, ContentError.Words in, String image,
            List<ContentError> errors)
            throws IOException {
        String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
        byte[] bytes = Files.readAllBytes(path);
        boolean matches;
        if (name.endsWith(".svg")) {
            String text = new String(bytes, StandardCharsets.UTF_8);
            matches = text.contains("<svg");
            Optional<String> unsafe = matches ? unsafeSvg(asBrowserReads(text)) : Optional.empty();
            if (unsafe.isPresent()) {
                errors.add(ContentError.of(file, line, in, unsafe.get(), image));
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

    /** The message code of the first thing in an SVG that could run or load something, if there is one. */
    private static Optional<String> unsafeSvg(String read) {
        if (SVG_SCRIPT.matcher(read).find()) {
            return Optional.of("svg.script");
        }
        if (SVG_EVENT_HANDLER.matcher(read).find()) {
            return Optional.of("svg.eventHandler");
        }
        if (SVG_EMBEDDED.matcher(read).find()) {
            return Optional.of("svg.embedded");
        }
        if (SVG_ENTITY.matcher(read).find()) {
            return Optional.of("svg.entity");
        }
        if (SCRIPT_LINK.matcher(SPACES.matcher(read).replaceAll("")).find()) {
            return Optional.of("svg.scriptLink");
        }
        return Optional.empty();
    }

    /** The text with character references such as {@code &#58;} replaced by their characters. */
    private static String asBrowserReads(String text) {
        return CHARACTER_REFERENCE.matcher(text).replaceAll(reference -> {
            String number = reference.group(1);
            boolean hex = number.charAt(0) == 'x' || number.charAt(0) == 'X';
            String digits = number.substring(hex ? 1 : 0).replaceFirst("^0+(?=.)", "");
            int codePoint = digits.length() <= 7 ? Integer.parseInt(digits, hex ? 16 : 10) : -1;
            return codePoint >= 0 && codePoint <= Character.MAX_CODE_POINT
                    ? Matcher.quoteReplacement(Character.toString(codePoint)) : "\uFFFD";
        });
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        return bytes.length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
    }
}
