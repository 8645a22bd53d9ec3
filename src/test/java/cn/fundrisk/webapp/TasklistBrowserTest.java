package cn.fundrisk.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import cn.fundrisk.campaign.CampaignUnit;
import cn.fundrisk.campaign.CampaignUnits;
import cn.fundrisk.campaign.ReviewStatus;
import cn.fundrisk.checklist.Assessments;
import cn.fundrisk.process.CampaignProcess;
import cn.fundrisk.process.FormKeys;
import cn.fundrisk.process.TaskDriver;
import cn.fundrisk.process.TaskForm;
import cn.fundrisk.process.UnitCampaignProcess;
import cn.fundrisk.support.HeadlessChromium;
import cn.fundrisk.support.TestIdentities;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
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
 * A unit's staff works in the real Tasklist, in a real browser (Debian's headless Chromium): the
 * Chinese UI, our filters, a self-inspection item's Camunda form filled and completed; then the
 * unit head finds the review task. Authorization is on: the staff see their own unit's work only. Screenshots go to target/screenshots. Needs /usr/bin/chromium
 * and /usr/bin/chromedriver (installed by .ci/run); without them the test fails, it never skips.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.datasource.url=jdbc:h2:mem:fundrisk-browser;DB_CLOSE_DELAY=-1",
                "camunda.bpm.authorization.enabled=true"})
