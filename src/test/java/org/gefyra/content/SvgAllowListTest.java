package org.gefyra.content;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * An SVG picture is kept only if every element and attribute in it is one a plain drawing needs.
 * Whatever could run, link, load or embed is refused, however it is written: in another namespace
 * prefix, behind an entity, in a style sheet, in an animation. The error names what is wrong.
 */
class SvgAllowListTest {

    private static final String OPEN = "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\""
            + " viewBox=\"0 0 10 10\">";

    @TempDir
    Path dir;
    private TestContent content;

    @BeforeEach
    void aGoodModuleWithAPicture() {
        content = new TestContent(dir).goodModule("book-a-nurse");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        OPEN + "<script>alert(1)</script></svg>",
        "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:s=\"http://www.w3.org/2000/svg\"><s:script>alert(1)</s:script></svg>",
        "<s:svg xmlns:s=\"http://www.w3.org/2000/svg\"><s:script href=\"data:,alert(1)\"/></s:svg>",
        OPEN + "<h:script xmlns:h=\"http://www.w3.org/1999/xhtml\">alert(1)</h:script></svg>",
        OPEN + "<foreignObject><p xmlns=\"http://www.w3.org/1999/xhtml\">hi</p></foreignObject></svg>",
        OPEN + "<a xlink:href=\"javascript:alert(1)\"><circle r=\"4\"/></a></svg>",
        OPEN + "<use xlink:href=\"javascript:alert(1)\"/></svg>",
        OPEN + "<use href=\"java&#x09;script&#58;alert(1)\"/></svg>",
        OPEN + "<use xlink:href=\"https://evil.example/sprites.svg#x\"/></svg>",
        OPEN + "<use href=\"other.svg#x\"/></svg>",
        OPEN + "<image href=\"https://evil.example/track.png\"/></svg>",
        OPEN + "<image xlink:href=\"data:image/png;base64,iVBORw0KGgo=\"/></svg>",
        OPEN + "<rect width=\"4\" height=\"4\" fill=\"url(https://evil.example/x.svg#p)\"/></svg>",
        OPEN + "<rect width=\"4\" height=\"4\" style=\"fill: url( 'other.svg#p' )\"/></svg>",
        OPEN + "<style>@import url(https://evil.example/x.css);</style></svg>",
        OPEN + "<style>rect { fill: u\\72l(https://evil.example/x) }</style></svg>",
        OPEN + "<style><![CDATA[ rect { background: url(https://evil.example/x) } ]]></style></svg>",
        OPEN + "<circle r=\"4\" onload=\"alert(1)\"/></svg>",
        OPEN + "<circle r=\"4\" ONCLICK=\"alert(1)\"/></svg>",
        OPEN + "<set attributeName=\"href\" to=\"javascript:alert(1)\"/></svg>",
        OPEN + "<animate attributeName=\"href\" values=\"javascript:alert(1)\"/></svg>",
        OPEN + "<iframe src=\"https://evil.example\"/></svg>",
        OPEN + "<embed src=\"https://evil.example/x.swf\"/></svg>",
        OPEN + "<filter><feImage href=\"https://evil.example/x.png\"/></filter></svg>",
        OPEN + "<a href=\"https://evil.example\"><text>Win a prize</text></a></svg>",
        OPEN + "<sodipodi:namedview xmlns:sodipodi=\"http://sodipodi.sourceforge.net/DTD/sodipodi-0.dtd\"/></svg>",
        OPEN + "<circle r=\"4\" xmlns:ev=\"http://www.w3.org/2001/xml-events\" ev:event=\"click\"/></svg>",
        "<?xml-stylesheet href=\"https://evil.example/x.css\"?>" + OPEN + "</svg>",
        "<!DOCTYPE svg [<!ENTITY js \"javascript\">]>" + OPEN + "<use href=\"&js;:alert(1)\"/></svg>",
        OPEN + "<text>&undeclared;</text></svg>",
        "<!DOCTYPE svg [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>" + OPEN + "<text>&xxe;</text></svg>",
        "<!DOCTYPE svg [<!ENTITY % remote SYSTEM \"https://evil.example/x.dtd\"> %remote;]>" + OPEN + "</svg>",
        "<!DOCTYPE svg [<!ATTLIST circle onload CDATA \"alert(1)\">]>" + OPEN + "<circle r=\"4\"/></svg>",
        "<!DOCTYPE svg [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">"
                + "<!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">]>" + OPEN + "<text>&c;</text></svg>",
    })
    void aPictureWithAnythingOffTheListIsRefusedAndTheErrorNamesIt(String svg) {
        content.write("book-a-nurse/images/nurse.svg", svg);
        ContentSnapshot snapshot = content.load();
        ContentError error = Rejected.module(snapshot, "book-a-nurse", "image.unsafeSvg");
        String named = String.valueOf(error.arguments().get(1));
        assertTrue(!named.isBlank(), "the error names what is wrong");
        assertTrue(error.message(Locale.ENGLISH).contains(named), error.message(Locale.ENGLISH));
    }

    @Test
    void theErrorNamesTheElementAsWritten() {
        content.write("book-a-nurse/images/nurse.svg",
                "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:s=\"http://www.w3.org/2000/svg\"><s:script>alert(1)</s:script></svg>");
        assertEquals("<s:script>", Rejected.module(content.load(), "book-a-nurse", "image.unsafeSvg").arguments().get(1));
    }

    @ParameterizedTest
    @ValueSource(strings = {"<svg/onload=alert(1)>", "<svg xmlns=\"http://www.w3.org/2000/svg\"><use href=\"javascript&#00000000000058alert(1)\"/></svg>", "<svg xmlns=\"http://www.w3.org/2000/svg\"><circle></svg>",
        "<svg><circle r=\"1\"/></svg>", "<html><svg xmlns=\"http://www.w3.org/2000/svg\"/></html>"})
    void somethingThatIsNoWellFormedSvgIsNoPicture(String svg) {
        content.write("book-a-nurse/images/nurse.svg", svg);
        Rejected.module(content.load(), "book-a-nurse", "image.badType");
    }

    @Test
    void aDrawingWithGradientsTextStylesAndInternalReferencesIsKept() {
        content.write("book-a-nurse/images/nurse.svg", """
                <?xml version="1.0" encoding="UTF-8"?>
                <!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd">
                <!-- drawn for Gefyra -->
                <svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 100 100"
                     role="img" aria-label="A nurse" xml:lang="en">
                  <title>Nurse &amp; patient&#160;</title>
                  <style>.skin { fill: #c68642 } .coat { fill: url(#coat) }</style>
                  <defs>
                    <linearGradient id="coat" x1="0" y1="0" x2="0" y2="1">
                      <stop offset="0" stop-color="#fff"/><stop offset="1" stop-color="#dde"/>
                    </linearGradient>
                    <clipPath id="round"><circle cx="50" cy="50" r="48"/></clipPath>
                    <filter id="soft"><feGaussianBlur stdDeviation="1"/></filter>
                    <symbol id="cross"><path d="M4 0h2v4h4v2H6v4H4V6H0V4h4z" fill="red"/></symbol>
                  </defs>
                  <g clip-path="url(#round)" transform="translate(0 2)">
                    <circle class="skin" cx="50" cy="30" r="14"/>
                    <rect class="coat" x="28" y="46" width="44" height="50" rx="8" style="stroke: url('#coat'); stroke-width: 2"/>
                    <use xlink:href="#cross" x="44" y="60"/><use href="#cross" x="60" y="60" filter="url(#soft)"/>
                    <text x="50" y="98" text-anchor="middle" font-size="6"><tspan>+</tspan></text>
                  </g>
                </svg>
                """);
        Rejected.nothing(content.load());
    }

    @Test
    void everyPictureOfTheStarterModulesIsKept() throws Exception {
        try (var files = Files.walk(Path.of("content/modules"))) {
            for (Path svg : files.filter(f -> f.toString().endsWith(".svg")).toList()) {
                assertEquals(Optional.empty(), SvgCheck.firstProblem(Files.readAllBytes(svg)), svg.toString());
            }
        }
        try (var files = Files.walk(Path.of("src/main/webapp/static/img"))) {
            for (Path svg : files.filter(f -> f.toString().endsWith(".svg")).toList()) {
                assertEquals(Optional.empty(), SvgCheck.firstProblem(Files.readAllBytes(svg)), svg.toString());
            }
        }
    }

    @Test
    void thePictureServedIsTheOneCheckedNotWhatTheFileBecameLater() {
        ContentSnapshot snapshot = content.load();
        Rejected.nothing(snapshot);
        byte[] checked = TestContent.SVG.getBytes(StandardCharsets.UTF_8);
        content.write("book-a-nurse/images/nurse.svg", OPEN + "<script>alert(1)</script></svg>");
        assertArrayEquals(checked, snapshot.modules().get("book-a-nurse").image("images/nurse.svg").orElseThrow());
        assertEquals(Optional.empty(), snapshot.modules().get("book-a-nurse").image("module.yaml"),
                "only pictures the module shows");
    }
}
