package org.gefyra.report.web;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.gefyra.report.Dimension;
import org.gefyra.report.Period;
import org.gefyra.report.ReportFilter;
import org.gefyra.shared.InvalidInputException;

/**
 * What a report page or an export was asked for, read from the address (from, to, organisation,
 * site, module, group, by), so that a report can be bookmarked, shared and exported as shown. A
 * value that cannot be read is left out, with the key of a message that says so.
 */
public final class ReportRequest {

    static final List<String> PARAMETERS = List.of("from", "to", "organisation", "site", "module", "group", "by");

    private final Map<String, String> values = new LinkedHashMap<>();
    private final List<String> problems = new ArrayList<>();
    private final ReportFilter filter;
    private final Dimension dimension;

    public ReportRequest(Function<String, String> parameter, LocalDate today) {
        for (String name : PARAMETERS) {
            String value = parameter.apply(name);
            if (value != null && !value.isBlank()) {
                values.put(name, value.strip());
            }
        }
        Period period = Period.lastTwelveMonths(today);
        LocalDate from = date("from", period.from());
        LocalDate to = date("to", period.to());
        try {
            period = new Period(from, to);
        } catch (InvalidInputException wrong) {
            problems.add(wrong.messageKey());
            values.remove("from");
            values.remove("to");
        }
        filter = new ReportFilter(period, number("organisation"), number("site"), text("module", "[a-z][a-z0-9-]{2,63}"),
                text("group", "[A-Z_]{2,20}"));
        dimension = dimension();
    }

    public static ReportRequest of(HttpServletRequest request, LocalDate today) {
        return new ReportRequest(request::getParameter, today);
    }

    public ReportFilter filter() {
        return filter;
    }

    /** The dimension asked for, or null. */
    public Dimension chosen() {
        return dimension;
    }

    /** Message keys of what could not be read. */
    public List<String> problems() {
        return problems;
    }

    public String value(String name) {
        return values.getOrDefault(name, "");
    }

    /** The query string of the request as it was understood, for links to exports and other views. */
    public String query() {
        return values.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private LocalDate date(String name, LocalDate otherwise) {
        if (!values.containsKey(name)) {
            return otherwise;
        }
        try {
            return LocalDate.parse(values.get(name));
        } catch (DateTimeParseException wrong) {
            problems.add("reports.error.date");
            values.remove(name);
            return otherwise;
        }
    }

    private Long number(String name) {
        if (!values.containsKey(name)) {
            return null;
        }
        try {
            return Long.valueOf(values.get(name));
        } catch (NumberFormatException wrong) {
            problems.add("reports.error.choice");
            values.remove(name);
            return null;
        }
    }

    private String text(String name, String pattern) {
        if (!values.containsKey(name)) {
            return null;
        }
        if (!values.get(name).matches(pattern)) {
            problems.add("reports.error.choice");
            values.remove(name);
            return null;
        }
        return values.get(name);
    }

    private Dimension dimension() {
        if (!values.containsKey("by")) {
            return null;
        }
        try {
            return Dimension.valueOf(values.get("by"));
        } catch (IllegalArgumentException wrong) {
            problems.add("reports.error.choice");
            values.remove("by");
            return null;
        }
    }
}
