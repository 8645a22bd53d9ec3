package cn.fundrisk.process;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.runtime.ProcessInstance;

/**
 * Which record a process instance is about, from its business key, which the engine fixes when the
 * instance starts and no client can change: a campaign instance's key is {@code campaign.id}, a unit's
 * (and its overdue escalations') is {@code campaign_unit.id}; an escalation of the campaign's own work
 * (work plan, results) carries the campaign's. Listeners, delegates and the models'
 * expressions find their unit and campaign here, never in a variable (docs/security.md).
 */
public final class BusinessKeys {

    private BusinessKeys() {
    }

    /** The campaign unit of a unit process or an escalation of it. */
    public static Long campaignUnitId(DelegateExecution execution) {
        if (escalatesCampaignStep(execution)) {
            throw new IllegalStateException("an escalation of the campaign's own work has no campaign unit");
        }
        return required(execution.getProcessBusinessKey(), execution.getProcessDefinitionId());
    }

    /** An escalation called by the campaign process (work plan, results): its business key is the campaign's. */
    private static boolean escalatesCampaignStep(DelegateExecution execution) {
        String definition = execution.getProcessDefinitionId();
        if (definition == null || !definition.startsWith(OverdueEscalationProcess.KEY + ":")) {
            return false;
        }
        DelegateExecution caller = execution.getProcessInstance().getSuperExecution();
        return caller != null && caller.getProcessDefinitionId().startsWith(CampaignProcess.KEY + ":");
    }

    public static Long campaignUnitId(DelegateTask task) {
        return campaignUnitId(task.getExecution());
    }

    /** The campaign of a campaign process instance. */
    public static Long campaignId(DelegateExecution execution) {
        String definition = execution.getProcessDefinitionId();
        if (definition == null || !definition.startsWith(CampaignProcess.KEY + ":")) {
            throw new IllegalStateException("not a campaign process: " + definition);
        }
        return Long.valueOf(execution.getProcessBusinessKey());
    }

    public static Long campaignId(DelegateTask task) {
        return campaignId(task.getExecution());
    }

    /** The campaign unit of a process instance (asked as whoever calls); null when it has none or is gone. */
    public static Long campaignUnitIdOfInstance(RuntimeService runtimeService, String processInstanceId) {
        ProcessInstance instance = processInstanceId == null ? null
                : runtimeService.createProcessInstanceQuery().processInstanceId(processInstanceId).singleResult();
        if (instance == null) {
            return null;
        }
        if (instance.getProcessDefinitionId().startsWith(OverdueEscalationProcess.KEY + ":")) {
            ProcessInstance caller = runtimeService.createProcessInstanceQuery()
                    .subProcessInstanceId(processInstanceId).singleResult();
            if (caller != null && caller.getProcessDefinitionId().startsWith(CampaignProcess.KEY + ":")) {
                return null; // the campaign's own work (work plan, results): no unit
            }
        }
        return campaignUnitId(instance.getBusinessKey(), instance.getProcessDefinitionId());
    }

    /** The campaign unit of an instance of the unit, follow-up or escalation process; null for other processes. */
    public static Long campaignUnitId(String businessKey, String processDefinitionId) {
        if (businessKey == null || processDefinitionId == null || !isUnitProcess(processDefinitionId)) {
            return null;
        }
        try {
            return Long.valueOf(businessKey);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Long required(String businessKey, String processDefinitionId) {
        Long id = campaignUnitId(businessKey, processDefinitionId);
        if (id == null) {
            throw new IllegalStateException("no campaign unit for " + processDefinitionId + " with key " + businessKey);
        }
        return id;
    }

    private static boolean isUnitProcess(String processDefinitionId) {
        return processDefinitionId.startsWith(UnitCampaignProcess.KEY + ":")
                || processDefinitionId.startsWith(OverdueEscalationProcess.KEY + ":")
                || processDefinitionId.startsWith(UnitFollowUpProcess.KEY + ":");
    }
}
