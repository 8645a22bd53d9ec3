-- 督办 of the office's own deadlines (the work plan, the results), supervised by the leaders: a
-- supervision names its campaign, and either a unit's phase or one of the campaign's own steps.
ALTER TABLE overdue_supervision ADD COLUMN campaign_id BIGINT REFERENCES campaign (id);
ALTER TABLE overdue_supervision ADD COLUMN step VARCHAR(20);  -- WORK_PLAN, RESULTS; NULL for a unit's phase
ALTER TABLE overdue_supervision ALTER COLUMN campaign_unit_id DROP NOT NULL;
ALTER TABLE overdue_supervision ALTER COLUMN phase DROP NOT NULL;
UPDATE overdue_supervision SET campaign_id = (SELECT cu.campaign_id FROM campaign_unit cu
    WHERE cu.id = overdue_supervision.campaign_unit_id);
CREATE INDEX ix_supervision_campaign_step ON overdue_supervision (campaign_id, step);
