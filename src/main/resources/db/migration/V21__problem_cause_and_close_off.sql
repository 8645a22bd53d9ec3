-- 问题整改台账: the notice asks units to analyse the cause of each problem (四（二）认真分析原因) and the office to
-- close a problem off (销号) only after verifying it. Columns are nullable: rows written before this version have
-- none of them; the forms require 原因分析 and 风险等级 from now on. Portable between H2 (2.x) and PostgreSQL.
ALTER TABLE problem ADD COLUMN cause VARCHAR(5000);               -- 原因分析
ALTER TABLE problem ADD COLUMN risk_level VARCHAR(10);            -- 风险等级: HIGH, MEDIUM, LOW (高/中/低)
ALTER TABLE problem ADD COLUMN responsible_leader VARCHAR(100);   -- 责任领导
ALTER TABLE problem ADD COLUMN completed_on DATE;                 -- 实际完成时间, as the unit reports it
ALTER TABLE problem ADD COLUMN closed_off_by VARCHAR(64);         -- 销号: the office, after the unit head verified
ALTER TABLE problem ADD COLUMN closed_off_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE problem ADD COLUMN close_off_comment VARCHAR(2000);   -- 销号意见, or why the office returned it
ALTER TABLE problem ADD COLUMN handed_over_at TIMESTAMP WITH TIME ZONE; -- moved to the unit's long-term follow-up (长期整改)
