-- The office's receipt (签收) of what units send it: the 总结报告 (after the unit head's approval), the staffing
-- table filing (备案, kind STAFFING_FILING: a copy of 附件2 as filed) and, by the fund-supervision reviewers, each
-- monthly internal-control audit report (item 6). The summary report also keeps the rectification status as it
-- stood when it was submitted. Portable between H2 (2.x) and PostgreSQL.
ALTER TABLE unit_report ADD COLUMN receipt VARCHAR(20);                -- NULL: not yet received; ACCEPTED, RETURNED
ALTER TABLE unit_report ADD COLUMN received_by VARCHAR(64);
ALTER TABLE unit_report ADD COLUMN received_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE unit_report ADD COLUMN receipt_comment VARCHAR(2000);
ALTER TABLE unit_report ADD COLUMN rectification_status VARCHAR(20000); -- SUMMARY: 整改情况 as of submission
ALTER TABLE unit_report ADD COLUMN scope_id VARCHAR(64);               -- MONTHLY_AUDIT: the engine's sub-process instance that handles it
CREATE INDEX ix_report_scope ON unit_report (scope_id);
