-- Reference data: the 8 categories and 31 items of 附件1
-- 《池州市加强社会保险基金安全管理风险防控工作任务分解及考核表》 (池人社秘〔2019〕158号).
-- Texts are taken from the OCR'd source (shared/seeds/000_8dd4698fa23d1428.txt); only OCR spacing
-- artefacts and line-break splits were removed. Punctuation is kept as the source has it (the OCR
-- of the tables for categories 四 to 八 uses half-width commas). Where the source is damaged or a row was
-- reconstructed, source_note says so. Items 27 and 29 are placeholders (原文缺失) that the
-- leading-group office completes before a campaign starts.
-- Points: 一 28, 二 18, 三 20, 四 20, 五 4, 六 4, 七 2, 八 4 = 100.

INSERT INTO category (category_no, numeral, name, points, high_risk) VALUES (1, '一', '落实制约机制，健全内控体系', 28, TRUE);
INSERT INTO category (category_no, numeral, name, points, high_risk) VALUES (2, '二', '优化经办流程，严格控制流程', 18, TRUE);
INSERT INTO category (category_no, numeral, name, points, high_risk) VALUES (3, '三', '夯实会计基础，加强财务管理', 20, TRUE);
INSERT INTO category (category_no, numeral, name, points, high_risk) VALUES (4, '四', '严格权限提升防控能力', 20, TRUE);
INSERT INTO category (category_no, numeral, name, points, high_risk) VALUES (5, '五', '建立评估制度，完善政策规定', 4, FALSE);
INSERT INTO category (category_no, numeral, name, points, high_risk) VALUES (6, '六', '加大监督力度，严查违规行为', 4, FALSE);
INSERT INTO category (category_no, numeral, name, points, high_risk) VALUES (7, '七', '扎实开展警示教育', 2, FALSE);
INSERT INTO category (category_no, numeral, name, points, high_risk) VALUES (8, '八', '加强组织领导，严格落实', 4, FALSE);

-- 一 落实制约机制，健全内控体系 (28)
INSERT INTO catalogue_item (item_no, category_no, task_text, requirement, deadline_text, deadline_kind, deadline_month, points, scope, responsible_text, applies_agency, applies_county, applies_info_centre, applies_bureau, placeholder, source_note) VALUES
(1, 1,
 '完善社会保险基金管理风险内部控制制度，落实岗位相互监督、业务环节相互制约的机制。',
 '制度齐全，机制健全。',
 '6月底前', 'MONTH_END', 6, 6, '市、县(区)社保经办机构', '市本级各社保经办机构，各县区人社局',
 TRUE, TRUE, FALSE, FALSE, FALSE, NULL);

INSERT INTO catalogue_item (item_no, category_no, task_text, requirement, deadline_text, deadline_kind, deadline_month, points, scope, responsible_text, applies_agency, applies_county, applies_info_centre, applies_bureau, placeholder, source_note) VALUES
(2, 1,
 '加强内控组织建设，市本级经办机构要有内控部门，县级经办机构至少要有内控岗位，安排专人(正式在编人员)负责单位内部控制稽核工作。',
 '市本级经办机构要设立内控部门，县级经办机构至少要有内控岗位。',
 '6月底前', 'MONTH_END', 6, 4, '市、县(区)社保经办机构', '市本级各社保经办机构，各县区人社局',
 TRUE, TRUE, FALSE, FALSE, FALSE, NULL);

INSERT INTO catalogue_item (item_no, category_no, task_text, requirement, deadline_text, deadline_kind, deadline_month, points, scope, responsible_text, applies_agency, applies_county, applies_info_centre, applies_bureau, placeholder, source_note) VALUES
(3, 1,
 '合理配置岗位人员，落实岗位不相容要求，严禁业务和财务岗位兼任，严禁业务和信息岗位兼任，严禁会计和出纳兼任。',
 '严格执行岗位不相容要求，填报《部门(科室)人员分工、岗位职责情况表》报同级和上级基金监督部门备案。',
 '6月底前', 'MONTH_END', 6, 4, '市、县(区)社保经办机构', '市本级各社保经办机构，各县区人社局',
 TRUE, TRUE, FALSE, FALSE, FALSE,
 '工作要求原文OCR残缺，作“填报《部门(科室)人员分工、岗位职责情况和上级报同级和上级基金监督部门备案”；已按附件2表名修复为“填报《部门(科室)人员分工、岗位职责情况表》报同级和上级基金监督部门备案”。');

