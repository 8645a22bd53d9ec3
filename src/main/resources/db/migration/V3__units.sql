-- Reference data: the responsible units (责任单位) named in 池人社秘〔2019〕158号.
-- The leading-group office can edit this list; default_participant marks units that take part in a new campaign.
INSERT INTO unit (code, name, kind, default_participant, contact_email, sort_order, active) VALUES ('bureau', '池州市人力资源和社会保障局', 'BUREAU', FALSE, 'bureau@fundrisk.example', 0, TRUE);
INSERT INTO unit (code, name, kind, default_participant, contact_email, sort_order, active) VALUES ('ldj', '市劳动就业管理局', 'AGENCY', TRUE, 'ldj@fundrisk.example', 10, TRUE);
INSERT INTO unit (code, name, kind, default_participant, contact_email, sort_order, active) VALUES ('ylbx', '市养老保险管理中心', 'AGENCY', TRUE, 'ylbx@fundrisk.example', 20, TRUE);
INSERT INTO unit (code, name, kind, default_participant, contact_email, sort_order, active) VALUES ('gsbx', '市工伤保险管理机构', 'AGENCY', TRUE, 'gsbx@fundrisk.example', 30, TRUE);
INSERT INTO unit (code, name, kind, default_participant, contact_email, sort_order, active) VALUES ('jjzj', '市社会保险基金征缴中心', 'AGENCY', TRUE, 'jjzj@fundrisk.example', 40, TRUE);
INSERT INTO unit (code, name, kind, default_participant, contact_email, sort_order, active) VALUES ('xxzx', '市人力资源和社会保障信息中心', 'INFO_CENTRE', TRUE, 'xxzx@fundrisk.example', 50, TRUE);
INSERT INTO unit (code, name, kind, default_participant, contact_email, sort_order, active) VALUES ('guichi', '贵池区人力资源和社会保障局', 'COUNTY', TRUE, 'guichi@fundrisk.example', 60, TRUE);
INSERT INTO unit (code, name, kind, default_participant, contact_email, sort_order, active) VALUES ('dongzhi', '东至县人力资源和社会保障局', 'COUNTY', TRUE, 'dongzhi@fundrisk.example', 70, TRUE);
INSERT INTO unit (code, name, kind, default_participant, contact_email, sort_order, active) VALUES ('shitai', '石台县人力资源和社会保障局', 'COUNTY', TRUE, 'shitai@fundrisk.example', 80, TRUE);
INSERT INTO unit (code, name, kind, default_participant, contact_email, sort_order, active) VALUES ('qingyang', '青阳县人力资源和社会保障局', 'COUNTY', TRUE, 'qingyang@fundrisk.example', 90, TRUE);
INSERT INTO unit (code, name, kind, default_participant, contact_email, sort_order, active) VALUES ('jiuhuashan', '九华山风景区社会保障局', 'COUNTY', TRUE, 'jiuhuashan@fundrisk.example', 100, TRUE);
