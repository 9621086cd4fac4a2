package org.gefyra.content;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.gefyra.shared.i18n.Texts;

/**
 * Checks a content folder, or one module's folder, without a server or an account, with the
 * loader the server uses, and tells an author every error of every file in one run, in their
 * language. {@code mvn -Pcheck-content -Dcontent.dir=PATH -Dlang=xx} runs it; it exits with 1 when
 * any module or language would be refused, 2 when there is nothing to check.
 */
public final class ContentCheck {

    private static final Texts WORDS = Texts.of("org.gefyra.i18n.content-errors");

    private final Locale locale;
    private final PrintStream out;

    ContentCheck(Locale locale, PrintStream out) {
        this.locale = locale;
        this.out = out;
    }

    /** Arguments: the folder to check, then the author's language (en when none is given). */
    public static void main(String[] args) {
        String folder = args.length > 0 && !args[0].isBlank() ? args[0] : "content";
        String language = args.length > 1 && !args[1].isBlank() ? args[1] : "en";
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        System.exit(new ContentCheck(Locale.forLanguageTag(language), out).run(Path.of(folder)));
    }

    /** Prints the report; returns the exit status: 0 all good, 1 something refused, 2 nothing to check. */
    int run(Path folder) {
        Path dir = folder.toAbsolutePath().normalize();
        ContentSnapshot snapshot;
        if (Files.isDirectory(dir.resolve("modules"))) {
            snapshot = new ModuleLoader(dir).load();
        } else if (Files.isRegularFile(dir.resolve("module.yaml"))) {
            snapshot = ModuleLoader.loadOne(dir);
        } else {
            out.println(WORDS.format(locale, "check.noFolder", dir.toString()));
            return 2;
        }
        out.println(WORDS.format(locale, "check.title", dir.toString()));
        out.println();
        Map<String, List<Rejection>> byModule = new LinkedHashMap<>();
        TreeSet<String> modules = new TreeSet<>(snapshot.modules().keySet());
        for (Rejection rejection : snapshot.rejected()) {
            String module = rejection.module() == null ? rejection.path() : rejection.module();
            byModule.computeIfAbsent(module, m -> new ArrayList<>()).add(rejection);
            modules.add(module);
        }
        int refused = 0;
        int languagesRefused = 0;
        for (String module : modules) {
            LearningModule offered = snapshot.modules().get(module);
            if (offered == null) {
                refused++;
                out.println(WORDS.format(locale, "check.module.refused", module));
            } else {
                String languages = String.join(", ", new TreeSet<>(offered.languages()));
                out.println(WORDS.format(locale, offered.draft() ? "check.module.draft" : "check.module.ok", module, languages));
            }
            for (Rejection rejection : byModule.getOrDefault(module, List.of())) {
                if (rejection.language() != null) {
                    languagesRefused++;
                    if (offered != null) {
                        out.println(WORDS.format(locale, "check.language.refused", module, rejection.language()));
                    }
                }
                rejection.errors().forEach(error -> out.println("  - " + error.message(locale)));
            }
        }
        out.println();
        out.println(WORDS.format(locale, "check.summary", modules.size(), modules.size() - refused, refused,
                languagesRefused));
        boolean allGood = refused == 0 && languagesRefused == 0;
        out.println(WORDS.format(locale, allGood ? "check.allGood" : "check.fix"));
        return allGood ? 0 : 1;
    }
}
