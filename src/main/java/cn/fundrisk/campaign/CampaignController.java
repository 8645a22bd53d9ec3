package cn.fundrisk.campaign;

import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.fundrisk.identity.CurrentUser;
import cn.fundrisk.process.CampaignProcess;
import cn.fundrisk.process.InputRejectedException;
import cn.fundrisk.process.JsonFormValues;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Campaigns over REST: the office starts one (campaignProcess checks and registers it), everyone
 * reads what they may see of it.
 */
@RestController
@RequestMapping("/api")
public class CampaignController {

    private final RuntimeService runtimeService;
    private final HistoryService historyService;
    private final CampaignQueries queries;

    public CampaignController(RuntimeService runtimeService, HistoryService historyService, CampaignQueries queries) {
        this.runtimeService = runtimeService;
        this.historyService = historyService;
        this.queries = queries;
    }

    /** Deadlines as ISO dates or date-times; any left out follow the plan. */
    public record Deadlines(String deployment, String selfInspection, String rectification, String summary,
            String countyInspection, String evaluation) {

        String of(Phase phase) {
            return switch (phase) {
                case DEPLOYMENT -> deployment;
                case SELF_INSPECTION -> selfInspection;
                case RECTIFICATION -> rectification;
                case SUMMARY -> summary;
                case COUNTY_INSPECTION -> countyInspection;
                case EVALUATION -> evaluation;
            };
        }
    }

    /** The office's request; the process's first task checks it and answers bad input with 400. */
    public record StartCampaign(String name, Object year, List<String> unitCodes, Deadlines deadlines,
            String monthlyAuditInterval) {
    }

    @PostMapping("/campaigns")
    @Transactional
    public ResponseEntity<CampaignView.Detail> start(@RequestBody(required = false) StartCampaign body) {
        CurrentUser user = CurrentUser.get();
        user.requireOffice("只有领导小组办公室可以启动专项工作");
        ProcessInstance instance = runtimeService.startProcessInstanceByKey(CampaignProcess.KEY,
                variables(body == null ? new StartCampaign(null, null, null, null, null) : body));
        Long campaignId = campaignIdOf(instance);
        CampaignView.Detail detail = queries.detail(campaignId, user);
        return ResponseEntity.created(URI.create("/api/campaigns/" + campaignId)).body(detail);
    }

    @GetMapping("/campaigns")
    @Transactional(readOnly = true)
    public List<CampaignView.Summary> list() {
        return queries.list(CurrentUser.get());
    }

    @GetMapping("/campaigns/{id}")
    @Transactional(readOnly = true)
    public CampaignView.Detail detail(@PathVariable Long id) {
        return queries.detail(id, CurrentUser.get());
    }

    @GetMapping("/campaign-units/{id}")
    @Transactional(readOnly = true)
    public UnitView.Detail unit(@PathVariable Long id) {
        return queries.unit(id, CurrentUser.get());
    }

    /** Longest value of a string variable (the engine's TEXT_ columns). */
    static final int MAX_STRING_VARIABLE = 4000;

    static Map<String, Object> variables(StartCampaign body) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(CampaignProcess.VAR_CAMPAIGN_NAME, body.name());
        Object year = body.year();
        variables.put(CampaignProcess.VAR_CAMPAIGN_YEAR,
                year == null || year instanceof Number || year instanceof String ? year : year.toString());
        if (body.unitCodes() != null && body.unitCodes().isEmpty()) {
            // absent means all default units; an explicitly empty list is a mistake
            throw new InputRejectedException(CampaignRequest.NO_UNITS);
        }
        if (body.unitCodes() != null) {
            List<String> codes = body.unitCodes().stream().map(code -> code == null ? "" : code.strip()).toList();
            String joined = String.join(",", codes);
            // a province's or the country's unit list is longer than a string variable may be
            variables.put(CampaignProcess.VAR_UNIT_CODES,
                    joined.length() <= MAX_STRING_VARIABLE ? joined : JsonFormValues.jsonTexts(codes));
        }
        if (body.deadlines() != null) {
            for (Phase phase : Phase.values()) {
                String deadline = body.deadlines().of(phase);
                if (deadline != null && !deadline.isBlank()) {
                    variables.put(phase.deadlineVariable(), deadline.strip());
                }
            }
        }
        if (body.monthlyAuditInterval() != null && !body.monthlyAuditInterval().isBlank()) {
            variables.put(CampaignProcess.VAR_MONTHLY_AUDIT_INTERVAL, body.monthlyAuditInterval().strip());
        }
        return variables;
    }

    /** Set by the register task; from history if the instance has already ended. */
    private Long campaignIdOf(ProcessInstance instance) {
        Object value;
        if (instance.isEnded()) {
            HistoricVariableInstance variable = historyService.createHistoricVariableInstanceQuery()
                    .processInstanceId(instance.getId()).variableName(CampaignProcess.VAR_CAMPAIGN_ID).singleResult();
            value = variable == null ? null : variable.getValue();
        } else {
            value = runtimeService.getVariable(instance.getId(), CampaignProcess.VAR_CAMPAIGN_ID);
        }
        if (value == null) {
            throw new IllegalStateException("campaignProcess did not register a campaign");
        }
        return value instanceof Number number ? number.longValue() : Long.valueOf(value.toString());
    }
}
