package cn.fundrisk.process;

import java.util.List;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.runtime.Job;
import org.springframework.stereotype.Component;

/**
 * Runs a process instance's due asynchronous continuations now, in the caller's thread: each unit's
 * start (CallActivity_UnitCampaigns) and what follows an item's self-inspection
 * (Task_SelfInspectItem) are jobs, which the job executor runs in production. The demo campaign,
 * and tests that run without a job executor, call this instead of waiting. Timers are left alone.
 */
@Component
public class PendingJobs {

    private static final int MAX_ROUNDS = 10_000;

    private final ManagementService managementService;

    public PendingJobs(ManagementService managementService) {
        this.managementService = managementService;
    }

    /** Executes the instance's due message jobs until none is left (jobs may create jobs); returns how many ran. */
    public int runFor(String processInstanceId) {
        int executed = 0;
        for (int round = 0; round < MAX_ROUNDS; round++) {
            List<Job> jobs = managementService.createJobQuery().processInstanceId(processInstanceId).messages()
                    .executable().list();
            if (jobs.isEmpty()) {
                return executed;
            }
            for (Job job : jobs) {
                try {
                    managementService.executeJob(job.getId());
                    executed++;
                } catch (OptimisticLockingException e) {
                    // the job executor ran it, or a concurrent change won: the next round sees what is left
                } catch (ProcessEngineException e) {
                    if (managementService.createJobQuery().jobId(job.getId()).count() > 0) {
                        throw e;
                    }
                }
            }
        }
        throw new IllegalStateException("jobs of " + processInstanceId + " keep coming after " + MAX_ROUNDS + " rounds");
    }
}
