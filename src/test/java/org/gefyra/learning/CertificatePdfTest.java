package org.gefyra.learning;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** A certificate says who completed the lesson; a guest's says that a visitor did, never an empty "has completed". */
class CertificatePdfTest {

    @Test
    void aLearnersCertificateNamesThem() throws IOException {
        String text = pdfText(certificate("Anna"), "en");
        assertTrue(text.contains("Anna"), text);
        assertTrue(text.contains("has completed the lesson"), text);
        assertTrue(text.contains("Pay a bill online"), text);
    }

    @Test
    void aGuestsCertificateSaysAVisitorCompletedTheLesson() throws IOException {
        String text = pdfText(certificate(null), "en");
        assertTrue(text.contains("A visitor has completed the lesson"), text);
        assertFalse(text.replace("A visitor has completed", "").contains("has completed"), text);
    }

    @Test
    void aGuestsCertificateInSwedish() throws IOException {
        String text = pdfText(certificate(null), "sv");
        assertTrue(text.contains("En besökare har slutfört lektionen"), text);
    }

    private static Certificate certificate(String name) {
        return new Certificate(name, "pay-utility-bill", "Pay a bill online", "I can pay a bill online.",
                LocalDate.of(2026, 3, 14), 15, "en", (short) 2, (short) 4);
    }

    private static String pdfText(Certificate certificate, String language) throws IOException {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        CertificatePdf.write(new Certificate(certificate.learnerName(), certificate.moduleId(), certificate.moduleTitle(),
                certificate.canDo(), certificate.completedOn(), certificate.minutes(), language,
                certificate.confidenceBefore(), certificate.confidenceAfter()), pdf);
        try (PdfReader reader = new PdfReader(pdf.toByteArray())) {
            return new PdfTextExtractor(reader).getTextFromPage(1);
        }
    }
}
