package org.gefyra.learner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The code on a login card: easy to read aloud and to type, read back however it was typed or scanned. */
class CardCodeTest {

    @Test
    void codesAreTwelveCharactersThatCannotBeConfused() {
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < 2000; i++) {
            String code = CardCode.random();
            assertTrue(code.matches("[A-HJ-NP-Z2-9]{12}"), code);
            codes.add(code);
        }
        assertEquals(2000, codes.size(), "codes repeat");
    }

    @Test
    void typedAndScannedCodesAreReadTheSameWay() {
        assertEquals("ABCDEFGH2345", CardCode.normalise("abcd-efgh-2345"));
        assertEquals("ABCDEFGH2345", CardCode.normalise(" ABCD EFGH 2345 "));
        assertEquals("ABCDEFGH2345", CardCode.normalise("ABCD-EFGH-2345"), "what the QR code holds");
        assertEquals("ABCDEFGH2345", CardCode.normalise("https://kiosk.example.org/kiosk/card.xhtml?code=ABCD-EFGH-2345"));
        assertEquals("ABCD-EFGH-2345", CardCode.grouped("ABCDEFGH2345"));
    }

    @Test
    void cardsOfBeforeWithEightCharactersStillRead() {
        assertEquals("DEM2MARA", CardCode.normalise("dem2-mara"));
        assertEquals("DEM2-MARA", CardCode.grouped("DEM2MARA"));
    }

    @Test
    void whatCannotBeACodeIsNoCode() {
        for (String bad : new String[] {"", "DEM2MAR", "DEM2MARA1", "DEM0MARA", "<script>", "ΔΕΜ2ΜΑΡΑ",
                "ABCDEFGH234", "ABCDEFGH23456", "ABCD-EFGH-234O", "A".repeat(300)}) {
            assertNull(CardCode.normalise(bad), bad);
        }
        assertNull(CardCode.normalise(null));
    }

    @Test
    void aLookupNumberIsSharedByManyCodesAndGivesLittleAway() {
        Map<Integer, Integer> perNumber = new HashMap<>();
        for (int i = 0; i < 20_000; i++) {
            int lookup = CardCode.lookup(CardCode.random());
            assertTrue(lookup >= 0 && lookup < (1 << CardCode.LOOKUP_BITS), "20 bits: " + lookup);
            perNumber.merge(lookup, 1, Integer::sum);
        }
        assertTrue(perNumber.size() > 19_000, "codes spread over the numbers: " + perNumber.size());
        assertEquals(CardCode.lookup("ABCDEFGH2345"), CardCode.lookup("ABCDEFGH2345"), "the same code, the same number");
    }
}
