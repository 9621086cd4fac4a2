package org.gefyra.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The short code of an open session: easy to read aloud and type, hard to mistake. */
class JoinCodeTest {

    @Test
    void codesAreSixCharactersThatCannotBeMistakenForOneAnother() {
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            String code = JoinCode.random();
            assertEquals(6, code.length());
            assertTrue(code.chars().noneMatch(c -> "0O1IB8S5Z2".indexOf(c) >= 0), code);
            codes.add(code);
        }
        assertTrue(codes.size() > 990, "codes hardly repeat: " + codes.size());
    }

    @Test
    void whatALearnerTypesIsReadKindly() {
        assertEquals("ACD479", JoinCode.normalise(" acd-479 "));
        assertEquals("ACD479", JoinCode.normalise("ACD 479"));
        assertNull(JoinCode.normalise("ACD47"));
        assertNull(JoinCode.normalise("ACD470"), "0 is never in a code");
        assertNull(JoinCode.normalise(null));
        assertEquals("ACD 479", JoinCode.grouped("ACD479"));
    }

    @Test
    void theQrCodeIsADrawingThatScales() {
        String svg = JoinQr.svg("http://localhost/learn/join.xhtml?code=ACD479", "Code <to> join");
        assertTrue(svg.startsWith("<svg") && svg.contains("viewBox=\"0 0 ") && svg.contains("<path"), svg);
        assertTrue(svg.contains("aria-label=\"Code &lt;to&gt; join\""), "the label is escaped");
    }
}
