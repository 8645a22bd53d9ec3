package cn.fundrisk.dashboard;

import java.util.List;
import java.util.Map;

import cn.fundrisk.campaign.Campaign;
import cn.fundrisk.campaign.Campaigns;
import cn.fundrisk.identity.CurrentUser;
import cn.fundrisk.process.Clock;
import cn.fundrisk.process.InputRejectedException;
import cn.fundrisk.process.UnitCampaignProcess;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The JSON behind every figure of the dashboard, computed at the moment of the request
 * ({@code computedAt}). Office, leaders and inspectors see every unit; a unit's users their own
 * unit's rows only; anyone else 403. Lists of units are paged ({@code page} from 0, {@code size} up to 200).
 */
@RestController
@RequestMapping("/api/campaigns/{id}")
@Transactional(readOnly = true)
public class DashboardController {

    static final String BAD_PAGE = "页码须为不小于 0 的整数，每页条数须在 1 到 200 之间";

    private final Campaigns campaigns;
    private final DashboardScopes scopes;
    private final ProgressQueries progress;
    private final ItemQueries items;
    private final OverdueQueries overdue;
    private final ScoreQueries scores;
    private final StepQueries steps;
    private final ProcessDiagram diagram;

    public DashboardController(Campaigns campaigns, DashboardScopes scopes, ProgressQueries progress,
            ItemQueries items, OverdueQueries overdue, ScoreQueries scores, StepQueries steps, ProcessDiagram diagram) {
        this.campaigns = campaigns;
        this.scopes = scopes;
        this.progress = progress;
        this.items = items;
        this.overdue = overdue;
        this.scores = scores;
        this.steps = steps;
        this.diagram = diagram;
    }

    public record Progress(ProgressQueries.Header header, List<ProgressQueries.PhaseCounts> phases,
            ProgressQueries.Matrix matrix, Object computedAt) {
    }

    public record StepView(String activityId, String name, long units) {
    }

    @GetMapping("/progress")
    public Progress progress(@PathVariable long id, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        checkPage(page, size);
        Campaign campaign = campaigns.findById(id).orElseThrow();
        Scope scope = scopes.of(id, Clock.now(), CurrentUser.get());
        ProgressQueries.Header header = progress.header(campaign, scope);
        return new Progress(header, progress.phaseCounts(campaign, scope), progress.matrix(scope, page, size),
                header.computedAt());
    }

    @GetMapping("/heatmap")
    public Map<String, Object> heatmap(@PathVariable long id, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        checkPage(page, size);
        Scope scope = scopes.of(id, Clock.now(), CurrentUser.get());
        return Map.of("heatmap", items.heatmap(scope, page, size), "computedAt", DashboardScopes.computedAt(scope));
    }

    @GetMapping("/problems")
    public Map<String, Object> problems(@PathVariable long id) {
        Scope scope = scopes.of(id, Clock.now(), CurrentUser.get());
        return Map.of("problems", items.problems(scope), "computedAt", DashboardScopes.computedAt(scope));
    }

    @GetMapping("/overdue")
    public Map<String, Object> overdue(@PathVariable long id, @RequestParam(defaultValue = "0") int page) {
        checkPage(page, OverdueQueries.PAGE_SIZE);
        Scope scope = scopes.of(id, Clock.now(), CurrentUser.get());
        return Map.of("overdue", overdue.page(scope, page), "computedAt", DashboardScopes.computedAt(scope));
    }

    @GetMapping("/scores")
    public Map<String, Object> scores(@PathVariable long id) {
        Scope scope = scopes.of(id, Clock.now(), CurrentUser.get());
        return Map.of("scores", scores.scores(scope), "computedAt", DashboardScopes.computedAt(scope));
    }

    @GetMapping("/steps")
    public Map<String, Object> steps(@PathVariable long id) {
        Scope scope = scopes.of(id, Clock.now(), CurrentUser.get());
        BpmnModelInstance model = diagram.model(UnitCampaignProcess.KEY);
        List<StepView> views = steps.steps(scope).stream()
                .map(s -> new StepView(s.activityId(), ProcessDiagram.name(model, s.activityId()), s.units())).toList();
        return Map.of("steps", views, "processKey", UnitCampaignProcess.KEY,
                "diagramUrl", "/api/campaigns/" + id + "/steps.svg", "computedAt", DashboardScopes.computedAt(scope));
    }

    /** The unit process drawn as SVG with the number of units at each step. */
    @GetMapping("/steps.svg")
    public ResponseEntity<String> stepsDiagram(@PathVariable long id) {
        Scope scope = scopes.of(id, Clock.now(), CurrentUser.get());
        return ResponseEntity.ok().contentType(MediaType.valueOf("image/svg+xml;charset=UTF-8"))
                .body(diagram.svg(UnitCampaignProcess.KEY, steps.counts(scope)));
    }

    static void checkPage(int page, int size) {
        if (page < 0 || size < 1 || size > UnitPage.MAX_SIZE) {
            throw new InputRejectedException(BAD_PAGE);
        }
    }
}
