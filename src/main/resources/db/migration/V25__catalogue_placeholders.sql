-- Placeholders honest end to end (issue 14, point 6).
-- 1. Item 7 lost its task text in the source: it is a placeholder like items 27 and 29. What survived of it
--    (requirement, time limit, scope, responsible units and so who it applies to) is named in kept_from_source:
--    the office's completion may not change those.
-- 2. A placeholder is resolved when the office completes it or marks it 不计分 with a reason; a campaign
--    cannot start while one is unresolved (checklist/Catalogue.requireResolved).
-- 3. 实施范围 of items 26, 28 and 30 is not given by the source: their rows lost one of the two columns
--    实施范围/责任单位; the surviving text is kept as 责任单位 and the scope is NULL (shown as 原文未给出).
--    The same holds for the wholly lost items 27 and 29.
-- 4. The campaign snapshot carries scope, responsible units and the 不计分 decision, so forms and exports of a
--    campaign read everything from it.
-- Portable between H2 (2.x) and PostgreSQL.

ALTER TABLE catalogue_item ADD COLUMN kept_from_source VARCHAR(200);
ALTER TABLE catalogue_item ADD COLUMN not_scored_reason VARCHAR(500);
ALTER TABLE catalogue_item ADD COLUMN not_scored_by VARCHAR(64);
ALTER TABLE catalogue_item ADD COLUMN not_scored_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE catalogue_item ALTER COLUMN scope DROP NOT NULL;

-- item 7, unless the office already supplied its task text
UPDATE catalogue_item SET placeholder = TRUE,
    kept_from_source = 'requirement,deadline,scope,responsible,applicability'
 WHERE item_no = 7 AND updated_at IS NULL;

UPDATE catalogue_item SET scope = NULL WHERE item_no IN (27, 29) AND placeholder = TRUE;

UPDATE catalogue_item SET scope = NULL,
    source_note = '来源中类别五至七的表格列错位且少一列：各栏内容依次后移一列，已归位。该行实施范围、责任单位两栏只存其一（“市人社局,市本级各经办机构,各县区人社局”），录作责任单位；实施范围原文未给出。'
 WHERE item_no IN (26, 30);

UPDATE catalogue_item SET scope = NULL,
    source_note = '来源中类别五至七的表格列错位且少一列：各栏内容依次后移一列，已归位。该行实施范围、责任单位两栏只存其一（“各县区人社局”），录作责任单位；实施范围原文未给出。'
 WHERE item_no = 28;

ALTER TABLE campaign_item ADD COLUMN scope VARCHAR(200);
ALTER TABLE campaign_item ADD COLUMN responsible_text VARCHAR(200);
ALTER TABLE campaign_item ADD COLUMN not_scored_reason VARCHAR(500);

UPDATE campaign_item SET
    scope = (SELECT c.scope FROM catalogue_item c WHERE c.item_no = campaign_item.item_no),
    responsible_text = (SELECT c.responsible_text FROM catalogue_item c WHERE c.item_no = campaign_item.item_no);