INSERT INTO catalogue_item (item_no, category_no, task_text, requirement, deadline_text, deadline_kind, deadline_month, points, scope, responsible_text, applies_agency, applies_county, applies_info_centre, applies_bureau, placeholder, source_note) VALUES
(4, 1,
 '严格授权管理，实行初审、复审、审批制度，一般业务二级审核，重要业务三级审核。',
 '对各项业务经办规程进行梳理，突出关键风险点制定业务流程。严格落实授权管理、审批制度。',
 '6月底前', 'MONTH_END', 6, 4, '市、县(区)社保经办机构', '市本级各社保经办机构，各县区人社局',
 TRUE, TRUE, FALSE, FALSE, FALSE, NULL);

INSERT INTO catalogue_item (item_no, category_no, task_text, requirement, deadline_text, deadline_kind, deadline_month, points, scope, responsible_text, applies_agency, applies_county, applies_info_centre, applies_bureau, placeholder, source_note) VALUES
(5, 1,
 '待遇发放、费率核定、会计出纳等高风险岗位必须在编人员，连续任职原则上不超过5年。',
 '对高风险岗位进行系统排查。',
 '6月底前', 'MONTH_END', 6, 4, '市、县(区)社保经办机构', '市本级各社保经办机构，各县区人社局',
 TRUE, TRUE, FALSE, FALSE, FALSE, NULL);

INSERT INTO catalogue_item (item_no, category_no, task_text, requirement, deadline_text, deadline_kind, deadline_month, points, scope, responsible_text, applies_agency, applies_county, applies_info_centre, applies_bureau, placeholder, source_note) VALUES
(6, 1,
 '坚持日常核查与重点核查相结合，每月对上月业务随机抽取一定比例进行核查，高风险业务重点核查。实现内部控制常态化，寓内控措施于社会保险基金管理全过程。',
 '各经办机构每月对内部控制稽核情况报基金监督部门，形成内控稽核常态化工作机制。',
 '长期坚持', 'MONTHLY', NULL, 4, '市、县(区)社保经办机构', '市本级各社保经办机构，各县区人社局',
 TRUE, TRUE, FALSE, FALSE, FALSE,
 '来源中类别一、二的表格重复且列错位，该行无序号；序号6按类别一合计28分推定。每月报送内控稽核情况，按月度任务处理。');

INSERT INTO catalogue_item (item_no, category_no, task_text, requirement, deadline_text, deadline_kind, deadline_month, points, scope, responsible_text, applies_agency, applies_county, applies_info_centre, applies_bureau, placeholder, source_note) VALUES
(7, 1,
 '（原文缺失：任务内容在来源文件中丢失，仅存工作要求）',
 '制定档案管理办法并严格执行。',
 '6月底前', 'MONTH_END', 6, 2, '市、县(区)社保经办机构', '市本级各社保经办机构，各县区人社局',
 TRUE, TRUE, FALSE, FALSE, FALSE,
 '来源中类别一、二的表格重复且列错位，该行无序号且任务内容丢失，仅存工作要求“制定档案管理办法并严格执行。”（档案管理）；序号7及分值2按类别一合计28分推定。任务内容未补写，请领导小组办公室在活动开始前核实补全。');

-- 二 优化经办流程，严格控制流程 (18)
INSERT INTO catalogue_item (item_no, category_no, task_text, requirement, deadline_text, deadline_kind, deadline_month, points, scope, responsible_text, applies_agency, applies_county, applies_info_centre, applies_bureau, placeholder, source_note) VALUES
(8, 2,
 '按业务梳理经办流程并修订完善，细化流程图，量化标准，消除模糊条款，健全风险防范控制制度。规范业务经办，信息不全、数据不准的业务不得办理。',
 '及时梳理、优化，补缺补漏各项业务经办规程和防控制度。',
 '6月底前', 'MONTH_END', 6, 6, '市、县(区)社保经办机构', '市本级各社保经办机构，各县区人社局',
 TRUE, TRUE, FALSE, FALSE, FALSE,
 '来源中类别一、二的表格重复且列错位，该行无序号；序号8及所属类别二按类别合计分值（一28分、二18分）推定。');

