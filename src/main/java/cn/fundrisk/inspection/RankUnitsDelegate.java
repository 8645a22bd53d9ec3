package cn.fundrisk.inspection;


import cn.fundrisk.process.BusinessKeys;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_RankUnits: the final ranking, by score rate within each group of like units (see {@link Rankings}).
 */
@Component("rankUnitsDelegate")
public class RankUnitsDelegate implements JavaDelegate {

    private final Rankings rankings;

    public RankUnitsDelegate(Rankings rankings) {
        this.rankings = rankings;
    }

    @Override
    public void execute(DelegateExecution execution) {
        rankings.refresh(BusinessKeys.campaignId(execution));
    }
}
