package org.planindicators.validation.internal.observation;

import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.planindicators.validation.internal.HeaderVocabulary;
import org.planindicators.validation.internal.HeaderVocabulary.Field;
import org.planindicators.validation.internal.HeaderVocabulary.Layout;

/**
 * What a CSV column or a JSON key holds, as {@link HeaderVocabulary} reads its name (Chinese or English, case, width
 * and spaces ignored); any other name is a dimension.
 */
enum Role {
    /** The indicator's name. */
    INDICATOR(Field.INDICATOR),
    /** The indicator's code; used before the name when both are given. */
    CODE(Field.CODE),
    /** The jurisdiction measured. */
    JURISDICTION(Field.JURISDICTION),
    /** The year, quarter or month. */
    PERIOD(Field.PERIOD),
    /** The number. */
    VALUE(Field.VALUE),
    /** The unit of the number. */
    UNIT(Field.UNIT),
    /** The status: preliminary, final … */
    STATUS(Field.STATUS),
    /** Where the figure was read. */
    SOURCE(Field.SOURCE),
    /** JSON Lines only: an object of dimension names and values. */
    DIMENSIONS(Field.DIMENSIONS),
    /** The price basis: current (现价) or comparable (可比价, 不变价). */
    PRICE_BASIS(Field.PRICE_BASIS);

    private final Field field;

    Role(Field field) {
        this.field = field;
    }

    /** The English name, used in messages and in JSON pointers of missing fields. */
    String key() {
        return field.key();
    }

    /** The vocabulary's field. */
    Field field() {
        return field;
    }

    /** The header names accepted for this role, joined for a message. */
    String accepted() {
        return HeaderVocabulary.joined(field, Layout.OBSERVATIONS);
    }

    /** The role a column or key name stands for, or {@code null} for a dimension or an ignored column. */
    static @Nullable Role of(String name) {
        HeaderVocabulary.Match m = HeaderVocabulary.match(name, Layout.OBSERVATIONS);
        return m == null ? null : of(m.field());
    }

    /** The role of a vocabulary field, or {@code null} for one observations ignore (序号, 类别). */
    static @Nullable Role of(Field field) {
        for (Role r : values()) {
            if (r.field == field) {
                return r;
            }
        }
        return null;
    }

    /** Whether a column so named is ignored rather than read as a dimension: a row number or a category. */
    static boolean isIgnored(String name) {
        HeaderVocabulary.Match m = HeaderVocabulary.match(name, Layout.OBSERVATIONS);
        return m != null && (m.field() == Field.NUMBER || m.field() == Field.CATEGORY);
    }

    /** The name stripped of spaces and a byte-order mark, ASCII letters in lower case. */
    static String normalize(String name) {
        String s = name.strip();
        if (!s.isEmpty() && s.charAt(0) == '\uFEFF') {
            s = s.substring(1).strip();
        }
        return s.toLowerCase(Locale.ROOT);
    }
}