INSERT INTO catalogue_item (item_no, category_no, task_text, requirement, deadline_text, deadline_kind, deadline_month, points, scope, responsible_text, applies_agency, applies_county, applies_info_centre, applies_bureau, placeholder, source_note) VALUES
(9, 2,
 '全面推进社会保障卡银行账户代扣代发和自助缴费，全面取消现金业务。征收机构和按月向税务传递征缴计划；将核定后的缴费数据实时传递税务。',
 '严格执行。',
 '6月底前', 'MONTH_END', 6, 4, '市、县(区)社保经办机构', '市本级各社保经办机构、信息中心，各县区人社局',
 TRUE, TRUE, TRUE, FALSE, FALSE,
 '来源中类别一、二的表格重复且列错位，该行无序号；首次出现时任务内容错位在工作要求列、“严格执行。”错位在完成时限列，已按表中重复出现的未错位行归位；序号9按类别二合计18分推定。“征收机构和按月”照录来源。');

INSERT INTO catalogue_item (item_no, category_no, task_text, requirement, deadline_text, deadline_kind, deadline_month, points, scope, responsible_text, applies_agency, applies_county, applies_info_centre, applies_bureau, placeholder, source_note) VALUES
(10, 2,
 '办理参保缴费业务时必须在线核验参保状态，办理待遇核定业务时必须在线核验缴费状态、待遇状况和待遇领取资格。',
 '严格执行。',
 '6月底前', 'MONTH_END', 6, 4, '市、县(区)社保经办机构', '市本级各社保经办机构、信息中心，各县区人社局',
 TRUE, TRUE, TRUE, FALSE, FALSE,
 '来源中类别一、二的表格重复且列错位，该行无序号；首次出现时任务内容错位在工作要求列、“严格执行。”错位在完成时限列，已按表中重复出现的未错位行归位；序号10按类别二合计18分推定。');

INSERT INTO catalogue_item (item_no, category_no, task_text, requirement, deadline_text, deadline_kind, deadline_month, points, scope, responsible_text, applies_agency, applies_county, applies_info_centre, applies_bureau, placeholder, source_note) VALUES
(11, 2,
 '完善并创新认证方式，严格领取社会保险待遇资格核查。推进社保关系转移业务在线协同办理，建立地区间协查机制。',
 '明确办法并认真落实',
 '6月底前', 'MONTH_END', 6, 2, '市、县(区)社保经办机构', '市本级各社保经办机构，各县区人社局',
 TRUE, TRUE, FALSE, FALSE, FALSE,
 '来源中类别一、二的表格重复且列错位，该行无序号并重复出现；任务内容错位在工作要求列、“明确办法并认真落实”错位在完成时限列，已归位；序号11按类别二合计18分推定。');

INSERT INTO catalogue_item (item_no, category_no, task_text, requirement, deadline_text, deadline_kind, deadline_month, points, scope, responsible_text, applies_agency, applies_county, applies_info_centre, applies_bureau, placeholder, source_note) VALUES
(12, 2,
 '加强社会保险服务机构管理，完善协议内容，细化明确责任，划定红线底线，建立退出和禁入机制，监控工伤医疗、康复以及辅助器具配置机构服务行为。',
 '细化落实相关规定',
 '6月底前', 'MONTH_END', 6, 2, '市、县(区)社保经办机构', '市本级各社保经办机构，各县区人社局',
 TRUE, TRUE, FALSE, FALSE, FALSE,
 '来源中类别一、二的表格重复且列错位，该行无序号并重复出现；序号12按类别二合计18分推定。');

-- 三 夯实会计基础，加强财务管理 (20)
INSERT INTO catalogue_item (item_no, category_no, task_text, requirement, deadline_text, deadline_kind, deadline_month, points, scope, responsible_text, applies_agency, applies_county, applies_info_centre, applies_bureau, placeholder, source_note) VALUES
(13, 3,
 '严格落实《社会保险基金财务制度》和《社会保险基金会计制度》，规范社会保险基金财务管理行为。',
 '开展排查梳理，完善相关制度，严格规范财务行为，将制度落在实处。',
 '6月底前', 'MONTH_END', 6, 4, '市、县(区)社保经办机构', '市本级各社保经办机构，各县区人社局',
 TRUE, TRUE, FALSE, FALSE, FALSE, NULL);

