package org.planindicators.extract.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads the lead agency that lists of projects (民生实事, 重点项目) name after each item — "(牵头单位:区住建局)",
 * "（责任单位：市教育局、市财政局）" — and the item number before it ("3." "12、").
 */
public final class AgencyReader {
    private static final Pattern AGENCY = Pattern.compile(
            "[(（]\\s*(?:牵头单位|牵头部门|责任单位|责任部门|牵头)\\s*[:：]\\s*([^)）]+?)\\s*[)）]");
    private static final Pattern ITEM_NUMBER = Pattern.compile("^\\d{1,3}\\s*[.．、]\\s*(?!\\d)");

    private AgencyReader() {
    }

    /** A list item without its number and agency note, and the agency it names (null when none). */
    public record Item(String text, int offset, @Nullable String agency) {
    }

    /**
     * Splits the agency note and item number off a paragraph. The text keeps its length up to the note, so that
     * offsets into it still point at the paragraph's characters ({@code offset} is where the text starts).
     *
     * @param paragraph a normalised paragraph
     * @return the item
     */
    public static Item read(String paragraph) {
        String agency = null;
        String text = paragraph;
        Matcher a = AGENCY.matcher(text);
        if (a.find()) {
            agency = first(a.group(1));
            text = text.substring(0, a.start()) + " ".repeat(a.end() - a.start()) + text.substring(a.end());
        }
        int offset = 0;
        Matcher n = ITEM_NUMBER.matcher(text);
        if (n.find()) {
            offset = n.end();
        }
        return new Item(text.substring(offset), offset, agency);
    }

    /** The lead agency of a list: the first named ("区住建局、区水务局" leads with 区住建局). */
    private static String first(String agencies) {
        String[] parts = agencies.split("[、,，;；]");
        return parts[0].strip();
    }
}