@ActiveProfiles("test")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class TasklistBrowserTest {

    private static final String STAFF = "ldj-staff";
    private static final String HEAD = "ldj-head";

    @LocalServerPort int port;
    @Autowired IdentityService identityService;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskDriver driver;
    @Autowired CampaignUnits campaignUnits;
    @Autowired Assessments assessments;

    private WebDriver browser;
    private WebDriverWait wait;

    @BeforeEach
    void openBrowser(org.junit.jupiter.api.TestInfo test) {
        String language = test.getTags().contains("english") ? "en-US" : "zh-CN";
        browser = HeadlessChromium.open(language, null);
        wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void staffCompletesAnItemInChineseTasklistAndTheHeadFindsTheReview() throws IOException {
        users();
        CampaignUnit ldj = deployedUnit();

        logIn(STAFF);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath("//*[contains(text(), '本单位待办')]")));
        wait.until(ExpectedConditions.visibilityOfElementLocated(taskLink("项自查")));
        String page = browser.findElement(By.tagName("body")).getText();
        assertThat(page).contains("本单位待办", "我的待办", "即将到期", "已逾期").doesNotContain("督办事项", "全部任务");
        assertThat(page).contains("任务中心", "启动流程", "项自查：", "事项", "阶段", "问题排查", "截止");
        screenshot("1-tasklist-zh");

        String taskName = openTask("项自查");
        java.util.regex.Matcher number = java.util.regex.Pattern.compile("第(\\d+)项自查").matcher(taskName);
        assertThat(number.find()).as(taskName).isTrue();
        int itemNo = Integer.parseInt(number.group(1));
        WebElement claim = wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//*[self::a or self::button][normalize-space()='签收']")));
        claim.click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".fjs-form")));
        // 取消签收: the holder gives the task back (the gate does it for him: candidates hold TASK_WORK only)
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("button.unclaim"))).click(); // tooltip 取消签收
        wait.until(d -> driver.open(ldj.getProcessInstanceId(), UnitCampaignProcess.TASK_SELF_INSPECT_ITEM).stream()
                .noneMatch(t -> STAFF.equals(t.getAssignee())));
        wait.until(ExpectedConditions.elementToBeClickable(
                By.xpath("//*[self::a or self::button][normalize-space()='签收']"))).click();
        WebElement form = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".fjs-form")));
        assertThat(form.getText()).contains("第" + itemNo + "项", "任务内容", "自查结果");
        form.findElement(By.xpath(".//label[normalize-space()='符合']")).click();
        form.findElement(By.tagName("textarea")).sendKeys("已对照检查，内部控制制度健全。");
        screenshot("2-item-form-filled");
        WebElement complete = browser.findElement(By.cssSelector("button[ng-click='complete()']"));
        assertThat(complete.getText()).contains("提交办结");
        ((org.openqa.selenium.JavascriptExecutor) browser)
                .executeScript("arguments[0].scrollIntoView({block: 'center'});", complete);
        wait.until(ExpectedConditions.elementToBeClickable(complete)).click();
        wait.until(d -> assessments.findByCampaignUnitIdAndItemNo(ldj.getId(), itemNo).orElseThrow().getStatus()
                == ReviewStatus.SUBMITTED);
        assertThat(assessments.findByCampaignUnitIdAndItemNo(ldj.getId(), itemNo).orElseThrow().getNote())
                .isEqualTo("已对照检查，内部控制制度健全。");
        assertThat(assessments.findByCampaignUnitIdAndItemNo(ldj.getId(), itemNo).orElseThrow().getCompletedBy())
                .isEqualTo(STAFF);
        screenshot("3-item-completed");

        finishItemsAndReport(ldj);
        browser.manage().deleteAllCookies();
        logIn(HEAD);
        openTask("审核：市劳动就业管理局 自查结果");
        WebElement reviewForm = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".fjs-form")));
        assertThat(reviewForm.getText()).contains("审核意见", "同意", "退回修改", "自查报告");
        screenshot("4-head-review");
    }

    @Test
    @org.junit.jupiter.api.Tag("english")
    void aBrowserAskingForEnglishGetsEnglish() throws IOException {
        users();
        logIn(STAFF); // the gate's login page is Chinese; Tasklist behind it follows the browser's language
        WebElement start = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.xpath("//*[normalize-space()='Start process']")));
        assertThat(start.isDisplayed()).isTrue();
        assertThat(browser.findElement(By.tagName("body")).getText()).contains("任务中心").doesNotContain("启动流程");
        screenshot("0-english");
    }

    private void logIn(String user) {
        HeadlessChromium.logIn(browser, "http://localhost:" + port, user, "demo");
    }

    /** Opens the first task in the list whose name contains the text; returns its full name. */
    private String openTask(String name) {
        WebElement link = wait.until(ExpectedConditions.elementToBeClickable(taskLink(name)));
        String fullName = link.getText();
        link.click();
        return fullName;
    }

    private static By taskLink(String name) {
        return By.xpath("//li[contains(@class,'task')]//a[contains(normalize-space(), '" + name + "')]");
    }

    private void screenshot(String name) throws IOException {
        HeadlessChromium.screenshot(browser, "tasklist-" + name);
    }

    private CampaignUnit deployedUnit() {
        identityService.setAuthentication("office-b", List.of("office"));
        String campaignPi;
        try {
            campaignPi = runtimeService.startProcessInstanceByKey(CampaignProcess.KEY, Map.of(
                    CampaignProcess.VAR_CAMPAIGN_NAME, "浏览器测试", CampaignProcess.VAR_CAMPAIGN_YEAR, 2099,
                    CampaignProcess.VAR_UNIT_CODES, "ldj")).getId();
        } finally {
            identityService.clearAuthentication();
        }
        driver.submit(campaignPi, CampaignProcess.TASK_DRAFT_WORK_PLAN, "office-b", Map.of("planText", "方案"));
        driver.submit(campaignPi, CampaignProcess.TASK_APPROVE_WORK_PLAN, "leader-b", approve());
        Long campaignId = (Long) runtimeService.getVariable(campaignPi, CampaignProcess.VAR_CAMPAIGN_ID);
        CampaignUnit ldj = campaignUnits.findByCampaign(campaignId).get(0);
        String pi = ldj.getProcessInstanceId();
        driver.submit(pi, UnitCampaignProcess.TASK_ACKNOWLEDGE_PLAN, STAFF,
                Map.of("acknowledged", true, "contactPerson", "联络员"));
        driver.submit(pi, UnitCampaignProcess.TASK_DRAFT_UNIT_PLAN, STAFF, Map.of(FormKeys.REPORT_TEXT, "本单位方案"));
        driver.submit(pi, UnitCampaignProcess.TASK_APPROVE_UNIT_PLAN, HEAD, approve());
        return ldj;
    }

    private void finishItemsAndReport(CampaignUnit unit) {
        String pi = unit.getProcessInstanceId();
        for (Task task : driver.open(pi, UnitCampaignProcess.TASK_SELF_INSPECT_ITEM)) {
            driver.submit(task, STAFF, Map.of("result", "COMPLIANT"));
        }
        driver.submit(pi, UnitCampaignProcess.TASK_WRITE_SELF_INSPECTION_REPORT, STAFF,
                Map.of(FormKeys.REPORT_TEXT, "自查报告正文"));
    }

    private static Map<String, Object> approve() {
        return Map.of(TaskForm.DECISION, TaskForm.APPROVE, TaskForm.COMMENT, "同意");
    }

    private void users() {
        TestIdentities identities = new TestIdentities(identityService, "demo", "市劳动就业管理局");
        identities.group("camunda-admin"); // an administrator exists, so the webapps skip their first-run set-up page
        identities.group("office");
        identities.user("office-b", "camunda-admin");
        identities.user("office-b", "office");
        identities.group("leaders");
        identities.user("leader-b", "leaders");
        identities.group("unit-ldj");
        identities.group("unit-ldj-head");
        identities.user(STAFF, "unit-ldj");
        identities.user(HEAD, "unit-ldj-head");
    }
}
