-- Which record a task works on, bound when the task is created (process/TaskSubjects): the server's
-- word, where a task or process variable would be the client's. One row per open task that works on
-- an item's assessment, a problem or a monthly report; removed when the task is completed.
CREATE TABLE task_subject (
    task_id           VARCHAR(64)  PRIMARY KEY,  -- ACT_RU_TASK.ID_
    campaign_unit_id  BIGINT       NOT NULL,     -- from the process instance's business key
    kind              VARCHAR(20)  NOT NULL,     -- ASSESSMENT, PROBLEM, REPORT
    subject_id        BIGINT       NOT NULL,     -- item_assessment.id, problem.id, unit_report.id
    bound_at          TIMESTAMP WITH TIME ZONE NOT NULL
);
