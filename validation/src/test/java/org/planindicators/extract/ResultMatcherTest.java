package org.planindicators.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.planindicators.extract.internal.ResultMatcher;

/** When a result's name and a target's name are one indicator (ResultMatcher), with hand-judged pairs. */
class ResultMatcherTest {
    @ParameterizedTest(name = "{0} ~ {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            城镇新增就业 | 新增就业 | 2
            地区生产总值增长 | 地区生产总值增长 | 0
            打造高标准农田 | 高标准农田建设 | 1
            新培育国家级专精特新“小巨人”企业 | 入选国家级专精特新小巨人企业 | 1
            改造提升老旧小区 | 改造老旧小区 | 1
            新建充电站 | 新增充电站 | 1
            高新技术企业 | 新增高新技术企业 | -1
            新建供水主干管 | 改造供水主干管 | -1
            加快建设项目 | 签约引进项目 | -1
            竣工交通项目 | 签约引进项目 | -1
            新(改、扩)建学校 | 新(改、扩)建公办学校 | -1
            城中村 | 老旧小区 | -1
            """)
    void namesOfOneIndicator(String target, String result, int distance) {
        assertThat(ResultMatcher.sameIndicator(target, result)).isEqualTo(distance);
    }

    /** The law: whether two names are one indicator does not depend on which is the target's. */
    @Test
    void sameIndicatorIsSymmetric() {
        List<String> names = List.of("城镇新增就业", "新增就业", "打造高标准农田", "高标准农田建设", "高标准农田", "改造老旧小区",
                "改造提升老旧小区", "老旧小区", "新增高新技术企业", "高新技术企业", "新建充电站", "新增充电站", "充电站",
                "加快建设项目", "签约引进项目", "项目", "“小巨人”企业", "小巨人企业", "全社会研发投入", "研发投入", "城中村");
        for (String a : names) {
            for (String b : names) {
                assertThat(ResultMatcher.sameIndicator(a, b)).as(a + " ~ " + b)
                        .isEqualTo(ResultMatcher.sameIndicator(b, a));
            }
            assertThat(ResultMatcher.sameIndicator(a, a)).isZero();
        }
    }
}
