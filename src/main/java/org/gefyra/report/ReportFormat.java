package org.gefyra.report;

import com.ibm.icu.text.NumberFormat;
import com.ibm.icu.util.ULocale;
import java.util.Locale;
import org.gefyra.shared.i18n.Texts;

/** How a report writes its figures in the reader's language: "1,234", "78 %", "+0.8", "fewer than 5". */
public final class ReportFormat {

    private final Locale locale;

    public ReportFormat(Locale locale) {
        this.locale = locale;
    }

    public Locale locale() {
        return locale;
    }

    /** A figure as the reader sees it, hidden and missing figures in words. */
    public String value(Measure measure, Cell cell) {
        return switch (cell.shown()) {
            case FEWER_THAN_FIVE -> text("reports.hidden");
            case PROTECTS_ANOTHER -> text("reports.protected");
            case NOT_AVAILABLE -> text("reports.notApplicable");
            case YES -> cell.value() == null ? text("reports.none") : number(measure.kind(), cell.value());
        };
    }

    /** The number of learners a figure rests on, or the reason it is not shown. */
    public String learners(Cell cell) {
        return switch (cell.shown()) {
            case FEWER_THAN_FIVE -> text("reports.hidden");
            case PROTECTS_ANOTHER -> text("reports.protected");
            case NOT_AVAILABLE -> text("reports.notApplicable");
            case YES -> whole(cell.learners());
        };
    }

    public String number(Measure.Kind kind, double value) {
        return switch (kind) {
            case COUNT -> whole(Math.round(value));
            case HOURS -> decimals(value, 1);
            case MINUTES -> decimals(value, value == Math.rint(value) ? 0 : 1);
            case RATING -> decimals(value, 1);
            case GAIN -> (value > 0 ? "+" : "") + decimals(value, 1);
            case PERCENT -> {
                NumberFormat percent = NumberFormat.getPercentInstance(ULocale.forLocale(locale));
                percent.setMaximumFractionDigits(0);
                yield percent.format(value / 100.0);
            }
        };
    }

    public String whole(long value) {
        return NumberFormat.getIntegerInstance(ULocale.forLocale(locale)).format(value);
    }

    private String decimals(double value, int digits) {
        NumberFormat format = NumberFormat.getNumberInstance(ULocale.forLocale(locale));
        format.setMinimumFractionDigits(digits);
        format.setMaximumFractionDigits(digits);
        return format.format(value);
    }

    public String measure(Measure measure) {
        return text(measure.textKey());
    }

    /** A dimension's name, as the heading of its column: "Month". */
    public String dimension(Dimension dimension) {
        return text("reports.dimension." + dimension.name());
    }

    /** A table's caption: "By month". */
    public String caption(Dimension dimension) {
        return text("reports.by." + dimension.name());
    }

    public String text(String key, Object... arguments) {
        return Texts.MESSAGES.format(locale, key, arguments);
    }
}
