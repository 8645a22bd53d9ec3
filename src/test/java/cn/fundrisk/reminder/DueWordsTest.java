package cn.fundrisk.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;

import cn.fundrisk.process.TaskLabels;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.junit.jupiter.api.Test;

/** Due and overdue in words, to the minute, and the digest's order of lines; no Spring. */
class DueWordsTest {

    /** 2019: Friday 3 May, the weekend, Monday 6 May. */
    static final WorkingCalendar CALENDAR = WorkingCalendar.weekendsOnly();
    static final Instant FRIDAY_1800 = Instant.parse("2019-05-03T10:00:00Z");

    @Test
    void wordsFollowTheInstantAndTheCalendar() {
        assertThat(DueWords.status(FRIDAY_1800, Instant.parse("2019-05-03T00:30:00Z"), CALENDAR))
                .isEqualTo("今天 18:00 到期");
        assertThat(DueWords.status(FRIDAY_1800, Instant.parse("2019-05-03T10:02:00Z"), CALENDAR))
                .isEqualTo("已逾期（今天 18:00 到期）");
        assertThat(DueWords.status(FRIDAY_1800, Instant.parse("2019-05-04T02:00:00Z"), CALENDAR))
                .as("Saturday: no working day since, so calendar days").isEqualTo("已逾期 1 天");
        assertThat(DueWords.status(FRIDAY_1800, Instant.parse("2019-05-06T01:00:00Z"), CALENDAR))
                .isEqualTo("已逾期 1 个工作日");
        assertThat(DueWords.status(Instant.parse("2019-05-04T10:00:00Z"), FRIDAY_1800, CALENDAR))
                .as("due on Saturday, seen on Friday").isEqualTo("还剩 1 天");
        assertThat(DueWords.status(Instant.parse("2019-05-07T10:00:00Z"), FRIDAY_1800, CALENDAR))
                .isEqualTo("还剩 2 个工作日");
        assertThat(DueWords.dateTime(FRIDAY_1800)).isEqualTo("2019-05-03 18:00");
    }

    @Test
    void linesSortByDueTimeThenItemNumberAsANumber() {
        Instant now = Instant.parse("2019-05-01T00:30:00Z");
        List<DigestLine> lines = List.of(line("a", "第10项", FRIDAY_1800, now), line("b", "第2项", FRIDAY_1800, now),
                line("c", "第6项（2019年4月）", Instant.parse("2019-05-02T10:00:00Z"), now),
                line("d", "", FRIDAY_1800, now), line("e", "第1项", FRIDAY_1800, now));
        assertThat(lines.stream().sorted(DigestLine.ORDER).map(DigestLine::task))
                .containsExactly("c", "e", "b", "a", "d");
        assertThat(lines.get(2).itemNo()).isEqualTo(6);
    }

    private static DigestLine line(String name, String item, Instant due, Instant now) {
        TaskEntity task = new TaskEntity();
        task.setId(name);
        task.setName(name);
        task.setDueDate(Date.from(due));
        return DigestLine.of(task, Map.of(TaskLabels.ITEM, item), now, CALENDAR, "https://x");
    }

}
