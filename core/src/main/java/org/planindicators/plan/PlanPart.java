package org.planindicators.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A division of a plan's text: a part (篇), chapter (章) or section (节), with the parts under it and the goals it
 * states. Every child lies deeper than its parent (a chapter under a part, a section under a chapter or a part).
 *
 * @param level the level
 * @param title the heading without its number, or with it, as the plan writes it: 第三章 打造陆港主枢纽
 * @param children the parts under this one, in document order, each deeper than {@code level}
 * @param goals the goals this part states itself, in document order
 */
public record PlanPart(PartLevel level, String title, List<PlanPart> children,
        List<Goal> goals) {
    /**
     * Checks the fields: a title, children deeper than this part.
     *
     * @param level the level
     * @param title the heading without its number, or with it, as the plan writes it: 第三章 打造陆港主枢纽
     * @param children the parts under this one, in document order, each deeper than {@code level}
     * @param goals the goals this part states itself, in document order
     */
    public PlanPart {
        Objects.requireNonNull(level, "level");
        Checks.requireNotBlank(title, "title");
        children = List.copyOf(Objects.requireNonNull(children, "children"));
        goals = List.copyOf(Objects.requireNonNull(goals, "goals"));
        for (PlanPart child : children) {
            if (!child.level.isDeeperThan(level)) {
                throw new IllegalArgumentException("children must lie deeper than level " + level.code() + ": "
                        + child.level.code() + " '" + child.title + "'");
            }
        }
    }

    /**
     * A part with goals and no children.
     *
     * @param level the level
     * @param title the heading without its number, or with it, as the plan writes it: 第三章 打造陆港主枢纽
     * @param goals the goals this part states itself, in document order
     * @return a part with goals and no children
     */
    public static PlanPart of(PartLevel level, String title, List<Goal> goals) {
        return new PlanPart(level, title, List.of(), goals);
    }

    /**
     * A part with children and no goals of its own.
     *
     * @param level the level
     * @param title the heading without its number, or with it, as the plan writes it: 第三章 打造陆港主枢纽
     * @param children the parts under this one, in document order, each deeper than {@code level}
     * @return a part with children and no goals of its own
     */
    public static PlanPart withChildren(PartLevel level, String title, List<PlanPart> children) {
        return new PlanPart(level, title, children, List.of());
    }

    /**
     * The goals of this part and of every part under it, in document order: a part's own goals before its
     * children's.
     *
     * @return the goals of this part and of every part under it, in document order: a part's own goals before its
     *     children's
     */
    public List<Goal> allGoals() {
        List<Goal> out = new ArrayList<>();
        collectGoals(out);
        return List.copyOf(out);
    }

    void collectGoals(List<Goal> out) {
        out.addAll(goals);
        for (PlanPart child : children) {
            child.collectGoals(out);
        }
    }
}
