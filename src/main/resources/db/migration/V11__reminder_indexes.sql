-- Indexes for the dashboard's overdue list (cn.fundrisk.dashboard.OverdueQueries) and the unit page's
-- 催办与督办记录: the latest 催办, escalation e-mail and 督办 of a unit (and phase). Portable between H2 and PostgreSQL.
CREATE INDEX ix_nudge_unit_at ON nudge (campaign_unit_id, nudged_at);
CREATE INDEX ix_outbox_unit_kind ON outbox_message (campaign_unit_id, kind, created_at);
CREATE INDEX ix_supervision_unit_phase ON overdue_supervision (campaign_unit_id, phase, supervised_at);
