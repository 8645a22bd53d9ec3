package cn.fundrisk.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import cn.fundrisk.campaign.CampaignUnit;
import cn.fundrisk.campaign.Phase;
import cn.fundrisk.process.ApiProblem;
import cn.fundrisk.process.Clock;
import cn.fundrisk.support.HttpClientForTests;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** 催办 over HTTP, the outbox's REST and page for the office, the digest opt-out for the user himself. */
class ReminderApiTest extends ReminderTestSupport {

    static final String STAFF = "api-ylbx-staff";
    static final String OFFICE_USER = "api-office";

    @Autowired Recipients recipients;
    @Autowired OverdueSupervisions supervisions;
    HttpClientForTests http;
    CampaignUnit ylbx;

    @BeforeEach
    void campaign() {
        people(STAFF, "unit-ylbx", OFFICE_USER, "office");
        http = new HttpClientForTests(port, PASSWORD);
        if (ylbx == null) {
            ylbx = unit(campaignOf(start(request("催办测试", 2019, "ylbx"))), "ylbx");
        }
    }

    @Test
    void theOfficeNudgesAUnitItsStaffAndContactAddressGetTheMessageOnceAndTheTrailShowsIt() throws Exception {
        JsonNode result = http.post(OFFICE_USER, "/api/campaign-units/" + ylbx.getId() + "/nudge",
                Map.of("message", "请于本周五前完成签收")).ok();
        assertThat(result.path("recipients").asInt()).isEqualTo(2);
        runSenderJob();
        runSenderJob();
        List<MimeMessage> staff = Smtp.to(mail(STAFF));
        assertThat(staff).hasSize(1);
        assertThat(staff.get(0).getSubject()).isEqualTo("【池州市人力资源和社会保障局】催办通知：请市养老保险管理中心抓紧办理专项工作");
        assertThat(Smtp.text(staff.get(0))).contains("办公室留言：请于本周五前完成签收",
                "https://fundrisk.example/units/" + ylbx.getId(), "https://fundrisk.example/camunda/app/tasklist/");
        assertThat(Smtp.to("ylbx@fundrisk.example")).hasSize(1);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_log WHERE entity_type = 'Nudge' AND user_id = ?"
                + " AND action = 'INSERT' AND campaign_unit_id = ? AND new_value LIKE ?", Long.class, OFFICE_USER, ylbx.getId(),
                "%请于本周五前完成签收%"))
                .isEqualTo(1);

        JsonNode sent = http.get(OFFICE_USER, "/api/outbox?state=SENT").ok();
        assertThat(sent).hasSize(2);
        assertThat(sent.get(0).path("kind").asText()).isEqualTo("NUDGE");
        var again = http.post(OFFICE_USER, "/api/outbox/" + sent.get(0).path("id").asLong() + "/retry", null);
        assertThat(again.status()).isEqualTo(400);
        assertThat(again.problem(ApiProblem.INPUT_REJECTED)).contains("已发送，不能重新发送");
    }

    @Test
    void badNudgesAreRefusedInChineseAndLeaveNothingBehind() {
        long nudgesBefore = jdbc.queryForObject("SELECT COUNT(*) FROM nudge", Long.class);
        var tooLong = http.post(OFFICE_USER, "/api/campaign-units/" + ylbx.getId() + "/nudge",
                Map.of("message", "催".repeat(501)));
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.problem(ApiProblem.INPUT_REJECTED)).isEqualTo("催办留言过长：最多 500 个字符，当前 501 个");
        var notOffice = http.post(STAFF, "/api/campaign-units/" + ylbx.getId() + "/nudge", Map.of());
        assertThat(notOffice.status()).isEqualTo(403);
        assertThat(notOffice.problem(ApiProblem.ACCESS_DENIED)).contains("只有领导小组办公室可以催办");
        assertThat(http.post(OFFICE_USER, "/api/campaign-units/999999/nudge", Map.of()).status()).isEqualTo(404);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM nudge", Long.class)).isEqualTo(nudgesBefore);
        assertThat(outbox.newest(null, 10)).isEmpty();
        assertThat(http.get(STAFF, "/api/outbox").status()).isEqualTo(403);
    }

    @Test
    void theOfficeSeesTheOutboxPageAndTheCampaignPageHasTheNudgeButton() {
        http.post(OFFICE_USER, "/api/campaign-units/" + ylbx.getId() + "/nudge", Map.of()).ok();
        String page = http.getPage(OFFICE_USER, "/outbox").raw();
        assertThat(page).contains("发件箱", "催办通知：请市养老保险管理中心抓紧办理专项工作", "待发送", "重新发送");
        assertThat(http.getPage(STAFF, "/outbox").status()).isEqualTo(403);

        String campaign = http.getPage(OFFICE_USER, "/campaigns/" + ylbx.getCampaignId()).raw();
        assertThat(campaign).contains("action=\"/units/" + ylbx.getId() + "/nudge\"", ">催办</button>");
        var posted = http.page(OFFICE_USER, "POST", "/units/" + ylbx.getId() + "/nudge", "message=%E5%8A%A0%E5%BF%AB");
        assertThat(posted.status()).isEqualTo(302);
        assertThat(outbox.newest("QUEUED", 10)).hasSize(4);
    }

    /**
     * camunda-admin reads the outbox but does not resend; a 状态不明 mail (left SENDING by a crash) is
     * queued again only when the office confirms it may arrive twice.
     */
    @Test
    void anAdministratorReadsTheOutboxAndAStatusUnknownMailIsResentOnlyWhenConfirmed() {
        people("api-admin", "camunda-admin");
        outbox.queue(new OutboxMail("UNKNOWN|1", OutboxMail.Kind.NUDGE, "unknown@fundrisk.example", "状态不明的邮件",
                "正文", "<p>正文</p>", ylbx.getId()));
        long id = outbox.newest("QUEUED", 1).get(0).id();
        assertThat(outbox.claim(id, "a-node-that-died", Clock.now())).isTrue();
        setClock(Clock.now().plusSeconds(600));

        assertThat(http.get("api-admin", "/api/outbox?state=SENDING").ok()).hasSize(1);
        String page = http.getPage("api-admin", "/outbox").raw();
        assertThat(page).contains("状态不明的邮件", "状态不明 1 封").doesNotContain("重新发送（可能重复）");
        assertThat(http.post("api-admin", "/api/outbox/" + id + "/retry", null).status()).isEqualTo(403);

        assertThat(http.getPage(OFFICE_USER, "/outbox").raw()).contains("重新发送（可能重复）", "可能已经送达",
                "发件人地址为 noreply@localhost").doesNotContain("邮件中的链接指向");
        var unconfirmed = http.post(OFFICE_USER, "/api/outbox/" + id + "/retry", null);
        assertThat(unconfirmed.status()).isEqualTo(400);
        assertThat(unconfirmed.problem(ApiProblem.INPUT_REJECTED)).contains("状态不明", "可能使收件人收到两封", "mayDuplicate=true");
        assertThat(outbox.find(id).orElseThrow().state()).isEqualTo("SENDING");
        assertThat(http.post(OFFICE_USER, "/api/outbox/" + id + "/retry?mayDuplicate=true", null).ok()
                .path("state").asText()).isEqualTo("QUEUED");
    }

    @Test
    void aUserOptsOutOfTheDigestHimself() {
        assertThat(http.get(STAFF, "/api/reminders/opt-out").ok().path("digestOptedOut").asBoolean()).isFalse();
        assertThat(http.put(STAFF, "/api/reminders/opt-out", null).ok().path("digestOptedOut").asBoolean()).isTrue();
        assertThat(recipients.forDigest("unit-ylbx", recipients.optedOut())).extracting(Recipients.Recipient::email)
                .containsExactly("ylbx@fundrisk.example");
        assertThat(recipients.unitStaff("ylbx")).as("escalations and 催办 still reach him")
                .extracting(Recipients.Recipient::email).contains(mail(STAFF));
        assertThat(http.send(STAFF, "DELETE", "/api/reminders/opt-out", null).ok().path("digestOptedOut").asBoolean())
                .isFalse();
    }

    @Test
    void theUnitPageListsNudgesAndSupervisionsNewestFirstWithTheUnitsMail() {
        String empty = http.getPage(STAFF, "/units/" + ylbx.getId()).raw();
        assertThat(empty).contains("催办与督办记录", "暂无催办与督办记录。");

        int recipients = http.post(OFFICE_USER, "/api/campaign-units/" + ylbx.getId() + "/nudge",
                Map.of("message", "请于本周内完成工作部署")).ok().path("recipients").asInt();
        supervisions.save(new OverdueSupervision(ylbx.getId(), Phase.DEPLOYMENT, OverdueSupervision.Method.PHONE,
                "已电话督促，单位承诺本周完成", LocalDate.of(2019, 6, 10), OFFICE_USER, Clock.now().plusSeconds(3600)));

        var answer = http.getPage(STAFF, "/units/" + ylbx.getId());
        assertThat(answer.status()).isEqualTo(200);
        String html = answer.raw();
        assertThat(html).doesNotContain("暂无催办与督办记录");
        String table = html.substring(html.indexOf("<table id=\"reminders\">"));
        table = table.substring(0, table.indexOf("</table>"));
        assertThat(table).contains("督办（工作部署）", ">电话<", "已电话督促，单位承诺本周完成", ">2019-06-10<",
                ">催办<", "请于本周内完成工作部署", ">" + OFFICE_USER + " 测试<"); // the office by name
        assertThat(table.indexOf("督办（工作部署）")).as("newest first").isLessThan(table.indexOf(">催办<"));
        long mails = jdbc.queryForObject("SELECT COUNT(*) FROM outbox_message WHERE campaign_unit_id = ?", Long.class,
                ylbx.getId());
        assertThat(mails).isGreaterThanOrEqualTo(recipients);
        assertThat(html).contains("本单位相关邮件共 " + mails + " 封，最近一封：",
                " 催办《", "催办通知：请市养老保险管理中心抓紧办理专项工作");
    }

    @Test
    void aUserSwitchesHisDigestOnTheSettingsPage() {
        String page = http.getPage(STAFF, "/reminders/settings").raw();
        assertThat(page).contains("我的提醒设置", "您当前<strong>接收</strong>每日待办提醒", "不再接收每日待办提醒",
                "href=\"/reminders/settings\"");
        var off = http.page(STAFF, "POST", "/reminders/settings", "digest=false");
        assertThat(off.status()).isEqualTo(302);
        assertThat(off.header("Location")).endsWith("/reminders/settings");
        assertThat(http.get(STAFF, "/api/reminders/opt-out").ok().path("digestOptedOut").asBoolean()).isTrue();
        assertThat(http.getPage(STAFF, "/reminders/settings").raw()).contains("停止接收每日待办提醒", "恢复接收每日待办提醒");
        assertThat(recipients.forDigest("unit-ylbx", recipients.optedOut())).extracting(Recipients.Recipient::email)
                .doesNotContain(mail(STAFF));

        assertThat(http.page(STAFF, "POST", "/reminders/settings", "digest=true").status()).isEqualTo(302);
        assertThat(http.get(STAFF, "/api/reminders/opt-out").ok().path("digestOptedOut").asBoolean()).isFalse();
    }
}
