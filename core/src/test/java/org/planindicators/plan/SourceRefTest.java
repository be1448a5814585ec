package org.planindicators.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SourceRefTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            003_97555f4808f51832.txt:45 §第三章 | 003_97555f4808f51832.txt | 45 | 第三章
            003_97555f4808f51832.txt:45       | 003_97555f4808f51832.txt | 45 | -
            003_97555f4808f51832.txt          | 003_97555f4808f51832.txt | -  | -
            规划纲要 §第二章 > 第三节            | 规划纲要                  | -  | 第二章 > 第三节
            C:\\plans\\a.txt:7                 | C:\\plans\\a.txt          | 7  | -
            'a.txt : 45  §  第三章 '            | a.txt                    | 45 | 第三章
            a:b:12                            | a:b                      | 12 | -
            """)
    void parses(String text, String document, Integer line, String section) {
        assertThat(SourceRef.parse(text)).isEqualTo(new SourceRef(document, line, section));
    }

    @Test
    void writesDocumentLineAndSection() {
        assertThat(SourceRef.of("003_97555f4808f51832.txt", 45, "第三章"))
                .hasToString("003_97555f4808f51832.txt:45 §第三章");
        assertThat(SourceRef.of("003_97555f4808f51832.txt", 45)).hasToString("003_97555f4808f51832.txt:45");
        assertThat(SourceRef.of("规划纲要")).hasToString("规划纲要");
        assertThat(new SourceRef("规划纲要", null, "第三章")).hasToString("规划纲要 §第三章");
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            ''           | not a source reference: ''; the document is empty
            :45          | not a source reference: ':45'; the document is empty
            'a.txt §'    | not a source reference: 'a.txt §'; the section after § is empty
            a.txt:0      | line must be at least 1: 0
            a.txt:99999999999 | not a source reference: 'a.txt:99999999999'; line 99999999999 is too large
            """)
    void refusesBadText(String text, String message) {
        assertThatThrownBy(() -> SourceRef.parse(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(message);
    }

    @Test
    void refusesFieldsThatWouldNotReadBack() {
        assertThatThrownBy(() -> new SourceRef("a §b", 1, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("document must not contain \" §\": 'a §b'");
        assertThatThrownBy(() -> new SourceRef("a.txt:45", null, null))
                .hasMessage("document must not end in ':' and digits (give them as line): 'a.txt:45'");
        assertThatThrownBy(() -> new SourceRef(" a.txt", null, null))
                .hasMessage("document must not begin or end with spaces: ' a.txt'");
        assertThatThrownBy(() -> new SourceRef("a.txt", -3, null))
                .hasMessage("line must be at least 1: -3");
        assertThatThrownBy(() -> new SourceRef("a.txt", 3, " "))
                .hasMessage("section must not be blank: ' '");
        assertThatThrownBy(() -> new SourceRef("a.txt", 3, "第三章 "))
                .hasMessage("section must not begin or end with spaces: '第三章 '");
    }
}
