package org.gefyra.shared.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.faces.component.html.HtmlBody;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A body is started the short way only when none of a body's own attributes is set; Faces' marks do not count. */
class PassThroughBodyRendererTest {

    static HtmlBody bodyGiven(String... names) {
        HtmlBody body = new HtmlBody();
        body.getAttributes().put("jakarta.faces.component.UIComponentBase.attributesThatAreSet", new ArrayList<>(List.of(names)));
        return body;
    }

    @Test
    void onlyABodysOwnAttributesTakePrimeFacesWay() {
        assertFalse(PassThroughBodyRenderer.hasOwnAttributes(new HtmlBody()));
        assertFalse(PassThroughBodyRenderer.hasOwnAttributes(bodyGiven("com.sun.faces.facelets.MARK_ID")), "Facelets' mark is not written");
        assertTrue(PassThroughBodyRenderer.hasOwnAttributes(bodyGiven("com.sun.faces.facelets.MARK_ID", "styleClass")));
        assertTrue(PassThroughBodyRenderer.hasOwnAttributes(bodyGiven("onload")));
    }
}
