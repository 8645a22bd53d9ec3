-- 附件2 is titled 《部门(科室)人员分工、岗位职责情况表》: each person's 部门(科室) is a column of the table
-- (issue 14, point 9). Two more kinds of rule, still data that staffing/StaffingRules reads:
-- TABLE_COMPLETE: the table is filled in, and every person has 部门(科室) and 岗位职责 (items 3, 5, 14 rely on it);
-- DEDICATED_FORMAL: at least one person holds position_a and is formal staff (专人（正式在编人员）: items 2, 28).
-- Portable between H2 (2.x) and PostgreSQL.

ALTER TABLE staff_member ADD COLUMN department VARCHAR(100);
ALTER TABLE staffing_rule ALTER COLUMN position_a DROP NOT NULL;

INSERT INTO staffing_rule (kind, position_a, position_b, requires_formal, max_years, item_no, description) VALUES ('TABLE_COMPLETE', NULL, NULL, FALSE, NULL, 3, '须填报人员分工表，每人填写部门(科室)和岗位职责，据以核查不相容岗位');
INSERT INTO staffing_rule (kind, position_a, position_b, requires_formal, max_years, item_no, description) VALUES ('TABLE_COMPLETE', NULL, NULL, FALSE, NULL, 5, '须填报人员分工表，每人填写部门(科室)和岗位职责，据以核查高风险岗位');
INSERT INTO staffing_rule (kind, position_a, position_b, requires_formal, max_years, item_no, description) VALUES ('TABLE_COMPLETE', NULL, NULL, FALSE, NULL, 14, '须填报人员分工表，每人填写部门(科室)和岗位职责，据以核查票据与印章兼管');
INSERT INTO staffing_rule (kind, position_a, position_b, requires_formal, max_years, item_no, description) VALUES ('DEDICATED_FORMAL', '稽核', NULL, TRUE, NULL, 2, '须安排专人（正式在编人员）负责单位内部控制稽核工作');
INSERT INTO staffing_rule (kind, position_a, position_b, requires_formal, max_years, item_no, description) VALUES ('DEDICATED_FORMAL', '基金监督', NULL, TRUE, NULL, 28, '县级人社局须有专人（正式在编人员）从事社保基金监管工作');
