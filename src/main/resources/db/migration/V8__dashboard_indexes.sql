-- Indexes for the dashboard's query layer (cn.fundrisk.dashboard), portable between H2 and PostgreSQL.
-- Units per BPMN step join Camunda's ACT_RU_TASK to campaign_unit by process instance.
CREATE INDEX ix_campaign_unit_process ON campaign_unit (process_instance_id);
-- The overdue list and the bulletin look for open phases and problems past a date within a campaign's units.
CREATE INDEX ix_unit_phase_deadline ON unit_phase (campaign_unit_id, deadline);
CREATE INDEX ix_problem_unit_due ON problem (campaign_unit_id, due_at);
