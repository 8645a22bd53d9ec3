package cn.fundrisk.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import cn.fundrisk.campaign.CampaignUnits;
import cn.fundrisk.process.TaskDriver;
import cn.fundrisk.rectification.Problems;
import cn.fundrisk.support.HeadlessChromium;
import cn.fundrisk.support.HttpClientForTests;
import cn.fundrisk.support.TestIdentities;
import com.fasterxml.jackson.databind.JsonNode;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.PrintsPage;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.print.PageSize;
import org.openqa.selenium.print.PrintOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * The office opens the dashboard in a real browser (Debian's headless Chromium, authorization on)
 * after logging into Tasklist: the ECharts charts draw (each reports "finished"), the matrix shows
 * the lights of {@link ConstructedCampaign}'s units in their colours, the process diagram carries
 * its badges, a unit's detail page opens from the matrix and the rectification ledger downloads as
 * a real .xlsx; 催办 asks for a confirmation and an optional message; the audit page reads in Chinese;
 * Cockpit names the units; our pages and Tasklist fit 390, 768, 1024 and 1440 px for the office and
 * for a unit's staff, whose top bar offers only what he may open. Screenshots go to target/screenshots. Needs /usr/bin/chromium and
 * /usr/bin/chromedriver: without them the test fails, it never skips.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:fundrisk-dashboard-browser;DB_CLOSE_DELAY=-1",
        "camunda.bpm.authorization.enabled=true" })
