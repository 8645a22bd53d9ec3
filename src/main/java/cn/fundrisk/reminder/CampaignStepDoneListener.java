package cn.fundrisk.reminder;

import cn.fundrisk.process.OverdueEscalationProcess;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * The end of the work plan's or the results' sub-process in campaignProcess: a running escalation of
 * that step (overdueEscalationProcess, business key = the campaign) ends, no more mails, no 督办.
 */
@Component("campaignStepDoneListener")
public class CampaignStepDoneListener implements ExecutionListener {

    @Override
    public void notify(DelegateExecution execution) {
        for (EscalationSubject.Step step : EscalationSubject.Step.values()) {
            if (step.scopeActivityId().equals(execution.getCurrentActivityId())) {
                execution.getProcessEngineServices().getRuntimeService()
                        .createMessageCorrelation(OverdueEscalationProcess.MESSAGE_PHASE_COMPLETED)
                        .processInstanceBusinessKey(execution.getProcessBusinessKey())
                        .processInstanceVariableEquals(OverdueEscalationProcess.VAR_PHASE, step.name())
                        .correlateAllWithResult();
                return;
            }
        }
        throw new IllegalStateException("campaignStepDoneListener is not meant for " + execution.getCurrentActivityId());
    }
}
