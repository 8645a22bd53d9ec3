package cn.fundrisk.dashboard;

import java.time.Instant;
import java.time.OffsetDateTime;

import cn.fundrisk.campaign.CampaignView;
import cn.fundrisk.campaign.Campaigns;
import cn.fundrisk.identity.AccessDeniedException;
import cn.fundrisk.identity.CurrentUser;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The scope of a dashboard request: 404 for an unknown campaign, 403 for a user who is neither
 * campaign-wide nor in a unit, and for a unit's user whose unit does not take part in the campaign.
 */
@Component
public class DashboardScopes {

    static final String NO_CAMPAIGN_ACCESS = "无权查看该专项工作：本单位未参加";

    private final Campaigns campaigns;
    private final NamedParameterJdbcTemplate jdbc;

    public DashboardScopes(Campaigns campaigns, NamedParameterJdbcTemplate jdbc) {
        this.campaigns = campaigns;
        this.jdbc = jdbc;
    }

    public Scope of(long campaignId, Instant now, CurrentUser user) {
        Scope scope = Scope.of(campaignId, now, user);
        campaigns.findById(campaignId).orElseThrow();
        if (!scope.allUnits() && UnitPage.count(jdbc, scope) == 0) {
            throw new AccessDeniedException(NO_CAMPAIGN_ACCESS);
        }
        return scope;
    }

    static OffsetDateTime computedAt(Scope scope) {
        return CampaignView.local(scope.now());
    }
}
