-- 市人社局 (bureau) is responsible for items 26, 30 and 31 (附件1): it takes part in a new campaign by default,
-- for the items that apply to it (applies_bureau). The office can still leave it out or switch the default off.
UPDATE unit SET default_participant = TRUE WHERE code = 'bureau';
