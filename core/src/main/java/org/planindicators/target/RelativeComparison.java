package org.planindicators.target;

/** How a {@link Relative} target compares with its reference. */
public enum RelativeComparison {
    /** In step with (同步, 基本同步). */
    IN_STEP("同步"),
    /** Higher or faster than (高于, 快于). */
    HIGHER("高于"),
    /** Not lower than (不低于). */
    NOT_LOWER("不低于"),
    /** Lower or slower than (低于, 慢于). */
    LOWER("低于"),
    /** Not higher than (不高于). */
    NOT_HIGHER("不高于"),
    /** Level with (持平): 与上年持平, 与省持平. */
    EQUAL("持平");

    private final String word;

    RelativeComparison(String word) {
        this.word = word;
    }

    /** {@return the word the canonical notation uses} */
    public String word() {
        return word;
    }
}
