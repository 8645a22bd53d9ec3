package cn.fundrisk.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import cn.fundrisk.campaign.CampaignUnit;
import cn.fundrisk.campaign.CampaignUnits;
import cn.fundrisk.inspection.ScoreSheets;
import cn.fundrisk.identity.CurrentUser;
import cn.fundrisk.process.CampaignProcess;
import cn.fundrisk.process.FormKeys;
import cn.fundrisk.process.TaskDriver;
import cn.fundrisk.process.TaskForm;
import cn.fundrisk.process.UnitCampaignProcess;
import cn.fundrisk.staffing.StaffRow;
import cn.fundrisk.support.HeadlessChromium;
import cn.fundrisk.support.PlaceholdersSettled;
import cn.fundrisk.support.TestIdentities;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * Forms that add up (issue 13.6), in the real Tasklist in headless Chromium: the unit's self-score in
 * the summary report form and the inspector's score sheet show 小计 per category and 合计 while
 * typing, list the placeholders the office left out as 不计分 with its reason, ask for a deduction
 * reason as soon as a score is below the item's points, and what is saved is the 合计 the form showed.
 * The sheet is grouped by category and stays shorter than the 3,900 px of the old one. Same
 * configuration as TasklistBrowserTest; screenshots in target/screenshots.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.datasource.url=jdbc:h2:mem:fundrisk-browser;DB_CLOSE_DELAY=-1",
                "camunda.bpm.authorization.enabled=true"})
