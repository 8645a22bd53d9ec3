package cn.fundrisk.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
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
import cn.fundrisk.identity.CurrentUser;
import cn.fundrisk.staffing.StaffRow;
import cn.fundrisk.staffing.StaffingTables;
import cn.fundrisk.support.HeadlessChromium;
import cn.fundrisk.support.SheetAnswers;
import cn.fundrisk.support.TestIdentities;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
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
 * Units' staff, a leader and the office work in the real Tasklist, in a real browser (Debian's
 * headless Chromium), with our customisation (app/tasklist/scripts/fundrisk-tasklist.js): the Chinese
 * UI and names, our filters with their counts, a task taken by opening it and completed, evidence
 * beside the task and back, overdue marks, a leader who may only read, form-js in Chinese and the
 * error box; then the unit head finds the review task. Authorization is on: the staff see their own
 * unit's work only. Each test works in a campaign of its own unit. Screenshots go to target/screenshots.
 * Needs /usr/bin/chromium and /usr/bin/chromedriver (installed by .ci/run); without them the test
 * fails, it never skips.
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
    @Autowired TaskService taskService;
    @Autowired org.camunda.bpm.engine.FilterService filterService;
    @Autowired org.camunda.bpm.engine.ManagementService managementService;
    @Autowired StaffingTables staffing;
    @Autowired org.springframework.transaction.support.TransactionTemplate transaction;

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
    void staffTakesAnItemByOpeningItCompletesItInChineseAndTheHeadFindsTheReview() throws IOException {
        users();
        CampaignUnit ldj = deployedUnit("ldj");

        logIn(STAFF);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath("//*[contains(text(), '本单位待办')]")));
        wait.until(ExpectedConditions.visibilityOfElementLocated(taskLink("项自查")));
        for (String filter : List.of("本单位待办", "我的待办", "即将到期", "已逾期")) {
            assertThat(filterCount(filter)).as("the count of %s", filter).matches("\\d+");
        }
        String page = browser.findElement(By.tagName("body")).getText();
        assertThat(page).contains("本单位待办", "我的待办", "即将到期", "已逾期")
                .doesNotContain("督办事项", "全部任务", "岗位待办", "新建任务", "启动流程");
        assertThat(page).contains("任务中心", "项自查：", "事项", "阶段", "问题排查", "截止");
        assertThat(browser.findElement(By.cssSelector("li.account > a.dropdown-toggle")).getText().strip())
                .as("the user's name in Chinese order").isEqualTo("刘洋");
        screenshot("1-tasklist-zh");

        String taskName = openTask("项自查");
        java.util.regex.Matcher number = java.util.regex.Pattern.compile("第(\\d+)项自查").matcher(taskName);
        assertThat(number.find()).as(taskName).isTrue();
        int itemNo = Integer.parseInt(number.group(1));
        // No 签收 click: opening the task took it.
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".fr-task-banner"), "已为您签收"));
        String taskId = currentTaskId();
        wait.until(d -> STAFF.equals(taskService.createTaskQuery().taskId(taskId).singleResult().getAssignee()));
        assertThat(browser.findElements(By.cssSelector("button.claim"))).noneMatch(WebElement::isDisplayed);
        WebElement form = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".fjs-form")));
        assertThat(form.getText()).contains("第" + itemNo + "项", "任务内容", "自查结果");
        click(form.findElement(By.xpath(".//label[normalize-space()='符合']")));
        form.findElement(By.tagName("textarea")).sendKeys("已对照检查，内部控制制度健全。");
        screenshot("2-item-form-filled");
        WebElement complete = browser.findElement(By.cssSelector("button[ng-click='complete()']"));
        assertThat(complete.getText()).contains("提交办结");
        click(complete);
        wait.until(d -> assessments.findByCampaignUnitIdAndItemNo(ldj.getId(), itemNo).orElseThrow().getStatus()
                == ReviewStatus.SUBMITTED);
        assertThat(assessments.findByCampaignUnitIdAndItemNo(ldj.getId(), itemNo).orElseThrow().getNote())
                .isEqualTo("已对照检查，内部控制制度健全。");
        assertThat(assessments.findByCampaignUnitIdAndItemNo(ldj.getId(), itemNo).orElseThrow().getCompletedBy())
                .isEqualTo(STAFF);
        screenshot("3-item-completed");

        finishItemsAndReport(ldj, STAFF);
        browser.manage().deleteAllCookies();
        logIn(HEAD);
        openTask("审核：市劳动就业管理局 自查结果");
        WebElement reviewForm = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".fjs-form")));
        assertThat(reviewForm.getText()).contains("审核意见", "同意", "退回修改", "自查报告");
        screenshot("4-head-review");
    }

    /**
     * The evidence link of a form opens the evidence page in a new tab (the form, with what was typed, stays);
     * after the upload, the page's 返回任务 leads back to the same task in Tasklist.
     */
    @Test
    void evidenceOpensBesideTheTaskAndItsReturnLeadsBackToIt(@TempDir Path files) throws IOException {
        users();
        deployedUnit("ylbx");
        logIn("ylbx-staff");
        String taskName = openTask("项自查");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".fr-task-banner"), "已为您签收"));
        String taskId = currentTaskId();
        WebElement form = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".fjs-form")));
        form.findElement(By.tagName("textarea")).sendKeys("尚未提交的自查说明");
        WebElement evidence = form.findElement(By.linkText("上传/查看佐证材料"));
        assertThat(evidence.getAttribute("target")).isEqualTo("_blank");
        String taskTab = browser.getWindowHandle();
        click(evidence);
        wait.until(d -> d.getWindowHandles().size() == 2);
        String evidenceTab = browser.getWindowHandles().stream().filter(h -> !h.equals(taskTab)).findFirst().orElseThrow();
        browser.switchTo().window(evidenceTab);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "佐证材料"));
        assertThat(browser.getCurrentUrl()).contains("?task=" + taskId);
        Path pdf = files.resolve("制度文件.pdf");
        Files.write(pdf, "%PDF-1.4\n% 内控制度\n%%EOF\n".getBytes(StandardCharsets.UTF_8));
        browser.findElement(By.cssSelector("input[type=file]")).sendKeys(pdf.toString());
        browser.findElement(By.cssSelector("form.upload button[type=submit]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".notice.ok"), "已上传 1 个文件"));
        assertThat(browser.findElement(By.tagName("table")).getText()).contains("制度文件.pdf", "杨静");
        screenshot("5-evidence-beside-the-task");

        browser.findElement(By.id("back-to-task")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".fjs-form")));
        assertThat(currentTaskId()).isEqualTo(taskId);
        assertThat(browser.findElement(By.cssSelector("h2.task")).getText()).isEqualTo(taskName);
        browser.switchTo().window(taskTab);
        assertThat(browser.findElement(By.cssSelector(".fjs-form textarea")).getAttribute("value"))
                .as("the task's tab keeps what was typed").isEqualTo("尚未提交的自查说明");
    }

    /**
     * An overdue task is red with 超期N天 in the list and above the form, and the filters count it; the leader
     * sees his role's filters (岗位待办, not 本单位待办) with their counts, may read a unit's task but is not offered
     * 签收, and sees neither 新建任务 nor 启动流程, which the office does.
     */
    @Test
    void overdueTasksAreRedAndEachRoleSeesItsFiltersWithCounts() throws IOException {
        users();
        CampaignUnit gsbx = deployedUnit("gsbx", false);
        Task acknowledge = driver.one(gsbx.getProcessInstanceId(), UnitCampaignProcess.TASK_ACKNOWLEDGE_PLAN);
        taskService.setDueDate(acknowledge.getId(), Date.from(Instant.now().minus(Duration.ofDays(10))));

        logIn("gsbx-staff");
        By mark = By.xpath("//li[contains(@class,'task')][.//a[contains(normalize-space(), '签收工作方案')]]"
                + "//span[contains(@class,'fr-overdue')]");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(mark, "超期10天"));
        assertThat(browser.findElement(mark).getCssValue("background-color")).isIn("rgba(179, 38, 30, 1)",
                "rgb(179, 38, 30)");
        wait.until(d -> "1".equals(filterCount("已逾期")));
        assertThat(filterCount("本单位待办")).isEqualTo("1");
        assertThat(filterCount("即将到期")).isEqualTo("0");
        openTask("签收工作方案");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".fr-task-banner"), "超期10天"));
        wait.until(d -> "1".equals(filterCount("我的待办")));
        screenshot("6-overdue");

        taskService.setAssignee(acknowledge.getId(), null);
        browser.manage().deleteAllCookies();
        logIn("leader-b");
        wait.until(d -> filterCount("全部任务").matches("\\d+"));
        assertThat(browser.findElement(By.cssSelector("li.account > a.dropdown-toggle")).getText().strip())
                .isEqualTo("李明");
        List<String> filters = browser.findElements(By.cssSelector(".task-filter")).stream().filter(WebElement::isDisplayed)
                .map(f -> f.findElement(By.cssSelector("h4.name a")).getText().replaceAll("\\s*\\d+$", "").strip()).toList();
        assertThat(filters).containsExactly("岗位待办", "我的待办", "即将到期", "已逾期", "督办事项", "全部任务");
        String page = browser.findElement(By.tagName("body")).getText();
        assertThat(page).doesNotContain("新建任务", "启动流程");
        click(browser.findElement(By.xpath("//div[contains(@class,'task-filter')]//a[contains(normalize-space(), '全部任务')]")));
        openTask("签收工作方案");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".fr-task-banner"),
                "仅供查看：您不是此任务的办理人"));
        assertThat(browser.findElements(By.cssSelector("button.claim"))).noneMatch(WebElement::isDisplayed);
        assertThat(taskService.createTaskQuery().taskId(acknowledge.getId()).singleResult().getAssignee())
                .as("reading took nothing").isNull();
        screenshot("7-leader-reads");

        browser.manage().deleteAllCookies();
        logIn("office-b");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath("//*[normalize-space()='启动流程']")));
        assertThat(browser.findElement(By.tagName("body")).getText()).contains("岗位待办", "新建任务", "启动流程")
                .doesNotContain("本单位待办");
    }

    /**
     * Form-js in Chinese: a refused submission's message at the top, clear of 保存 and 提交办结; the problem
     * list's button; on the self-score form a number field refuses letters, and the limits and required fields
     * are explained in Chinese.
     */
    @Test
    void formsSpeakChineseNumberFieldsRefuseTextAndTheErrorBoxLeavesTheButtonsFree() throws IOException {
        users();
        CampaignUnit jjzj = deployedUnit("jjzj");
        logIn("jjzj-staff");
        openTask("项自查");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".fr-task-banner"), "已为您签收"));
        WebElement form = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".fjs-form")));
        click(form.findElement(By.xpath(".//label[normalize-space()='存在问题']")));
        wait.until(ExpectedConditions.textToBePresentInElement(form, "新增一条"));
        WebElement complete = browser.findElement(By.cssSelector("button[ng-click='complete()']"));
        click(complete);
        WebElement alert = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".page-notifications .alert")));
        assertThat(alert.getText()).contains("请至少填写一个问题及其整改措施").doesNotContain("<task>", "&lt;");
        for (WebElement button : browser.findElements(By.cssSelector(".task-card button.btn"))) {
            if (button.isDisplayed()) {
                assertThat(overlap(alert, button)).as("the error box over %s", button.getText()).isFalse();
            }
        }
        screenshot("8-error-box");

        finishItemsAndReport(jjzj, "jjzj-staff");
        driver.submit(jjzj.getProcessInstanceId(), UnitCampaignProcess.TASK_REVIEW_SELF_INSPECTION, "jjzj-head", approve());
        browser.navigate().refresh();
        openTask("总结报告");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".fr-task-banner"), "已为您签收"));
        WebElement summary = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".fjs-form")));
        click(browser.findElement(By.cssSelector("button[ng-click='complete()']"))); // empty: form-js refuses it
        wait.until(d -> errors(summary).contains("此项为必填项。"));
        WebElement first = summary.findElements(By.cssSelector(".fjs-form-field-number input")).get(0); // item 1, 6 points
        first.sendKeys("abc");
        assertThat(first.getAttribute("value")).as("letters refused").isEmpty();
        first.sendKeys("1x2");
        assertThat(first.getAttribute("value")).isEqualTo("12");
        summary.findElement(By.tagName("textarea")).click();
        try {
            wait.until(d -> errors(summary).contains("不能大于 6。") && errors(summary).contains("此项为必填项。"));
        } finally {
            screenshot("9-chinese-validation");
        }
        assertThat(errors(summary)).contains("不能大于 6。", "此项为必填项。");
        assertThat(summary.getText()).doesNotContain("Field", "NaN", "Value is");
        assertThat(first.getAttribute("placeholder")).isEqualTo("请填写数字");
    }

    @Test
    @org.junit.jupiter.api.Tag("english")
    void aBrowserAskingForEnglishGetsEnglish() throws IOException {
        users();
        // the gate's login page is Chinese; Tasklist behind it follows the browser's language (the office: 启动流程
        // is offered to the office and administrators only)
        logIn("office-b");
        WebElement start = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.xpath("//*[normalize-space()='Start process']")));
        assertThat(start.isDisplayed()).isTrue();
        assertThat(browser.findElement(By.tagName("body")).getText()).contains("任务中心").doesNotContain("启动流程");
        screenshot("0-english");
    }

    /**
     * Nobody is offered a review of his own work: the inspector who scored a unit does not find its 复核评分表
     * in Tasklist (no filter counts it, there is nothing to claim and be refused later); the other inspector
     * finds it in 岗位待办 and takes it by opening it.
     */
    @Test
    void theInspectorWhoScoredIsNotOfferedTheReviewTheOtherIs() throws IOException {
        users();
        TestIdentities identities = new TestIdentities(identityService, "demo");
        identities.group("inspectors");
        identities.person("inspector-a", "inspectors", "张", "伟");
        identities.person("inspector-b", "inspectors", "赵", "敏");
        CampaignUnit jjzj = deployedUnit("jjzj");
        String pi = jjzj.getProcessInstanceId();
        finishItemsAndReport(jjzj, "jjzj-staff");
        driver.submit(pi, UnitCampaignProcess.TASK_REVIEW_SELF_INSPECTION, "jjzj-head", approve());
        transaction.executeWithoutResult(status -> staffing.replace(jjzj.getId(), List.of(new StaffRow("徐丽", "稽核科",
                List.of("稽核"), "内部控制稽核", true, java.math.BigDecimal.ONE)),
                new CurrentUser("jjzj-staff", List.of("unit-jjzj"))));
        driver.submit(pi, UnitCampaignProcess.TASK_FILE_STAFFING_TABLE, "jjzj-staff", Map.of("confirmFiling", true));
        driver.submit(pi, UnitCampaignProcess.TASK_RECEIVE_STAFFING_FILING, "office-b", approve());
        Task write = driver.one(pi, UnitCampaignProcess.TASK_WRITE_SUMMARY_REPORT);
        Map<Integer, Object> full = new java.util.HashMap<>();
        SheetAnswers.shown(driver, write).forEach((n, item) -> full.put(n, item.get("points")));
        Map<String, Object> summary = new java.util.HashMap<>(SheetAnswers.selfScores(driver, write, full));
        summary.put(FormKeys.REPORT_TEXT, "总结报告");
        driver.submit(write, "jjzj-staff", summary);
        driver.submit(pi, UnitCampaignProcess.TASK_APPROVE_SUMMARY_REPORT, "jjzj-head", approve());
        driver.submit(pi, UnitCampaignProcess.TASK_RECEIVE_SUMMARY_REPORT, "office-b", approve());
        managementService.executeJob(managementService.createJobQuery().processInstanceId(pi)
                .activityId(UnitCampaignProcess.TIMER_EVALUATION_OPENS).singleResult().getId());
        Task score = driver.one(pi, UnitCampaignProcess.TASK_SCORE_UNIT);
        driver.submit(score, "inspector-a", SheetAnswers.scores(driver, score, full, Map.of()));
        Task review = driver.one(pi, UnitCampaignProcess.TASK_REVIEW_SCORE_SHEET);

        identityService.setAuthentication("inspector-a", List.of("inspectors"));
        try {
            org.camunda.bpm.engine.filter.Filter role = filterService.createFilterQuery().filterName("岗位待办").singleResult();
            List<Task> listed = filterService.list(role.getId());
            assertThat(listed).extracting(Task::getId).as("the scorer's 岗位待办").doesNotContain(review.getId());
            assertThat(filterService.count(role.getId())).isEqualTo(listed.size());
        } finally {
            identityService.clearAuthentication();
        }
        logIn("inspector-a");
        wait.until(d -> filterCount("岗位待办").matches("\\d+"));
        int scorersCount = Integer.parseInt(filterCount("岗位待办"));
        String reviewName = "复核评分表：" + jjzj.getUnit().getName(); // other tests' units may wait for review too
        assertThat(browser.findElements(taskLink(reviewName))).as("the scorer's own review is not his work").isEmpty();
        click(browser.findElement(By.xpath("//div[contains(@class,'task-filter')]//a[contains(normalize-space(), '全部任务')]")));
        wait.until(d -> filterCount("全部任务").matches("\\d+"));
        assertThat(browser.findElements(taskLink(reviewName))).as("not even listed to read").isEmpty();
        screenshot("8-scorer-not-offered-review");

        browser.manage().deleteAllCookies();
        logIn("inspector-b");
        wait.until(d -> filterCount("岗位待办").matches("\\d+"));
        assertThat(Integer.parseInt(filterCount("岗位待办"))).as("the other inspector has the review besides what both have")
                .isEqualTo(scorersCount + 1);
        openTask(reviewName);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".fr-task-banner"), "已为您签收"));
        wait.until(d -> "inspector-b".equals(taskService.createTaskQuery().taskId(review.getId()).singleResult()
                .getAssignee()));
        screenshot("9-other-inspector-reviews");
    }

    /** The count the script shows beside a filter's name ("" while none). */
    private String filterCount(String filter) {
        List<WebElement> counts = browser.findElements(By.xpath("//div[contains(@class,'task-filter')]//a[contains(normalize-space(), '"
                + filter + "')]/span[contains(@class,'fr-count')]"));
        return counts.isEmpty() ? "" : counts.get(0).getText().strip();
    }

    private String currentTaskId() {
        java.util.regex.Matcher task = java.util.regex.Pattern.compile("task=([0-9a-f-]+)").matcher(browser.getCurrentUrl());
        assertThat(task.find()).as(browser.getCurrentUrl()).isTrue();
        return task.group(1);
    }


    private static String errors(WebElement form) {
        return form.findElements(By.cssSelector(".fjs-form-field-error")).stream().map(WebElement::getText)
                .reduce("", (a, b) -> a + "|" + b);
    }

    private static boolean overlap(WebElement a, WebElement b) {
        org.openqa.selenium.Rectangle r = a.getRect();
        org.openqa.selenium.Rectangle q = b.getRect();
        return r.x < q.x + q.width && q.x < r.x + r.width && r.y < q.y + q.height && q.y < r.y + r.height;
    }

    /** Scrolls the element to the middle of the view, then clicks it as a person does. */
    private void click(WebElement element) {
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'});",
                element);
        wait.until(ExpectedConditions.elementToBeClickable(element)).click();
    }

    private void logIn(String user) {
        HeadlessChromium.logIn(browser, "http://localhost:" + port, user, "demo");
    }

    /**
     * Opens the first task in the list whose name contains the text; returns its full name. The list may be
     * drawn again meanwhile (Tasklist refreshes it, the script adds counts and marks): then the link is found again.
     */
    private String openTask(String name) {
        return new WebDriverWait(browser, Duration.ofSeconds(30))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .ignoring(org.openqa.selenium.ElementClickInterceptedException.class).until(d -> {
                    WebElement link = d.findElement(taskLink(name));
                    String fullName = link.getText();
                    link.click();
                    return fullName;
                });
    }

    private static By taskLink(String name) {
        return By.xpath("//li[contains(@class,'task')]//a[contains(normalize-space(), '" + name + "')]");
    }

    private void screenshot(String name) throws IOException {
        HeadlessChromium.screenshot(browser, "tasklist-" + name);
    }

    /** A campaign of one unit (each test its own unit), the unit deployed: self-inspection open. */
    private CampaignUnit deployedUnit(String code) {
        return deployedUnit(code, true);
    }

    /** A campaign of one unit; deployed when asked, else waiting at 签收工作方案. */
    private CampaignUnit deployedUnit(String code, boolean deploy) {
        identityService.setAuthentication("office-b", List.of("office"));
        String campaignPi;
        try {
            campaignPi = runtimeService.startProcessInstanceByKey(CampaignProcess.KEY, Map.of(
                    CampaignProcess.VAR_CAMPAIGN_NAME, "浏览器测试 " + code, CampaignProcess.VAR_CAMPAIGN_YEAR, 2099,
                    CampaignProcess.VAR_UNIT_CODES, code)).getId();
        } finally {
            identityService.clearAuthentication();
        }
        driver.submit(campaignPi, CampaignProcess.TASK_DRAFT_WORK_PLAN, "office-b", Map.of("planText", "方案"));
        driver.submit(campaignPi, CampaignProcess.TASK_APPROVE_WORK_PLAN, "leader-b", approve());
        Long campaignId = (Long) runtimeService.getVariable(campaignPi, CampaignProcess.VAR_CAMPAIGN_ID);
        CampaignUnit unit = campaignUnits.findByCampaign(campaignId).get(0);
        if (deploy) {
            String pi = unit.getProcessInstanceId();
            driver.submit(pi, UnitCampaignProcess.TASK_ACKNOWLEDGE_PLAN, code + "-staff",
                    Map.of("acknowledged", true, "contactPerson", "联络员"));
            driver.submit(pi, UnitCampaignProcess.TASK_DRAFT_UNIT_PLAN, code + "-staff",
                    Map.of(FormKeys.REPORT_TEXT, "本单位方案"));
            driver.submit(pi, UnitCampaignProcess.TASK_APPROVE_UNIT_PLAN, code + "-head", approve());
        }
        return unit;
    }

    private void finishItemsAndReport(CampaignUnit unit, String staff) {
        String pi = unit.getProcessInstanceId();
        for (Task task : driver.open(pi, UnitCampaignProcess.TASK_SELF_INSPECT_ITEM)) {
            driver.submit(task, staff, Map.of("result", "COMPLIANT"));
        }
        driver.submit(pi, UnitCampaignProcess.TASK_WRITE_SELF_INSPECTION_REPORT, staff,
                Map.of(FormKeys.REPORT_TEXT, "自查报告正文"));
    }

    private static Map<String, Object> approve() {
        return Map.of(TaskForm.DECISION, TaskForm.APPROVE, TaskForm.COMMENT, "同意");
    }

    /** Users with Chinese names (family name as Camunda's last name): the office, a leader, each unit's staff and head. */
    private void users() {
        TestIdentities identities = new TestIdentities(identityService, "demo");
        identities.group("camunda-admin"); // an administrator exists, so the webapps skip their first-run set-up page
        identities.group("office");
        identities.person("office-b", "camunda-admin", "王", "芳");
        identities.person("office-b", "office", "王", "芳");
        identities.group("leaders");
        identities.person("leader-b", "leaders", "李", "明");
        String[][] people = { { "ldj", "刘洋", "陈刚" }, { "ylbx", "杨静", "黄磊" }, { "gsbx", "周婷", "吴强" },
                { "jjzj", "徐丽", "孙涛" } };
        for (String[] unit : people) {
            identities.group("unit-" + unit[0]);
            identities.group("unit-" + unit[0] + "-head");
            identities.person(unit[0] + "-staff", "unit-" + unit[0], unit[1].substring(0, 1), unit[1].substring(1));
            identities.person(unit[0] + "-head", "unit-" + unit[0] + "-head", unit[2].substring(0, 1), unit[2].substring(1));
        }
    }
}
