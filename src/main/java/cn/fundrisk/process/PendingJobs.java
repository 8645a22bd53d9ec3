package cn.fundrisk.process;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ManagementService;
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
    private static final int MAX_FAILURES = 2; // below the engine's 3 retries: a real failure surfaces, not a job silently out of retries

    private final ManagementService managementService;

    public PendingJobs(ManagementService managementService) {
        this.managementService = managementService;
    }

    /** Executes the instance's due message jobs until none is left (jobs may create jobs); returns how many ran. */
    public int runFor(String processInstanceId) {
        int executed = 0;
        Map<String, Integer> failures = new HashMap<>();
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
                } catch (RuntimeException e) {
                    // A job executor (this node's or another's) ran it or is running it: a stale job fails
                    // in many ways (optimistic locking, a moved execution). Gone: fine. Still there after
                    // a few tries: a real failure.
                    if (managementService.createJobQuery().jobId(job.getId()).count() > 0
                            && failures.merge(job.getId(), 1, Integer::sum) >= MAX_FAILURES) {
                        throw e;
                    }
                    pause();
                }
            }
        }
        throw new IllegalStateException("jobs of " + processInstanceId + " keep coming after " + MAX_ROUNDS + " rounds");
    }

    private static void pause() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