@ActiveProfiles("test")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class ItemSheetBrowserTest {

    static final String STAFF = "ldj-staff-s";
    static final String HEAD = "ldj-head-s";
    static final String INSPECTOR = "inspector-s1";
    static final String PASSWORD = "demo";
    /** The old hand-made score sheet was 3,900 px tall at this width. */
    static final int OLD_HEIGHT = 3900;

    @LocalServerPort int port;
    @Autowired IdentityService identityService;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskDriver driver;
    @Autowired CampaignUnits campaignUnits;
    @Autowired ScoreSheets scoreSheets;
    @Autowired org.camunda.bpm.engine.TaskService taskService;
    @Autowired org.camunda.bpm.engine.ManagementService managementService;
    @Autowired cn.fundrisk.staffing.StaffingTables staffing;
    @Autowired org.springframework.transaction.support.TransactionTemplate transaction;

    private WebDriver browser;
    private WebDriverWait wait;

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void theSelfScoreAndTheScoreSheetAddUpWhileTypingAndSaveWhatTheyShowed() throws IOException {
        users();
        CampaignUnit ldj = unitAtItsSummary();
        browser = HeadlessChromium.open("zh-CN", null);
        wait = new WebDriverWait(browser, Duration.ofSeconds(60));

        // the unit's staff self-scores: full points everywhere, 3.5 of 4 on item 2
        HeadlessChromium.logIn(browser, url(""), STAFF, PASSWORD);
        openTask(ldj, UnitCampaignProcess.TASK_WRITE_SUMMARY_REPORT, STAFF);
        WebElement form = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".fjs-form")));
        assertThat(totalText()).isEqualTo("合计：0 / 92 分（已自评 0 / 27 项）");
        assertThat(form.getText()).contains("一、落实制约机制，健全内控体系（高级）　小计 0 / 26 分", "六、加大监督力度，严查违规行为　不计分",
                "不计分：" + PlaceholdersSettled.REASON, "1. 完善社会保险基金管理风险内部控制制度…（6分）")
                .doesNotContain("28. ");
        form.findElement(By.tagName("textarea")).sendKeys("本单位按照实施方案完成自查、整改和自评。");
        List<WebElement> inputs = numberInputs();
        assertThat(inputs).as("one field per scored item of an agency").hasSize(27);
        type(inputs.get(0), "6");
        type(inputs.get(1), "3.5");
        wait.until(d -> totalText().equals("合计：9.5 / 92 分（已自评 2 / 27 项）"));
        assertThat(categoryHeading(0)).isEqualTo("一、落实制约机制，健全内控体系（高级）　小计 9.5 / 26 分");
        int[] points = { 6, 4, 4, 4, 4, 4, 6, 4, 4, 2, 2, 4, 4, 4, 2, 2, 2, 2, 4, 4, 4, 2, 4, 2, 2, 2, 4 };
        for (int i = 2; i < inputs.size(); i++) {
            type(inputs.get(i), Integer.toString(points[i]));
        }
        wait.until(d -> totalText().equals("合计：91.5 / 92 分（已自评 27 / 27 项）"));
        screenshot("1-self-score-adds-up");
        int height = ((Number) js("return document.querySelector('.fjs-form').scrollHeight")).intValue();
        assertThat(height).as("the sheet, grouped by category, is shorter than the old one").isLessThan(OLD_HEIGHT);
        complete();
        wait.until(d -> selfScoreOf(ldj) != null);
        assertThat(selfScoreOf(ldj)).as("saved as the form added up").isEqualByComparingTo("91.5");

        driver.submit(ldj.getProcessInstanceId(), UnitCampaignProcess.TASK_APPROVE_SUMMARY_REPORT, HEAD, approve());
        driver.submit(ldj.getProcessInstanceId(), UnitCampaignProcess.TASK_RECEIVE_SUMMARY_REPORT, "office-s", approve());
        // the evaluation opens at the county inspections' deadline
        managementService.executeJob(managementService.createJobQuery().processInstanceId(ldj.getProcessInstanceId())
                .activityId(UnitCampaignProcess.TIMER_EVALUATION_OPENS).singleResult().getId());

        // the inspector scores: the unit's self-scores beside each field, a deduction asks for its reason
        browser.manage().deleteAllCookies();
        HeadlessChromium.logIn(browser, url(""), INSPECTOR, PASSWORD);
        openTask(ldj, UnitCampaignProcess.TASK_SCORE_UNIT, INSPECTOR);
        form = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".fjs-form")));
        assertThat(form.getText()).contains("自评：3.5", "不计分：" + PlaceholdersSettled.REASON);
        inputs = numberInputs();
        for (int i = 0; i < inputs.size(); i++) {
            type(inputs.get(i), Integer.toString(points[i]));
        }
        wait.until(d -> totalText().equals("合计：92 / 92 分（已评 27 / 27 项）"));
        assertThat(reasonFields()).as("no deduction, no reason asked").isEmpty();
        type(inputs.get(4), "3"); // item 5: one point off
        wait.until(d -> totalText().equals("合计：91 / 92 分（已评 27 / 27 项）"));
        assertThat(categoryHeading(0)).isEqualTo("一、落实制约机制，健全内控体系（高级）　小计 25 / 26 分");
        List<WebElement> reasons = reasonFields();
        assertThat(reasons).as("the deduction asks for its reason").hasSize(1);
        reasons.get(0).sendKeys("高风险岗位轮岗记录不全");
        screenshot("2-score-sheet-adds-up");
        complete();
        wait.until(d -> scoreSheets.findByCampaignUnitId(ldj.getId()).map(s -> s.getTotal() != null).orElse(false));
        assertThat(scoreSheets.findByCampaignUnitId(ldj.getId()).orElseThrow().getTotal()).isEqualByComparingTo("91");
    }

    private void openTask(CampaignUnit unit, String taskKey, String currentUser) {
        Task task = driver.one(unit.getProcessInstanceId(), taskKey);
        browser.get(url("/camunda/app/tasklist/default/#/?task=" + task.getId()));
        // opened by one of its candidates, the task is taken at once (no 签收 click)
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".fr-task-banner"), "已为您签收"));
        wait.until(d -> !taskService.createTaskQuery().taskId(task.getId()).taskAssignee(currentUser).list().isEmpty());
        wait.until(d -> !numberInputs().isEmpty() && numberInputs().get(0).isEnabled());
    }

    private void complete() {
        WebElement complete = browser.findElement(By.cssSelector("button[ng-click='complete()']"));
        js("arguments[0].scrollIntoView({block: 'center'});", complete);
        wait.until(ExpectedConditions.elementToBeClickable(complete)).click();
    }

    private List<WebElement> numberInputs() {
        return browser.findElements(By.cssSelector(".fjs-form .fjs-form-field-number input"));
    }

    private List<WebElement> reasonFields() {
        return browser.findElements(By.cssSelector(".fjs-form .fjs-form-field-textfield input"));
    }

    private void type(WebElement input, String value) {
        js("arguments[0].scrollIntoView({block: 'center'});", input);
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), value);
    }

    /** The 合计 line above the sheet. */
    private String totalText() {
        return browser.findElements(By.cssSelector(".fjs-form .fjs-form-field-text")).stream().map(WebElement::getText)
                .filter(t -> t.startsWith("合计：")).findFirst().orElse("");
    }

    private String categoryHeading(int index) {
        return browser.findElements(By.cssSelector(".fjs-form .fjs-form-field-text h4")).get(index).getText();
    }

    private BigDecimal selfScoreOf(CampaignUnit unit) {
        return campaignUnits.findById(unit.getId()).orElseThrow().getSelfScoreTotal();
    }

    private Object js(String script, Object... args) {
        return ((JavascriptExecutor) browser).executeScript(script, args);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private void screenshot(String name) throws IOException {
        HeadlessChromium.screenshot(browser, "item-sheet-" + name);
    }

    private CampaignUnit unitAtItsSummary() {
        identityService.setAuthentication("office-s", List.of("office"));
        String campaignPi;
        try {
            campaignPi = runtimeService.startProcessInstanceByKey(CampaignProcess.KEY, Map.of(
                    CampaignProcess.VAR_CAMPAIGN_NAME, "合计测试", CampaignProcess.VAR_CAMPAIGN_YEAR, 2099,
                    CampaignProcess.VAR_UNIT_CODES, "ldj")).getId();
        } finally {
            identityService.clearAuthentication();
        }
        driver.submit(campaignPi, CampaignProcess.TASK_DRAFT_WORK_PLAN, "office-s", Map.of("planText", "方案"));
        driver.submit(campaignPi, CampaignProcess.TASK_APPROVE_WORK_PLAN, "leader-s", approve());
        Long campaignId = (Long) runtimeService.getVariable(campaignPi, CampaignProcess.VAR_CAMPAIGN_ID);
        CampaignUnit ldj = campaignUnits.findByCampaign(campaignId).get(0);
        String pi = ldj.getProcessInstanceId();
        driver.submit(pi, UnitCampaignProcess.TASK_ACKNOWLEDGE_PLAN, STAFF, Map.of("acknowledged", true, "contactPerson", "联络员"));
        driver.submit(pi, UnitCampaignProcess.TASK_DRAFT_UNIT_PLAN, STAFF, Map.of(FormKeys.REPORT_TEXT, "本单位方案"));
        driver.submit(pi, UnitCampaignProcess.TASK_APPROVE_UNIT_PLAN, HEAD, approve());
        for (Task task : driver.open(pi, UnitCampaignProcess.TASK_SELF_INSPECT_ITEM)) {
            driver.submit(task, STAFF, Map.of("result", "COMPLIANT"));
        }
        driver.submit(pi, UnitCampaignProcess.TASK_WRITE_SELF_INSPECTION_REPORT, STAFF, Map.of(FormKeys.REPORT_TEXT, "自查报告"));
        driver.submit(pi, UnitCampaignProcess.TASK_REVIEW_SELF_INSPECTION, HEAD, approve());
        // the staffing table filed with the office (备案) and received: the rectification phase is done
        transaction.executeWithoutResult(status -> staffing.replace(ldj.getId(), List.of(new StaffRow("刘洋", "稽核科",
                List.of("稽核"), "内部控制稽核", true, java.math.BigDecimal.ONE)), new CurrentUser(STAFF, List.of("unit-ldj"))));
        driver.submit(pi, UnitCampaignProcess.TASK_FILE_STAFFING_TABLE, STAFF, Map.of("confirmFiling", true));
        driver.submit(pi, UnitCampaignProcess.TASK_RECEIVE_STAFFING_FILING, "office-s", approve());
        return ldj;
    }

    private static Map<String, Object> approve() {
        return Map.of(TaskForm.DECISION, TaskForm.APPROVE, TaskForm.COMMENT, "同意");
    }

    private void users() {
        TestIdentities identities = new TestIdentities(identityService, PASSWORD, "测试");
        identities.group("camunda-admin"); // an administrator exists, so the webapps skip their first-run set-up page
        identities.user("admin-s", "camunda-admin");
        for (String[] user : new String[][] { { "office-s", "office" }, { "leader-s", "leaders" },
                { INSPECTOR, "inspectors" }, { STAFF, "unit-ldj" }, { HEAD, "unit-ldj-head" } }) {
            identities.group(user[1]);
            identities.user(user[0], user[1]);
        }
    }
}
