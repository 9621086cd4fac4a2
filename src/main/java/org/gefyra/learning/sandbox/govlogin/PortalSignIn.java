package org.gefyra.learning.sandbox.govlogin;

import java.security.SecureRandom;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.gefyra.learning.sandbox.GoalCheck;
import org.gefyra.learning.sandbox.TypedText;

/**
 * Signing in to the pretend public-services portal: a user name, then a one-time code that the
 * pretend phone shows. User names are compared without regard to case or surrounding spaces, as
 * real portals do.
 */
public final class PortalSignIn {

    /** The portal's services, drawn as tiles: each opens a pretend page of that service, after sign-in. */
    public static final List<String> SERVICES = List.of("pension", "health", "certificates", "taxes");

    public static final String BAD_USER_NAME = "login.error.userName";
    public static final String WRONG_CODE = "login.error.code";

    private static final Pattern USER_NAME = Pattern.compile("[a-z0-9][a-z0-9._-]{0,59}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private PortalSignIn() {
    }

    public static String normalise(String userName) {
        return TypedText.strip(userName).toLowerCase(Locale.ROOT);
    }

    /** What is wrong with a typed user name, or nothing. */
    public static Optional<String> problem(String userName) {
        Optional<String> problem = TypedText.problem(userName, 60);
        if (problem.isPresent()) {
            return problem;
        }
        return USER_NAME.matcher(normalise(userName)).matches() ? Optional.empty() : Optional.of(BAD_USER_NAME);
    }

    /** A new one-time code: six digits, never starting with 0, so that it reads as it is typed. */
    public static String newCode() {
        return String.valueOf(100_000 + RANDOM.nextInt(900_000));
    }

    /** Whether the typed code is the one sent, spaces and dashes aside. */
    public static boolean codeMatches(String sent, String typed) {
        return sent != null && typed != null && sent.equals(typed.replaceAll("[\\s-]", ""));
    }

    /** The name the portal greets: "maria.papadopoulou" becomes "Maria Papadopoulou". */
    public static String displayName(String userName) {
        return Arrays.stream(normalise(userName).split("[._-]+"))
                .filter(part -> !part.isEmpty())
                .map(part -> part.substring(0, 1).toUpperCase(Locale.ROOT) + part.substring(1))
                .collect(Collectors.joining(" "));
    }

    public static GoalCheck check(Map<String, String> goal, String userName) {
        return new GoalCheck.Builder(goal)
                .compare("username", normalise(userName), (wanted, given) -> normalise(wanted).equals(given))
                .build();
    }
}
