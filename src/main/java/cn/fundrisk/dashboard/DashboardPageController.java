package cn.fundrisk.dashboard;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.List;

import cn.fundrisk.accountability.AccountabilityQueries;
import cn.fundrisk.campaign.Campaign;
import cn.fundrisk.campaign.CampaignQueries;
import cn.fundrisk.campaign.CampaignView;
import cn.fundrisk.campaign.Campaigns;
import cn.fundrisk.campaign.Phase;
import cn.fundrisk.identity.AccessDeniedException;
import cn.fundrisk.identity.CurrentUser;
import cn.fundrisk.process.Clock;
import cn.fundrisk.process.InputRejectedException;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The dashboard page (/dashboard, its figures fetched from the JSON API and refreshed every
 * minute) and the printable progress bulletin (通报) of a campaign for a chosen day. A unit's users
 * are sent to their own unit's page; users of no unit and no campaign-wide group get 403.
 */
@Controller
public class DashboardPageController {

    static final String BAD_DATE = "日期格式不正确，应为 YYYY-MM-DD";
    static final int BULLETIN_OVERDUE_ROWS = 200;

    private final CampaignQueries campaignQueries;
    private final Campaigns campaigns;
    private final DashboardScopes scopes;
    private final ProgressQueries progress;
    private final OverdueQueries overdue;
    private final ScoreQueries scores;
    private final ItemQueries items;
    private final NamedParameterJdbcTemplate jdbc;
    private final AccountabilityQueries accountability;

    public DashboardPageController(CampaignQueries campaignQueries, Campaigns campaigns, DashboardScopes scopes,
            ProgressQueries progress, OverdueQueries overdue, ScoreQueries scores, ItemQueries items,
            NamedParameterJdbcTemplate jdbc, AccountabilityQueries accountability) {
        this.accountability = accountability;
        this.campaignQueries = campaignQueries;
        this.campaigns = campaigns;
        this.scopes = scopes;
        this.progress = progress;
        this.overdue = overdue;
        this.scores = scores;
        this.items = items;
        this.jdbc = jdbc;
    }

    @GetMapping("/dashboard")
    @Transactional(readOnly = true)
    public String dashboard(@RequestParam(required = false) Long campaign, Model model) {
        CurrentUser user = CurrentUser.get();
        if (!user.seesAllUnits()) {
            if (user.unitCodes().isEmpty()) {
                throw new AccessDeniedException(Scope.NO_DASHBOARD_ACCESS);
            }
            Long own = ownUnit(user.unitCodes(), campaign);
            if (own != null) {
                return "redirect:/units/" + own;
            }
        }
        List<CampaignView.Summary> list = user.seesAllUnits() ? campaignQueries.list(user) : List.of();
        CampaignView.Summary selected = list.stream().filter(c -> c.id().equals(campaign)).findFirst()
                .orElse(list.isEmpty() ? null : list.get(0));
        model.addAttribute("campaigns", list);
        model.addAttribute("selected", selected);
        model.addAttribute("canNudge", user.isOffice());
        model.addAttribute("today", LocalDate.ofInstant(Clock.now(), Clock.ZONE));
        return "dashboard";
    }

    @GetMapping("/campaigns/{id}/bulletin")
    @Transactional(readOnly = true)
    public String bulletin(@PathVariable long id, @RequestParam(required = false) String date, Model model) {
        LocalDate day;
        try {
            day = date == null || date.isBlank() ? LocalDate.ofInstant(Clock.now(), Clock.ZONE) : LocalDate.parse(date);
        } catch (DateTimeParseException e) {
            throw new InputRejectedException(BAD_DATE);
        }
        Instant endOfDay = day.atTime(LocalTime.of(23, 59, 59)).atZone(Clock.ZONE).toInstant();
        Instant asOf = endOfDay.isAfter(Clock.now()) ? Clock.now() : endOfDay;
        Campaign campaign = campaigns.findById(id).orElseThrow();
        Scope scope = scopes.of(id, asOf, CurrentUser.get());
        long unitCount = UnitPage.count(jdbc, scope);
        model.addAttribute("day", day);
        model.addAttribute("header", progress.header(campaign, scope));
        model.addAttribute("phases", Phase.values());
        model.addAttribute("phaseCounts", progress.phaseCounts(campaign, scope));
        model.addAttribute("matrix", progress.matrix(scope, 0, (int) Math.max(1, unitCount)));
        model.addAttribute("overdue", overdue.page(scope, 0, BULLETIN_OVERDUE_ROWS));
        model.addAttribute("problems", items.problems(scope));
        model.addAttribute("scores", scores.scores(scope));
        model.addAttribute("accountability", accountability.ofCampaign(id, scope.unitCodes(), asOf));
        return "bulletin";
    }

    /** The unit page of the user's unit: in the given campaign, or in the newest one the unit takes part in. */
    private Long ownUnit(List<String> codes, Long campaign) {
        MapSqlParameterSource params = new MapSqlParameterSource("codes", codes).addValue("campaign", campaign);
        List<Long> ids = jdbc.queryForList("SELECT cu.id FROM campaign_unit cu JOIN unit u ON u.id = cu.unit_id"
                + " JOIN campaign c ON c.id = cu.campaign_id WHERE u.code IN (:codes)"
                + (campaign == null ? "" : " AND c.id = :campaign")
                + " ORDER BY c.created_at DESC, cu.id LIMIT 1", params, Long.class);
        return ids.isEmpty() ? null : ids.get(0);
    }
}
