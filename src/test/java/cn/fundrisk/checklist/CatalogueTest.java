package cn.fundrisk.checklist;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import cn.fundrisk.identity.Unit;
import cn.fundrisk.identity.UnitKind;
import cn.fundrisk.identity.Units;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The reference data Flyway loads (V2 catalogue, V3 units) against the campaign brief: the 31-item,
 * 100-point assessment table of 附件1 with its OCR damage, who each item applies to, its deadline,
 * and the responsible units.
 */
@SpringBootTest
@ActiveProfiles("test")
class CatalogueTest {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final String LOST = "原文缺失";

    @Autowired CatalogueItems catalogueItems;
    @Autowired Categories categories;
    @Autowired Units units;

    private Map<Integer, CatalogueItem> items;

    @BeforeEach
    void loadItems() {
        items = catalogueItems.findAllOrdered().stream()
                .collect(Collectors.toMap(CatalogueItem::getItemNo, Function.identity(), (a, b) -> a, TreeMap::new));
    }

    @Test
    void thirtyOneItemsNumberedOneToThirtyOneWorthOneHundredPoints() {
        assertThat(items.keySet()).containsExactlyElementsOf(IntStream.rangeClosed(1, 31).boxed().toList());
        assertThat(items.values().stream().mapToInt(CatalogueItem::getPoints).sum()).isEqualTo(100);
        assertThat(items.values()).allSatisfy(item -> assertThat(item.getPoints()).as("item %d", item.getItemNo())
                .isPositive());
    }

    @Test
    void eightCategoriesWithTheBriefsNamesPointsAndRiskLevel() {
        Map<Integer, Category> byNo = categories.findAll().stream()
                .collect(Collectors.toMap(Category::getCategoryNo, Function.identity(), (a, b) -> a, TreeMap::new));
        assertThat(byNo.keySet()).containsExactly(1, 2, 3, 4, 5, 6, 7, 8);

        assertThat(byNo.values().stream().map(Category::getNumeral).toList())
                .containsExactly("一", "二", "三", "四", "五", "六", "七", "八");
        assertThat(byNo.values().stream().map(Category::getName).toList()).containsExactly(
                "落实制约机制，健全内控体系",
                "优化经办流程，严格控制流程",
                "夯实会计基础，加强财务管理",
                "严格权限提升防控能力",
                "建立评估制度，完善政策规定",
                "加大监督力度，严查违规行为",
                "扎实开展警示教育",
                "加强组织领导，严格落实");
        assertThat(byNo.values().stream().filter(Category::isHighRisk).map(Category::getCategoryNo).toList())
                .as("categories marked 高级 (high risk)").containsExactly(1, 2, 3, 4);

        Map<Integer, Integer> expected = Map.of(1, 28, 2, 18, 3, 20, 4, 20, 5, 4, 6, 4, 7, 2, 8, 4);
        Map<Integer, Integer> itemSums = items.values().stream().collect(Collectors.groupingBy(
                item -> item.getCategory().getCategoryNo(), TreeMap::new,
                Collectors.summingInt(CatalogueItem::getPoints)));
        assertThat(itemSums).as("points of the items per category").isEqualTo(new TreeMap<>(expected));
        for (Category category : byNo.values()) {
            assertThat(category.getPoints()).as("points of category %s", category.getNumeral())
                    .isEqualTo(expected.get(category.getCategoryNo()))
                    .isEqualTo(itemSums.get(category.getCategoryNo()));
        }
    }

    @Test
    void itemsSevenTwentySevenAndTwentyNineArePlaceholdersForTextLostInTheSource() {
        assertThat(items.values().stream().filter(CatalogueItem::isPlaceholder).map(CatalogueItem::getItemNo))
                .containsExactly(7, 27, 29);
        for (int no : List.of(27, 29)) {
            CatalogueItem item = items.get(no);
            assertThat(item.getTaskText()).as("item %d task", no).isEqualTo(LOST);
            assertThat(item.getRequirement()).as("item %d requirement", no).isEqualTo(LOST);
            assertThat(item.getPoints()).as("item %d points", no).isEqualTo(2);
        }
        assertThat(items.get(27).getCategory().getCategoryNo()).isEqualTo(5);
        assertThat(items.get(29).getCategory().getCategoryNo()).isEqualTo(6);
    }

