package org.physiokiosk.patient;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date as people type it at a front desk: 1956-03-14, the clinic's usual order with slashes, dots or dashes
 * (14/03/1956 where the day comes first, 03/14/1956 where the month does), or with the month in words (14 Mar
 * 1956, March 14, 1956). The year is always written in full, as "56" could be 1956 or 2056. A day that does not
 * exist (30 February) is refused, never rounded.
 */
public final class TypedDate {

    /** Which number comes first in a date written with numbers only. */
    public enum DayOrder {
        DAY_FIRST, MONTH_FIRST;

        /** The order a locale writes its short dates in (en-GB day first, en-US month first). */
        public static DayOrder of(Locale locale) {
            String pattern = DateTimeFormatterBuilder.getLocalizedDateTimePattern(FormatStyle.SHORT, null,
                    IsoChronology.INSTANCE, locale);
            int day = pattern.indexOf('d');
            int month = pattern.indexOf('M');
            return month >= 0 && day >= 0 && month < day ? MONTH_FIRST : DAY_FIRST;
        }
    }

    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
    private static final Pattern NUMBERS = Pattern.compile("(\\d{1,2})\\s*[/.\\-]\\s*(\\d{1,2})\\s*[/.\\-]\\s*(\\d+)");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("(\\d{1,2})(?:st|nd|rd|th)?\\.?\\s+([\\p{L}]+)\\.?,?\\s+(\\d+)");
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile("([\\p{L}]+)\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d+)");

    private TypedDate() {
    }

    /** 14 March 1956 written with numbers in {@code order}: an example for a label or a message. */
    public static String example(DayOrder order) {
        return order == DayOrder.MONTH_FIRST ? "03/14/1956" : "14/03/1956";
    }

    /**
     * The date {@code text} names, read in {@code order} when it is numbers only.
     *
     * @throws DateTimeParseException with a message saying what to type instead
     */
    public static LocalDate parse(String text, DayOrder order) {
        String t = text.strip().replaceAll("\\s+", " ");
        Matcher m;
        if ((m = ISO.matcher(t)).matches()) {
            return of(t, m.group(1), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        }
        if ((m = NUMBERS.matcher(t)).matches()) {
            int first = Integer.parseInt(m.group(1));
            int second = Integer.parseInt(m.group(2));
            // A first number above 12 can only be the day; otherwise the clinic's usual order decides.
            boolean dayFirst = order == DayOrder.DAY_FIRST ? second <= 12 || first > 12 : first > 12;
            return dayFirst ? of(t, m.group(3), second, first) : of(t, m.group(3), first, second);
        }
        if ((m = DAY_MONTH_YEAR.matcher(t)).matches()) {
            return of(t, m.group(3), month(t, m.group(2)), Integer.parseInt(m.group(1)));
        }
        if ((m = MONTH_DAY_YEAR.matcher(t)).matches()) {
            return of(t, m.group(3), month(t, m.group(1)), Integer.parseInt(m.group(2)));
        }
        throw new DateTimeParseException("not a date", text, 0);
    }

    private static LocalDate of(String text, String year, int month, int day) {
        if (year.length() != 4) {
            throw new DateTimeParseException("the year in full", text, 0);
        }
        try {
            return LocalDate.of(Integer.parseInt(year), month, day);
        } catch (DateTimeException e) {
            throw new DateTimeParseException("no such day", text, 0, e);
        }
    }

    /** "Mar", "march", "Sept" to its month; English, the language the kiosk speaks. */
    private static int month(String text, String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (w.length() >= 3) {
            for (Month month : Month.values()) {
                String full = month.getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT);
                if (full.startsWith(w)) {
                    return month.getValue();
                }
            }
        }
        throw new DateTimeParseException("no such month", text, 0);
    }
}