INSERT INTO catalogue_item (item_no, category_no, task_text, requirement, deadline_text, deadline_kind, deadline_month, points, scope, responsible_text, applies_agency, applies_county, applies_info_centre, applies_bureau, placeholder, source_note) VALUES
(14, 3,
 '严格印章、票据、密钥管理，严禁票据和印章兼管。',
 '有管理制度并严格执行。',
 '6月底前', 'MONTH_END', 6, 4, '市、县(区)社保经办机构', '市本级各社保经办机构，各县区人社局',
 TRUE, TRUE, FALSE, FALSE, FALSE, NULL);

INSERT INTO catalogue_item (item_no, category_no, task_text, requirement, deadline_text, deadline_kind, deadline_month, points, scope, responsible_text, applies_agency, applies_county, applies_info_centre, applies_bureau, placeholder, source_note) VALUES
(15, 3,
 '严格社会保险基金银行账户开立，加强社会保险基金银行账户管理，严控基金账户对私转账行为。',
 '严格执行社保基金账户管理要求。',
 '6月底前', 'MONTH_END', 6, 4, '市、县(区)社保经办机构', '市本级各社保经办机构，各县区人社局',
 TRUE, TRUE, FALSE, FALSE, FALSE, NULL);

INSERT INTO catalogue_item (item_no, category_no, task_text, requirement, deadline_text, deadline_kind, deadline_month, points, scope, responsible_text, applies_agency, applies_county, applies_info_centre, applies_bureau, placeholder, source_note) VALUES
(16, 3,
 '完善基金收支分级授权制度和审批制度，严格审核社保待遇支付，未经复核不得发放。',
 '有制度并严格执行。',
 '6月底前', 'MONTH_END', 6, 2, '市、县(区)社保经办机构', '市本级各社保经办机构，各县区人社局',
 TRUE, TRUE, FALSE, FALSE, FALSE, NULL);

INSERT INTO catalogue_item (item_no, category_no, task_text, requirement, deadline_text, deadline_kind, deadline_month, points, scope, responsible_text, applies_agency, applies_county, applies_info_centre, applies_bureau, placeholder, source_note) VALUES
(17, 3,
 '严格财务记账，保证业务流与资金流匹配。',
 '严格执行',
 '长期', 'LONG_TERM', NULL, 2, '市、县(区)社保经办机构', '市本级各社保经办机构，各县区人社局',
 TRUE, TRUE, FALSE, FALSE, FALSE, NULL);

INSERT INTO catalogue_item (item_no, category_no, task_text, requirement, deadline_text, deadline_kind, deadline_month, points, scope, responsible_text, applies_agency, applies_county, applies_info_centre, applies_bureau, placeholder, source_note) VALUES
(18, 3,
 '严格财务对账，财务至少每月要与业务、银行、税务等进行对账，核对总账和明细账，确保账证相符、账账相符、账实相符。',
 '严格执行',
 '6月底前', 'MONTH_END', 6, 2, '市、县(区)社保经办机构', '市本级各社保经办机构，各县区人社局',
 TRUE, TRUE, FALSE, FALSE, FALSE, NULL);

INSERT INTO catalogue_item (item_no, category_no, task_text, requirement, deadline_text, deadline_kind, deadline_month, points, scope, responsible_text, applies_agency, applies_county, applies_info_centre, applies_bureau, placeholder, source_note) VALUES
(19, 3,
 '加快推进财务业务一体化，建立财务与业务实时对接机制。',
 '全面推进',
 '12月底前', 'MONTH_END', 12, 2, '市、县(区)社保经办机构', '市本级各社保经办机构，信息中心，各县区人社局',
 TRUE, TRUE, TRUE, FALSE, FALSE, NULL);

-- 四 严格权限提升防控能力 (20)
INSERT INTO catalogue_item (item_no, category_no, task_text, requirement, deadline_text, deadline_kind, deadline_month, points, scope, responsible_text, applies_agency, applies_county, applies_info_centre, applies_bureau, placeholder, source_note) VALUES
(20, 4,
 '实行社会保险业务经办标准化、信息化管理,缴费由系统生成,待遇由系统生成,全面取消手工办理。',
 '对现有业务进行全面梳理,全面取消手工办理业务。',
 '6月底前', 'MONTH_END', 6, 4, '市、县(区)社保经办机构', '市本级各社保经办机构、信息中心,各县区人社局',
 TRUE, TRUE, TRUE, FALSE, FALSE, NULL);