    @Test
    void itemSevenSaysItsTaskTextWasLostButKeepsWhatSurvived() {
        CatalogueItem seven = items.get(7);
        assertThat(seven.isPlaceholder()).as("its task text is lost").isTrue();
        assertThat(seven.getTaskText()).contains(LOST).contains("丢失");
        assertThat(seven.getRequirement()).contains("档案管理");
        assertThat(seven.getPoints()).isEqualTo(2);
        for (String kept : List.of("requirement", "deadline", "scope", "responsible", "applicability")) {
            assertThat(seven.keeps(kept)).as("item 7 kept its %s", kept).isTrue();
        }
        assertThat(seven.keeps("task")).isFalse();
        assertThat(items.get(27).keeps("requirement")).as("27 lost everything").isFalse();
    }

    @Test
    void theScopeOfItemsTwentySixToThirtyIsNotGivenByTheSourceAndNotInvented() {
        for (int no : List.of(26, 27, 28, 29, 30)) {
            assertThat(items.get(no).getScope()).as("实施范围 of item %d", no).isNull();
        }
        assertThat(items.get(26).getSourceNote()).contains("实施范围原文未给出").doesNotContain("按默认");
        assertThat(items.get(28).getSourceNote()).contains("实施范围原文未给出").doesNotContain("按默认");
        assertThat(items.get(28).getResponsibleText()).isEqualTo("各县区人社局");
        assertThat(items.get(25).getScope()).isEqualTo("市、县(区)社保经办机构");
        assertThat(items.get(31).getScope()).as("item 31 gives both columns").startsWith("市人社局");
    }

    @Test
    void theTestOfficeLeftThePlaceholdersOutOfTheAssessment() {
        for (int no : List.of(7, 27, 29)) {
            CatalogueItem item = items.get(no);
            assertThat(item.isUnresolved()).as("item %d", no).isFalse();
            assertThat(item.isScored()).as("item %d", no).isFalse();
            assertThat(item.getNotScoredReason()).isEqualTo(cn.fundrisk.support.PlaceholdersSettled.REASON);
        }
        assertThat(items.get(3).isScored()).isTrue();
    }

    @Test
    void itemsCarryTheFullTextsOfTheSource() {
        assertThat(items.get(3).getTaskText()).contains("严禁会计和出纳兼任")
                .contains("严禁业务和财务岗位兼任").contains("严禁业务和信息岗位兼任");
        assertThat(items.get(30).getTaskText()).contains("警示教育");
        for (CatalogueItem item : items.values()) {
            if (!item.isPlaceholder()) {
                assertThat(item.getRequirement()).as("requirement of item %d", item.getItemNo())
                        .isNotBlank().isNotEqualTo(LOST);
                assertThat(item.getTaskText()).as("task of item %d", item.getItemNo()).isNotBlank();
            }
        }
    }

    @Test
    void whoEachItemAppliesTo() {
        Set<Integer> all = items.keySet();
        assertThat(applicableTo(UnitKind.AGENCY)).as("市本级社保经办机构: all but 28")
                .containsExactlyElementsOf(all.stream().filter(n -> n != 28).toList());
        assertThat(applicableTo(UnitKind.COUNTY)).as("县区人社局: all").containsExactlyElementsOf(all);
        assertThat(applicableTo(UnitKind.INFO_CENTRE)).as("信息中心: the IT items")
                .containsExactly(9, 10, 19, 20, 21, 22, 23, 24, 25);
        assertThat(applicableTo(UnitKind.BUREAU)).as("市人社局").containsExactly(26, 30, 31);

        assertThat(applicablePoints(UnitKind.AGENCY)).isEqualTo(98);
        assertThat(applicablePoints(UnitKind.COUNTY)).isEqualTo(100);
        assertThat(applicablePoints(UnitKind.INFO_CENTRE)).isEqualTo(30);
        assertThat(applicablePoints(UnitKind.BUREAU)).isEqualTo(8);
    }

