package org.gefyra.bench.generate;

import org.gefyra.shared.security.PasswordHashing;
import org.gefyra.shared.security.TestHashing;

/**
 * The secrets of generated people, hashed once as the application hashes them: every generated
 * member of staff has the demo password {@code gefyra-demo}, every generated learner the PIN 1234.
 */
final class StaffPasswords {

    private static final PasswordHashing HASHING = TestHashing.create();
    static final String DEMO_HASH = HASHING.hash("gefyra-demo");
    static final String PIN_HASH = HASHING.hash("1234");

    private StaffPasswords() {
    }
}