INSERT INTO catalogue_item (item_no, category_no, task_text, requirement, deadline_text, deadline_kind, deadline_month, points, scope, responsible_text, applies_agency, applies_county, applies_info_centre, applies_bureau, placeholder, source_note) VALUES
(21, 4,
 '扩展信息系统功能,加强业务运行内控监测,实现对异常和特殊业务的实时监控。',
 '结合内控岗位设置,根据内控业务需求,开发系统内控稽核模块,对异常和特殊业务实时监控预警。',
 '6月底前', 'MONTH_END', 6, 4, '市、县(区)社保经办机构', '市本级各社保经办机构、信息中心,各县区人社局',
 TRUE, TRUE, TRUE, FALSE, FALSE, NULL);

INSERT INTO catalogue_item (item_no, category_no, task_text, requirement, deadline_text, deadline_kind, deadline_month, points, scope, responsible_text, applies_agency, applies_county, applies_info_centre, applies_bureau, placeholder, source_note) VALUES
(22, 4,
 '严格系统权限设置,落实不相容权限制约要求,严禁一人拥有不相容的系统权限。',
 '对现有系统权限进行摸排梳理,严格执行不相容权限分离规定。',
 '6月底前', 'MONTH_END', 6, 4, '市、县(区)社保经办机构', '市本级各社保经办机构、信息中心,各县区人社局',
 TRUE, TRUE, TRUE, FALSE, FALSE, NULL);

INSERT INTO catalogue_item (item_no, category_no, task_text, requirement, deadline_text, deadline_kind, deadline_month, points, scope, responsible_text, applies_agency, applies_county, applies_info_centre, applies_bureau, placeholder, source_note) VALUES
(23, 4,
 '加快实现社保系统对接,开发与银行的“社保”接口模块,实现与社会化发放机构的数据直连。全面取消人工报盘。',
 '按照全省统一部署,市、县经办机构同步实现。',
 '6月底前', 'MONTH_END', 6, 2, '市、县(区)社保经办机构', '市本级各社保经办机构、信息中心,各县区人社局',
 TRUE, TRUE, TRUE, FALSE, FALSE, NULL);

INSERT INTO catalogue_item (item_no, category_no, task_text, requirement, deadline_text, deadline_kind, deadline_month, points, scope, responsible_text, applies_agency, applies_county, applies_info_centre, applies_bureau, placeholder, source_note) VALUES
(24, 4,
 '严格系统数据管理,前台操作和后台审核必须分开,任何修改操作都要经过审批,都要留痕可溯。',
 '有制度规定并严格执行。',
 '6月底前', 'MONTH_END', 6, 4, '市、县(区)社保经办机构', '市本级各社保经办机构、信息中心,各县区人社局',
 TRUE, TRUE, TRUE, FALSE, FALSE, NULL);

INSERT INTO catalogue_item (item_no, category_no, task_text, requirement, deadline_text, deadline_kind, deadline_month, points, scope, responsible_text, applies_agency, applies_county, applies_info_centre, applies_bureau, placeholder, source_note) VALUES
(25, 4,
 '加强人社信息共享和业务协同,内部实现社会保险数据与就业失业、劳动关系等数据的共享,外部实现与公安、民政、司法、卫生健康等部门之间的数据共享',
 '按照全省统一部署,市、县经办机构同步实现。',
 '全面推进', 'LONG_TERM', NULL, 2, '市、县(区)社保经办机构', '市本级各社保经办机构、信息中心,各县区人社局',
 TRUE, TRUE, TRUE, FALSE, FALSE, NULL);

-- 五 建立评估制度，完善政策规定 (4)
INSERT INTO catalogue_item (item_no, category_no, task_text, requirement, deadline_text, deadline_kind, deadline_month, points, scope, responsible_text, applies_agency, applies_county, applies_info_centre, applies_bureau, placeholder, source_note) VALUES
(26, 5,
 '制定社会保险政策,要同步进行基金管理风险评估,研究防控措施,风控措施不到位的政策不能出台。',
 '政策出台前,应加强风控测算并研究防控措施。',
 '长期坚持', 'LONG_TERM', NULL, 2, '市、县(区)社保经办机构', '市人社局,市本级各经办机构,各县区人社局',
 TRUE, TRUE, FALSE, TRUE, FALSE,
 '来源中类别五至七的表格列错位且少一列：各栏内容依次后移一列，已归位；实施范围未见于来源，按默认“市、县(区)社保经办机构”填写。');