    @Test
    void deadlines() {
        assertThat(items.get(6).getDeadlineKind()).isEqualTo(DeadlineKind.MONTHLY);
        for (int no : List.of(17, 25, 26)) {
            assertThat(items.get(no).getDeadlineKind()).as("item %d", no).isEqualTo(DeadlineKind.LONG_TERM);
        }
        for (int no : List.of(27, 29)) {
            assertThat(items.get(no).getDeadlineKind()).as("item %d", no).isEqualTo(DeadlineKind.NONE);
        }
        Map<Integer, Integer> monthEnds = Map.of(19, 12, 30, 9, 31, 4);
        monthEnds.forEach((no, month) -> {
            assertThat(items.get(no).getDeadlineKind()).as("item %d", no).isEqualTo(DeadlineKind.MONTH_END);
            assertThat(items.get(no).getDeadlineMonth()).as("item %d", no).isEqualTo(month);
        });
        Set<Integer> special = Set.of(6, 17, 25, 26, 27, 29, 19, 30, 31);
        for (CatalogueItem item : items.values()) {
            if (!special.contains(item.getItemNo())) {
                assertThat(item.getDeadlineKind()).as("item %d: 6月底前", item.getItemNo())
                        .isEqualTo(DeadlineKind.MONTH_END);
                assertThat(item.getDeadlineMonth()).as("item %d: 6月底前", item.getItemNo()).isEqualTo(6);
            } else if (item.getDeadlineKind() != DeadlineKind.MONTH_END) {
                assertThat(item.getDeadlineMonth()).as("item %d has no month", item.getItemNo()).isNull();
            }
        }

        assertThat(items.get(19).dueIn(2019, SHANGHAI))
                .isEqualTo(OffsetDateTime.parse("2019-12-31T23:59:59+08:00").toInstant());
        assertThat(items.get(31).dueIn(2019, SHANGHAI))
                .isEqualTo(OffsetDateTime.parse("2019-04-30T23:59:59+08:00").toInstant());
        assertThat(items.get(17).dueIn(2019, SHANGHAI)).isNull();
        assertThat(items.get(6).dueIn(2019, SHANGHAI)).isNull();
        assertThat(items.get(27).dueIn(2019, SHANGHAI)).isNull();
    }

    @Test
    void elevenUnitsAllTakingPartByDefaultTheBureauForItsThreeItems() {
        List<Unit> all = units.findAll();
        assertThat(all).hasSize(11);

        List<Unit> participants = all.stream().filter(Unit::isDefaultParticipant)
                .sorted(Comparator.comparingInt(Unit::getSortOrder)).toList();
        assertThat(participants).as("the ten units the notice addresses and 市人社局 (items 26, 30, 31)").hasSize(11);
        assertThat(units.findByActiveTrueAndDefaultParticipantTrueOrderBySortOrder())
                .extracting(Unit::getCode).containsExactlyElementsOf(participants.stream().map(Unit::getCode).toList());
        Map<UnitKind, Long> byKind = participants.stream()
                .collect(Collectors.groupingBy(Unit::getKind, Collectors.counting()));
        assertThat(byKind).isEqualTo(Map.of(UnitKind.COUNTY, 5L, UnitKind.AGENCY, 4L, UnitKind.INFO_CENTRE, 1L,
                UnitKind.BUREAU, 1L));

        assertThat(participants.stream().filter(u -> u.getKind() == UnitKind.AGENCY).map(Unit::getName))
                .containsExactlyInAnyOrder("市劳动就业管理局", "市养老保险管理中心", "市工伤保险管理机构", "市社会保险基金征缴中心");
        assertThat(participants.stream().filter(u -> u.getKind() == UnitKind.INFO_CENTRE).map(Unit::getName))
                .containsExactly("市人力资源和社会保障信息中心");
        List<Unit> counties = participants.stream().filter(u -> u.getKind() == UnitKind.COUNTY).toList();
        assertThat(counties).extracting(Unit::getCode).contains("jiuhuashan");
        assertThat(counties).extracting(Unit::getName).anyMatch(n -> n.startsWith("贵池区"))
                .anyMatch(n -> n.startsWith("东至县")).anyMatch(n -> n.startsWith("石台县"))
                .anyMatch(n -> n.startsWith("青阳县")).contains("九华山风景区社会保障局");

        Unit bureau = units.findByCode("bureau").orElseThrow();
        assertThat(bureau.getKind()).isEqualTo(UnitKind.BUREAU);
        assertThat(bureau.getName()).isEqualTo("池州市人力资源和社会保障局");
        assertThat(bureau.isDefaultParticipant()).isTrue();
        assertThat(applicableTo(UnitKind.BUREAU)).containsExactly(26, 30, 31);
        assertThat(all).filteredOn(u -> u.getKind() == UnitKind.BUREAU).extracting(Unit::getCode).containsExactly("bureau");
    }

    private List<Integer> applicableTo(UnitKind kind) {
        return items.values().stream().filter(item -> item.getApplicability().appliesTo(kind))
                .map(CatalogueItem::getItemNo).toList();
    }

    private int applicablePoints(UnitKind kind) {
        return items.values().stream().filter(item -> item.getApplicability().appliesTo(kind))
                .mapToInt(CatalogueItem::getPoints).sum();
    }
}
