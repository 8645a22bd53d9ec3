-- The units' contact addresses shipped with V3 (ldj@fundrisk.example …) were examples: a production
-- database would send reminders to them. They are empty until the office sets the real ones (单位与人员
-- page, PATCH /api/units/{code}); the demo profile fills in its own (identity/UnitGroups).
UPDATE unit SET contact_email = NULL WHERE contact_email LIKE '%@fundrisk.example';