INSERT INTO catalogue_item (item_no, category_no, task_text, requirement, deadline_text, deadline_kind, deadline_month, points, scope, responsible_text, applies_agency, applies_county, applies_info_centre, applies_bureau, placeholder, source_note) VALUES
(27, 5,
 '原文缺失',
 '原文缺失',
 '—', 'NONE', NULL, 2, '市、县(区)社保经办机构', '原文缺失',
 TRUE, TRUE, FALSE, FALSE, TRUE,
 '来源文件中此行整行缺失（表格为空行）；分值2按类别五合计4分推定。请领导小组办公室在活动开始前补全任务内容、工作要求、完成时限和责任单位。');

-- 六 加大监督力度，严查违规行为 (4)
INSERT INTO catalogue_item (item_no, category_no, task_text, requirement, deadline_text, deadline_kind, deadline_month, points, scope, responsible_text, applies_agency, applies_county, applies_info_centre, applies_bureau, placeholder, source_note) VALUES
(28, 6,
 '加强基金监督队伍建设,县级人社局要设有基金监督部门,有专人(正式在编人员)从事社保基金监管工作。',
 '严格落实',
 '6月底前', 'MONTH_END', 6, 2, '市、县(区)社保经办机构', '各县区人社局',
 FALSE, TRUE, FALSE, FALSE, FALSE,
 '来源中类别五至七的表格列错位且少一列：各栏内容依次后移一列，已归位；实施范围未见于来源，按默认“市、县(区)社保经办机构”填写。');

INSERT INTO catalogue_item (item_no, category_no, task_text, requirement, deadline_text, deadline_kind, deadline_month, points, scope, responsible_text, applies_agency, applies_county, applies_info_centre, applies_bureau, placeholder, source_note) VALUES
(29, 6,
 '原文缺失',
 '原文缺失',
 '—', 'NONE', NULL, 2, '市、县(区)社保经办机构', '原文缺失',
 TRUE, TRUE, FALSE, FALSE, TRUE,
 '来源文件中此行整行缺失（表格为空行）；分值2按类别六合计4分推定。请领导小组办公室在活动开始前补全任务内容、工作要求、完成时限和责任单位。');

-- 七 扎实开展警示教育 (2)
INSERT INTO catalogue_item (item_no, category_no, task_text, requirement, deadline_text, deadline_kind, deadline_month, points, scope, responsible_text, applies_agency, applies_county, applies_info_centre, applies_bureau, placeholder, source_note) VALUES
(30, 7,
 '认真贯彻落实《关于在全市人社系统开展社会保险基金管理风险警示教育实施方案》,扎实开展警示教育。',
 '加强学习,开展社会保险基金管理违法案件教育,开展风险防控大讨论和宣传活动。',
 '9月底前', 'MONTH_END', 9, 2, '市、县(区)社保经办机构', '市人社局,市本级各经办机构,各县区人社局',
 TRUE, TRUE, FALSE, TRUE, FALSE,
 '来源中类别五至七的表格列错位且少一列：各栏内容依次后移一列，已归位；实施范围未见于来源，按默认“市、县(区)社保经办机构”填写。');

-- 八 加强组织领导，严格落实 (4)
INSERT INTO catalogue_item (item_no, category_no, task_text, requirement, deadline_text, deadline_kind, deadline_month, points, scope, responsible_text, applies_agency, applies_county, applies_info_centre, applies_bureau, placeholder, source_note) VALUES
(31, 8,
 '高度重视社保基金管理风险防控工作,将此项工作列入重要议事日程,落实人员、健全机制。按照市局分解的任务,制定工作方案、细化任务分解,明确时间节点和工作要求,确保各项任务落地生效。',
 '单位领导班子经常性研究社保基金管理工作;制定工作方案,落实工作部署。',
 '4月底前', 'MONTH_END', 4, 4, '市人社局,市本级各社保经办机构,各县区人社局', '市人社局,市本级各社保办理机构,各县区人社局',
 TRUE, TRUE, FALSE, TRUE, FALSE,
 '来源此行列错位，各栏内容依次后移一列，已归位：完成时限原文为“4月底前制定本地区本部门方案。”（完成时限取“4月底前”）；实施范围、责任单位取后移后的两栏，责任单位原文作“社保办理机构”，照录。');
