package org.planindicators.target;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A target in two tiers: a floor the plan commits to and an aspiration it strives for, 增长7%以上、力争达到8%,
 * 4.5%左右、力争更好结果, 争取突破, 努力实现.
 *
 * <p>The floor is a numeric target. The aspiration is either a numeric target too (力争8%) or, when the plan gives no
 * figure, the words it strives for ({@code aspirationText}: 更好结果, 更高水平). The aspiration shares the floor's
 * {@link Accumulation}: in 年均增长7%以上，力争8% both tiers are annual averages.
 *
 * <p>Canonical notation: the floor, a full-width comma, the aspiration word and the aspiration:
 * {@code 7%以上，力争8%}, {@code 4.5%左右，力争更好结果}, {@code 年均7%以上，争取8%}; a cumulative target is bracketed as a
 * whole, {@code [13.5以上，力争14]}.
 *
 * @param floor the tier the plan commits to
 * @param aspiration the tier it strives for, with the floor's accumulation, or {@code null} when it names no figure
 * @param word the aspiration verb as written: one of {@link #WORDS} (力争, 争取, 努力, 努力争取, 力求)
 * @param aspirationText the words of a figure-less aspiration (更好结果), or {@code null} when {@code aspiration} is
 *     given
 */
public record TwoTier(NumericTarget floor, @Nullable NumericTarget aspiration, String word,
        @Nullable String aspirationText) implements TargetExpression {
    /** The aspiration verbs, longest first: the notation reads the first that matches. */
    public static final List<String> WORDS = List.of("努力争取", "力争", "争取", "努力", "力求");

    /**
     * Checks the fields: a known word; exactly one of {@code aspiration} and {@code aspirationText}; the aspiration
     * has the floor's accumulation; the aspiration text is not blank and holds no digit.
     *
     * @param floor the tier the plan commits to
     * @param aspiration the tier it strives for, with the floor's accumulation, or {@code null}
     * @param word the aspiration verb as written
     * @param aspirationText the words of a figure-less aspiration, or {@code null}
     */
    public TwoTier {
        Objects.requireNonNull(floor, "floor");
        Objects.requireNonNull(word, "word");
        if (!WORDS.contains(word)) {
            throw new IllegalArgumentException("word must be one of " + WORDS + ", got '" + word + "'");
        }
        if ((aspiration == null) == (aspirationText == null)) {
            throw new IllegalArgumentException("give exactly one of aspiration and aspirationText");
        }
        if (aspiration != null && aspiration.accumulation() != floor.accumulation()) {
            throw new IllegalArgumentException("the aspiration's accumulation " + aspiration.accumulation()
                    + " differs from the floor's " + floor.accumulation());
        }
        if (aspirationText != null) {
            if (aspirationText.isBlank() || aspirationText.chars().anyMatch(Character::isDigit)
                    || aspirationText.chars().anyMatch(c -> ",，;；。[]【】〔〕".indexOf(c) >= 0)) {
                throw new IllegalArgumentException(
                        "aspirationText must be words without digits or clause punctuation: '" + aspirationText + "'");
            }
        }
    }

    /**
     * A floor and a numeric aspiration: {@code 7%以上，力争8%}.
     *
     * @param floor the tier the plan commits to
     * @param word the aspiration verb: 力争, 争取, 努力, 努力争取, 力求
     * @param aspiration the tier it strives for, with the floor's accumulation
     * @return a floor and a numeric aspiration
     */
    public static TwoTier of(NumericTarget floor, String word, NumericTarget aspiration) {
        return new TwoTier(floor, aspiration, word, null);
    }

    /**
     * A floor and a figure-less aspiration: {@code 4.5%左右，力争更好结果}.
     *
     * @param floor the tier the plan commits to
     * @param word the aspiration verb: 力争, 争取, 努力, 努力争取, 力求
     * @param text what the plan strives for: 更好结果
     * @return a floor and a figure-less aspiration
     */
    public static TwoTier ofWords(NumericTarget floor, String word, String text) {
        return new TwoTier(floor, null, word, text);
    }

    /**
     * This target with both tiers in another accumulation: {@code 7%以上，力争8%} as {@code 年均7%以上，力争8%}.
     *
     * @param accumulation the accumulation wanted
     * @return this target with {@code accumulation}
     */
    public TwoTier withAccumulation(Accumulation accumulation) {
        return new TwoTier(floor.withAccumulation(accumulation),
                aspiration == null ? null : aspiration.withAccumulation(accumulation), word, aspirationText);
    }

    @Override
    public TargetKind kind() {
        return TargetKind.TWO_TIER;
    }

    /** The floor's accumulation, which the aspiration shares. */
    @Override
    public Accumulation accumulation() {
        return floor.accumulation();
    }

    @Override
    public String toString() {
        String second = aspiration != null ? Notation.inner(aspiration) : aspirationText;
        return Notation.wrap(floor.accumulation(), Notation.inner(floor) + "，" + word + second);
    }
}
