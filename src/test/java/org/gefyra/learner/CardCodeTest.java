package org.gefyra.learner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The code on a login card: easy to read aloud and to type, read back however it was typed or scanned. */
class CardCodeTest {

    @Test
    void codesUseOnlyCharactersThatCannotBeConfused() {
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < 2000; i++) {
            String code = CardCode.random();
            assertTrue(code.matches("[A-HJ-NP-Z2-9]{8}"), code);
            codes.add(code);
        }
        assertTrue(codes.size() > 1990, "codes repeat too often");
    }

    @Test
    void typedAndScannedCodesAreReadTheSameWay() {
        assertEquals("DEM2MARA", CardCode.normalise("dem2-mara"));
        assertEquals("DEM2MARA", CardCode.normalise(" DEM2 MARA "));
        assertEquals("DEM2MARA", CardCode.normalise("https://kiosk.example.org/kiosk/card.xhtml?code=DEM2-MARA"));
        assertEquals("DEM2-MARA", CardCode.grouped("DEM2MARA"));
    }

    @Test
    void whatCannotBeACodeIsNoCode() {
        for (String bad : new String[] {"", "DEM2MAR", "DEM2MARA1", "DEM0MARA", "<script>", "ΔΕΜ2ΜΑΡΑ"}) {
            assertNull(CardCode.normalise(bad), bad);
        }
        assertNull(CardCode.normalise(null));
    }
}
