package org.gefyra.learning.sandbox.certificaterequest.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.gefyra.learning.sandbox.ReferenceNumbers;
import org.gefyra.learning.sandbox.TypedText;
import org.gefyra.learning.sandbox.certificaterequest.CertificateForm;
import org.gefyra.learning.sandbox.certificaterequest.CertificateRequestSandbox;
import org.gefyra.learning.sandbox.web.PracticeView;
import org.gefyra.learning.sandbox.web.SandboxTexts;

/**
 * The pretend town hall portal ({@code learn/sandbox/certificate-request.xhtml}): the list of
 * certificates, the request form, "Send", and a reference number.
 */
@Named
@ViewScoped
public class CertificateRequestView extends PracticeView {

    private static final long serialVersionUID = 1L;

    public enum Screen { LIST, FORM, SENT }

    private Screen screen = Screen.LIST;
    private String certificate;
    private String name;
    private String birthDay;
    private String birthMonth;
    private String birthYear;
    private String delivery = "email";
    private String email;
    private String address;
    private String purpose;
    private String referenceNumber;
    private String search;
    private String searched;

    public CertificateRequestView() {
        super(CertificateRequestSandbox.ID);
    }

    @Override
    protected String formId() {
        return "request";
    }

    @Override
    protected String labelKey(String field) {
        return field.equals("certificate") ? null : "certificate.label." + field;
    }

    public void choose(String chosen) {
        clearErrors();
        if (!CertificateForm.isCertificate(chosen)) {
            refuse("certificate", CertificateForm.CHOOSE_CERTIFICATE);
            return;
        }
        certificate = chosen;
        screen = Screen.FORM;
        record("certificate=" + chosen);
    }

    public void send() {
        clearErrors();
        delivery = submitted("delivery");
        purpose = submitted("purpose");
        CertificateForm form = new CertificateForm(certificate, name, birthDay, birthMonth, birthYear, delivery,
                email, address, purpose);
        Map<String, String> problems = form.problems(LocalDate.now());
        if (!problems.isEmpty()) {
            problems.forEach(this::refuse);
            record("sent=incomplete " + String.join(",", problems.keySet()));
            return;
        }
        if (record("sent=" + certificate, form.check(goal()), "practice.notYet",
                d -> SandboxTexts.text("certificate.diff", SandboxTexts.text("certificate.name." + d.chosen()),
                        SandboxTexts.text("certificate.name." + d.wanted())))) {
            referenceNumber = ReferenceNumbers.next("TH");
            screen = Screen.SENT;
        }
    }

    /** The portal's search box: shows the certificates whose name contains the words typed. */
    public void searchList() {
        clearErrors();
        String words = TypedText.strip(search);
        if (TypedText.problem(words, 60).isPresent()) {
            searched = null;
            search = null;
        } else {
            searched = words;
        }
        record("searched");
    }

    public void showAll() {
        clearErrors();
        search = null;
        searched = null;
        record("pressed=show-all");
    }

    public void backToList() {
        clearErrors();
        screen = Screen.LIST;
        record("pressed=back-to-list");
    }

    public void requestAnother() {
        startOver();
        referenceNumber = null;
        screen = Screen.LIST;
        record("pressed=request-another");
    }

    /** The authority whose portal this is, as the module names it in this language, or the town hall. */
    public String getAuthority() {
        return siteName("authority", "certificate.site");
    }

    public List<String> getCertificates() {
        if (searched == null) {
            return CertificateForm.CERTIFICATES;
        }
        Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        String wanted = searched.toLowerCase(locale);
        return CertificateForm.CERTIFICATES.stream()
                .filter(c -> SandboxTexts.text("certificate.name." + c).toLowerCase(locale).contains(wanted))
                .toList();
    }

    public String getSearched() { return searched; }
    public String getSearch() { return search; }
    public void setSearch(String search) { this.search = search; }

    public List<String> getPurposes() {
        return CertificateForm.PURPOSES;
    }

    @Override
    protected String anchor(String field) {
        return switch (field) {
            case "delivery" -> "delivery-email";
            case "purpose" -> "purpose";
            default -> super.anchor(field);
        };
    }

    public Screen getScreen() { return screen; }
    public String getCertificate() { return certificate; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getBirthDay() { return birthDay; }
    public void setBirthDay(String birthDay) { this.birthDay = birthDay; }
    public String getBirthMonth() { return birthMonth; }
    public void setBirthMonth(String birthMonth) { this.birthMonth = birthMonth; }
    public String getBirthYear() { return birthYear; }
    public void setBirthYear(String birthYear) { this.birthYear = birthYear; }
    public String getDelivery() { return delivery; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getAddress() { return address; }
    public void setAddress(String address) { this.address = address; }
    public String getPurpose() { return purpose; }
    public String getReferenceNumber() { return referenceNumber; }
}
