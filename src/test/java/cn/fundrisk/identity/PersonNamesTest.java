package cn.fundrisk.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A person's name as everything we show writes it: 姓名 in Chinese order, a Western name as written. */
class PersonNamesTest {

    @Test
    void aChineseNameReadsFamilyNameFirstWithoutASpace() {
        assertThat(PersonNames.display("明", "李", "leader")).isEqualTo("李明");
        assertThat(PersonNames.display("小明", "欧阳", "oy")).isEqualTo("欧阳小明");
        assertThat(PersonNames.display("经办人员", "贵池区人力资源和社会保障局", "guichi-staff"))
                .isEqualTo("贵池区人力资源和社会保障局经办人员");
    }

    @Test
    void otherNamesAsWrittenAndTheIdWhenThereIsNone() {
        assertThat(PersonNames.display("Anna", "Schmidt", "anna")).isEqualTo("Anna Schmidt");
        assertThat(PersonNames.display("ldj-staff", "测试", "ldj-staff")).isEqualTo("ldj-staff 测试");
        assertThat(PersonNames.display(" ", "王", "wang")).isEqualTo("王");
        assertThat(PersonNames.display(null, null, "inspector1")).isEqualTo("inspector1");
    }
}