@ActiveProfiles("test")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class DashboardBrowserTest {

    static final String PASSWORD = "pw-dashboard-browser";

    @LocalServerPort int port;
    @Autowired IdentityService identityService;
    @Autowired TaskDriver driver;
    @Autowired CampaignUnits campaignUnits;
    @Autowired Problems problems;
    @Autowired JdbcTemplate jdbc;
    @TempDir Path downloads;

    private WebDriver browser;

    @AfterEach
    void closeBrowserAndResetClock() {
        ClockUtil.reset();
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void officeSeesTheChartsTheLightsAUnitAndDownloadsTheLedger() throws IOException {
        TestIdentities identities = new TestIdentities(identityService, PASSWORD);
        identities.group("camunda-admin"); // an administrator exists, so the webapps skip their first-run set-up page
        identities.user("admin-d", "camunda-admin");
        HttpClientForTests http = new HttpClientForTests(port, PASSWORD);
        ConstructedCampaign campaign = ConstructedCampaign.build(http, identities, driver, campaignUnits, problems);
        browser = HeadlessChromium.open("zh-CN", downloads);
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
        HeadlessChromium.logIn(browser, url(""), ConstructedCampaign.OFFICE, PASSWORD);

        browser.get(url("/dashboard"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("kpi-phase"), "问题排查"));
        for (String chart : List.of("lights", "heatmap", "problems-unit", "problems-category")) {
            wait.until(ExpectedConditions.attributeToBe(By.id("chart-" + chart), "data-rendered", "true"));
            assertThat(browser.findElements(By.cssSelector("#chart-" + chart + " canvas"))).as(chart).isNotEmpty();
            assertThat((Boolean) js("return echarts.getInstanceByDom(document.getElementById('chart-' + arguments[0])) != null",
                    chart)).as(chart).isTrue();
        }
        assertThat(browser.findElement(By.id("computed-at")).getText()).isEqualTo("2099-05-26 10:00");
        assertThat(browser.findElement(By.id("kpi-days")).getText()).isEqualTo("5 天");
        assertThat(browser.findElement(By.id("kpi-completion")).getText()).isEqualTo("14.3%");
        assertThat(browser.findElement(By.id("kpi-rate")).getText()).isEqualTo("50.0%");
        assertThat(browser.findElement(By.id("campaign-select")).getText()).contains(ConstructedCampaign.NAME);

        assertThat(light("ldj", "DEPLOYMENT")).isEqualTo("rgb(46, 158, 79)");
        assertThat(light("gsbx", "DEPLOYMENT")).isEqualTo("rgb(242, 176, 30)");
        assertThat(light("ylbx", "DEPLOYMENT")).isEqualTo("rgb(217, 58, 43)");
        assertThat(light("guichi", "DEPLOYMENT")).isEqualTo("rgb(217, 58, 43)");
        assertThat(light("ldj", "COUNTY_INSPECTION")).isEqualTo("rgb(197, 204, 211)");
        assertThat(cellText("ylbx", "DEPLOYMENT")).isEqualTo("已逾期");

        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#diagram svg g.badge")));
        assertThat(browser.findElement(By.cssSelector("#diagram g.badge[data-activity='SubProcess_UnitDeployment']"))
                .getAttribute("data-count")).isEqualTo("2");
        List<WebElement> overdue = browser.findElements(By.cssSelector("#overdue tbody tr"));
        assertThat(overdue).hasSize(2);
        assertThat(overdue.get(0).getText()).contains("市养老保险管理中心", "工作部署", "25 天", "李四", "—", "催办");
        assertThat(browser.findElement(By.id("scores-empty")).isDisplayed()).isTrue();
        nudgeFromTheOverdueList(wait, http, campaign);
        formPostCarriesItsCsrfToken(wait);
        browser.get(url("/dashboard"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("kpi-phase"), "问题排查"));
        HeadlessChromium.screenshot(browser, "dashboard-1-overview");
        js("document.getElementById('diagram').scrollIntoView()");
        HeadlessChromium.screenshot(browser, "dashboard-2-diagram");

        browser.manage().window().setSize(new Dimension(820, 1180)); // a tablet held upright
        js("window.scrollTo(0, 0)");
        wait.until(d -> (Boolean) js("return document.documentElement.scrollWidth <= window.innerWidth"));
        HeadlessChromium.screenshot(browser, "dashboard-4-tablet");
        browser.manage().window().setSize(new Dimension(1400, 1400));

        browser.findElement(By.cssSelector("#matrix tr[data-unit='ldj'] td[data-phase='SELF_INSPECTION'] a")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "市劳动就业管理局"));
        assertThat(browser.getCurrentUrl()).endsWith("/units/" + campaign.units().get("ldj").getId());
        String unitPage = browser.findElement(By.tagName("body")).getText();
        assertThat(unitPage).contains("自查事项", "问题与整改", "第5项的问题", "第9项的问题", "报告");
        assertThat(unitPage).contains("提交与退回记录", "已提交 → 已审核通过");
        assertThat(unitPage).contains("原因：制度未落实", "长期事项", "长期事项跟踪：进行中", "问责记录", "暂无问责决定。");
        assertThat(browser.findElements(By.cssSelector("#long-term-items tr[data-item]")))
                .extracting(row -> row.getAttribute("data-item")).containsExactly("6", "17", "25", "26");
        HeadlessChromium.screenshot(browser, "dashboard-3-unit");
        recordAccountabilityOnTheUnitPage(wait);

        browser.get(url("/dashboard"));
        wait.until(ExpectedConditions.elementToBeClickable(By.id("export-ledger"))).click();
        Path ledger = wait.until(d -> xlsxIn(downloads));
        try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(ledger))) {
            DataFormatter text = new DataFormatter();
            StringBuilder all = new StringBuilder();
            for (Row row : workbook.getSheetAt(0)) {
                row.forEach(cell -> all.append(text.formatCellValue(cell)).append('|'));
            }
            assertThat(all).contains("第5项的问题", "第9项的问题", "市劳动就业管理局");
        }

        browser.findElement(By.linkText("打印进度通报")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "进度通报"));
        assertThat(browser.findElement(By.cssSelector("#matrix tr[data-unit='ylbx'] td[data-light]")).getText())
                .isEqualTo("已逾期");
        HeadlessChromium.screenshot(browser, "dashboard-5-bulletin");
        PrintOptions a4 = new PrintOptions();
        a4.setPageSize(new PageSize(29.7, 21.0));
        byte[] pdf = Base64.getDecoder().decode(((PrintsPage) browser).print(a4).getContent());
        Files.write(HeadlessChromium.SCREENSHOTS.resolve("dashboard-bulletin.pdf"), pdf);
        String raw = new String(pdf, StandardCharsets.ISO_8859_1);
        assertThat(raw).startsWith("%PDF");
        assertThat(Pattern.compile("/Type\\s*/Page[^s]").matcher(raw).results().count())
                .as("the overdue list and ranking start a page of their own").isGreaterThanOrEqualTo(2);

        theAuditTrailReadsInChinese();
        cockpitNamesTheUnits();
        assertThat(http.get(ConstructedCampaign.OFFICE, "/favicon.ico").status()).as("our favicon").isEqualTo(200);
        assertThat(http.get(ConstructedCampaign.OFFICE, "/favicon.ico").header("Content-Type")).startsWith("image/");
        pagesFitAPhoneATabletAndALaptop(campaign, wait, true);
        browser.manage().deleteAllCookies();
        HeadlessChromium.logIn(browser, url(""), "ldj-staff-d", PASSWORD);
        aUnitsStaffSeesOnlyWhereHeMayGo(campaign);
        pagesFitAPhoneATabletAndALaptop(campaign, wait, false);
    }

    /** The audit page: people by name, fields, states and tasks in Chinese, the unit's name on one or two lines. */
    private void theAuditTrailReadsInChinese() {
        browser.get(url("/audit?unit=ldj"));
        WebElement table = new WebDriverWait(browser, Duration.ofSeconds(30))
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("audit")));
        String text = table.getText();
        assertThat(text).contains("状态", "已提交待审核", "已审核通过", "自查事项", "市劳动就业管理局")
                .doesNotContain("SUBMITTED", "APPROVED", "PENDING", "campaign_unit_id", "review_comment", "started_at");
        for (WebElement unit : table.findElements(By.cssSelector("td.unit-name"))) {
            assertThat(unit.getSize().getWidth()).as("the unit column holds 8 characters a line, not one")
                    .isGreaterThanOrEqualTo(8 * Integer.parseInt(unit.getCssValue("font-size").replace("px", "")));
        }
    }

    /** Cockpit lists the units' process instances with the unit's name beside the business key (our entity id). */
    private void cockpitNamesTheUnits() throws IOException {
        browser.get(url("/camunda/app/cockpit/default/#/processes"));
        WebDriverWait slow = new WebDriverWait(browser, Duration.ofSeconds(90));
        slow.until(ExpectedConditions.elementToBeClickable(By.xpath("//a[normalize-space()='责任单位专项工作']"))).click();
        slow.until(d -> d.findElements(By.cssSelector("td.business-key .fr-unit")).size() >= 4);
        List<String> names = browser.findElements(By.cssSelector("td.business-key .fr-unit")).stream()
                .map(WebElement::getText).toList();
        assertThat(names).contains("市劳动就业管理局", "市养老保险管理中心", "市工伤保险管理机构", "贵池区人力资源和社会保障局");
        for (WebElement key : browser.findElements(By.cssSelector("td.business-key"))) {
            assertThat(key.getText()).as("the business key stays the unit's id").matches("\\d+\\s+\\S+");
        }
        HeadlessChromium.screenshot(browser, "cockpit-unit-names");
    }

    /** A unit's staff: a top bar without the office's pages, 在任务中心办理 only for tasks that are his. */
    private void aUnitsStaffSeesOnlyWhereHeMayGo(ConstructedCampaign campaign) {
        browser.get(url("/units/" + campaign.units().get("ldj").getId()));
        String bar = browser.findElement(By.cssSelector("header.topbar")).getText();
        assertThat(bar).contains("任务列表", "本单位工作", "操作记录", "我的提醒设置")
                .doesNotContain("发件箱", "单位与人员", "进度看板");
        for (WebElement row : browser.findElements(By.cssSelector("main table tr"))) {
            if (row.getText().contains("验证整改") || row.getText().contains("审核")) {
                assertThat(row.getText()).as("the head's task").doesNotContain("在任务中心办理");
            }
        }
    }

    /**
     * Our pages at 390 (a phone), 768 (a tablet held upright), 1024 and 1440 px: nothing scrolls sideways, no
     * table cell narrower than two characters; Tasklist too. Screenshots responsive-<page>-<width>.png.
     */
    private void pagesFitAPhoneATabletAndALaptop(ConstructedCampaign campaign, WebDriverWait wait, boolean office)
            throws IOException {
        Map<String, String> pages = new LinkedHashMap<>();
        long ldj = campaign.units().get("ldj").getId();
        if (office) {
            pages.put("dashboard", "/dashboard");
            pages.put("campaign", "/campaigns/" + campaign.id());
            pages.put("outbox", "/outbox");
            pages.put("units", "/units");
        }
        pages.put("unit", "/units/" + ldj);
        pages.put("audit", "/audit?unit=ldj");
        pages.put("evidence", (String) jdbc.queryForObject("SELECT '/evidence/assessment/' || MIN(id) FROM item_assessment"
                + " WHERE campaign_unit_id = ?", String.class, ldj));
        pages.put("tasklist", "/camunda/app/tasklist/");
        String who = office ? "office" : "staff";
        int[][] sizes = { { 390, 844 }, { 768, 1024 }, { 1024, 768 }, { 1440, 900 } };
        for (int[] size : sizes) {
            HeadlessChromium.viewport(browser, size[0], size[1]);
            for (Map.Entry<String, String> page : pages.entrySet()) {
                browser.get(url(page.getValue()));
                if (page.getKey().equals("dashboard")) {
                    wait.until(d -> !d.findElements(By.cssSelector("#matrix tbody tr")).isEmpty()
                            && !d.findElements(By.cssSelector("#overdue tbody tr")).isEmpty());
                } else if (page.getKey().equals("tasklist")) {
                    wait.until(d -> d.findElements(By.cssSelector(".task-filter .fr-count")).stream()
                            .anyMatch(WebElement::isDisplayed));
                } else {
                    wait.until(ExpectedConditions.visibilityOfElementLocated(By.tagName("h1")));
                }
                assertThat(HeadlessChromium.layoutProblems(browser)).as("%s at %d px (%s)", page.getKey(), size[0], who)
                        .isEmpty();
                HeadlessChromium.screenshot(browser, "responsive-" + who + "-" + page.getKey() + "-" + size[0]);
            }
        }
        ((org.openqa.selenium.chromium.HasCdp) browser).executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    }


    /**
     * The office records a 问责 decision from the unit page's form (约谈 of the unit); the page shows it at
     * once. The page fits a phone's width (390 px), a tablet's and a desktop's without scrolling sideways.
     */
    private void recordAccountabilityOnTheUnitPage(WebDriverWait wait) throws IOException {
        browser.findElement(By.cssSelector("#record-accountability summary")).click();
        js("document.querySelector('#record-accountability input[name=decidedOn]').value = '2099-05-26'");
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.cssSelector("#record-accountability select[name=method]")))
                .selectByVisibleText("约谈");
        browser.findElement(By.cssSelector("#record-accountability input[name=decidedBy]")).sendKeys("领导小组");
        browser.findElement(By.cssSelector("#record-accountability textarea[name=basis]")).sendKeys("第9项问题整改迟缓");
        browser.findElement(By.cssSelector("#record-accountability button[type=submit]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".notice.ok"), "已记录问责决定"));
        WebElement decision = browser.findElement(By.cssSelector("#accountability-decisions tbody tr"));
        assertThat(decision.getText()).contains("2099-05-26", "本单位", "约谈", "第9项问题整改迟缓", "领导小组", "随时（严重问题）");
        for (int width : new int[] { 390, 1024, 1440 }) {
            browser.manage().window().setSize(new Dimension(width, 1000));
            js("document.getElementById('accountability').scrollIntoView()");
            wait.until(d -> (Boolean) js("return document.documentElement.scrollWidth <= window.innerWidth"));
            HeadlessChromium.screenshot(browser, "unit-accountability-" + width);
        }
        browser.manage().window().setSize(new Dimension(1400, 1400));
    }

    /**
     * 催办 from the overdue list: ylbx's mail waits in the outbox (no SMTP here), the Chinese confirmation shows
     * and the row's 最近催办 updates; guichi without any address gets the Chinese message of the 400.
     */
    private void nudgeFromTheOverdueList(WebDriverWait wait, HttpClientForTests http, ConstructedCampaign campaign)
            throws IOException {
        long ylbx = campaign.units().get("ylbx").getId();
        long guichi = campaign.units().get("guichi").getId();
        assertThat(browser.findElement(By.cssSelector("#overdue tr[data-campaign-unit='" + ylbx + "'] td.last-reminder"))
                .getText()).isEqualTo("—");
        browser.findElement(By.cssSelector("#overdue tr[data-campaign-unit='" + ylbx + "'] button.nudge")).click();
        WebElement dialog = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("nudge-dialog")));
        assertThat(dialog.getText()).contains("确认催办", "向“市养老保险管理中心”发出催办？", "催办留言（可选，最多 500 字）");
        assertThat(browser.findElement(By.id("nudge-status")).isDisplayed()).as("nothing sent before the confirmation").isFalse();
        dialog.findElement(By.tagName("textarea")).sendKeys("请于本周内完成工作部署");
        HeadlessChromium.screenshot(browser, "dashboard-7-nudge-dialog");
        dialog.findElement(By.id("nudge-send")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("nudge-status"),
                "已向市养老保险管理中心发出催办（"));
        assertThat(browser.findElement(By.id("nudge-status")).getAttribute("class")).contains("ok");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("#overdue tr[data-campaign-unit='" + ylbx + "'] td.last-reminder"), "催办 05-26 10:00"));
        js("document.getElementById('nudge-status').scrollIntoView()");
        HeadlessChromium.screenshot(browser, "dashboard-6-nudged");
        long queued = 0;
        for (JsonNode row : http.get(ConstructedCampaign.OFFICE, "/api/outbox?state=QUEUED").ok()) {
            if (row.path("kind").asText().equals("NUDGE") && row.path("campaignUnitId").asLong() == ylbx) {
                queued++;
                assertThat(row.path("subject").asText()).contains("催办通知：请市养老保险管理中心抓紧办理专项工作");
            }
        }
        assertThat(queued).as("the 催办 mail waits in the outbox").isPositive();

        assertThat(jdbc.queryForObject("SELECT message FROM nudge WHERE campaign_unit_id = ? ORDER BY id DESC LIMIT 1",
                String.class, ylbx)).as("the message of the 催办").isEqualTo("请于本周内完成工作部署");

        jdbc.update("UPDATE unit SET contact_email = NULL WHERE code = 'guichi'");
        browser.findElement(By.cssSelector("#overdue tr[data-campaign-unit='" + guichi + "'] button.nudge")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("nudge-cancel"))).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("nudge-dialog")));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM nudge WHERE campaign_unit_id = ?", Long.class, guichi))
                .as("cancelled: nothing sent").isZero();
        browser.findElement(By.cssSelector("#overdue tr[data-campaign-unit='" + guichi + "'] button.nudge")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("nudge-send"))).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("nudge-status"), "该单位没有可用的邮箱"));
        assertThat(browser.findElement(By.id("nudge-status")).getAttribute("class")).contains("error");
        assertThat(browser.findElement(By.cssSelector("#overdue tr[data-campaign-unit='" + guichi + "'] td.last-reminder"))
                .getText()).isEqualTo("—");
    }

    /** The background colour of a matrix cell's light. */
    private String light(String unitCode, String phase) {
        return browser.findElement(By.cssSelector("#matrix tr[data-unit='" + unitCode + "'] td[data-phase='" + phase
                + "'] i.light")).getCssValue("background-color").replace("rgba", "rgb").replace(", 1)", ")");
    }

    private String cellText(String unitCode, String phase) {
        return browser.findElement(By.cssSelector("#matrix tr[data-unit='" + unitCode + "'] td[data-phase='" + phase
                + "']")).getText().strip();
    }

    private Object js(String script, Object... args) {
        return ((JavascriptExecutor) browser).executeScript(script, args);
    }

    /**
     * A real form post of the session (我的提醒设置) carries the gate's CSRF token and is saved; the same
     * post without the token, as another site would send it, is refused.
     */
    private void formPostCarriesItsCsrfToken(WebDriverWait wait) {
        browser.get(url("/reminders/settings"));
        wait.until(ExpectedConditions.elementToBeClickable(By.id("digest-toggle"))).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("digest-state"), "停止接收"));
        Object status = ((org.openqa.selenium.JavascriptExecutor) browser).executeAsyncScript(
                "var done = arguments[arguments.length - 1];"
                        + "fetch('/reminders/settings', {method: 'POST', credentials: 'same-origin',"
                        + " headers: {'Content-Type': 'application/x-www-form-urlencoded'}, body: 'digest=true'})"
                        + ".then(function (r) { done(r.status); });");
        assertThat(((Number) status).intValue()).as("the same post without the token").isEqualTo(403);
        wait.until(ExpectedConditions.elementToBeClickable(By.id("digest-toggle"))).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("digest-state"), "接收"));
        assertThat(browser.findElement(By.id("digest-state")).getText()).doesNotContain("停止");
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** A finished .xlsx download in the folder, or null while there is none. */
    private static Path xlsxIn(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".xlsx")).filter(f -> {
                try {
                    return Files.size(f) > 0;
                } catch (IOException e) {
                    return false;
                }
            }).findFirst().orElse(null);
        } catch (IOException e) {
            return null;
        }
    }
}
