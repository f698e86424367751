// The role word table (procedure-csv.md "Roles", "Reading a type word"): the words windows write in
// the type cell (环节类型) for each role, and the other word lists the reading uses. Data only, kept in
// this one place; read-type-word.ts reads cells with it. The spec's words are the minimum; words
// added from published 办事指南 are marked, each with where it was seen.

import type { Role } from '../domain/index.js';

/**
 * The words of each role, in the contract's table order. The first word is the one the CSV writer
 * uses for the role (Chinese headers). Every role's English name is a word of it too.
 */
export const ROLE_WORDS: Readonly<Record<Role, readonly string[]>> = {
  submit: [
    '申请', '提交申请', '提交申请材料', '提交材料', '网上申请', '咨询', '补正材料',
    // added: 递交 — "申请人应及时递交材料（窗口递交或邮寄）" (rzrksm.com/szgm/132104/132215/306617/content/post_8497733.html)
    '递交',
  ],
  intake: [
    '收件', '接件', '预审', '材料预审',
    // added: 接收 — "行政服务中心接收申报材料" (js.jiceng.zhengzhou.gov.cn/024001003/3846146.jhtml), "予以接收" (汕尾 网上办理流程)
    '接收',
    // added: 预受理 — "初审……预受理……组织召开排污口设置论证专家评审会" (REAL-12, cqcs.gov.cn/bm/qsthjj_75256/zcwd/202209/t20220901_11062275.html):
    // a pre-acceptance; by its head (受理) it would read as accept
    '预受理',
  ],
  accept: [
    '受理',
    // added: 受理决定 — a step "受理决定" after "受理审核" (rzrksm.com/szgm/132104/132215/306617/content/post_8497630.html);
    // without it, rule 4 would read its head 决定 as approve
    '受理决定',
  ],
  register: [
    '登记', '编号', '录入', '归档',
    // added: 建档, 资料建档, 存档 — "资料建档：要将救助资料归档", "同时进行备案存档" (ynlf.gov.cn/info/3869/65103.htm)
    '建档', '资料建档', '存档',
    // added: 造册 — "乡镇（街道）审核（核实、登记、造册）" (REAL-08, www.qf.gov.cn), "分类汇总、编码造册" (REAL-17, www.taihe100.com/news/2022031720061353.shtml)
    '造册',
  ],
  notify: [
    '告知', '开具通知书', '出具受理通知书', '补正告知', '一次性告知', '不予受理告知',
    // added: 回复 — "回复：…将办理结果回复社区社会救助工作站，由社区社会救助工作站告知申请人" (ynlf.gov.cn/info/3869/65103.htm)
    '回复',
  ],
  review: [
    '审查', '审核', '初审', '复审', '复核', '会签', '联审', '技术审查', '审图', '核对', '征求意见', '集体讨论', '局务会议', '评议', '协查', '并联审批',
    // added: 承办 — "承办岗位工作人员审查申请材料。录入承办意见后送审核岗位" (m.chaojilvshi.com/wenzhang/wenzhang9ae033b2631b333aa6c3712d850bf83e.html);
    // 复查 — "报件材料是否齐全、真实、合规的复查" (m.chaojilvshi.com/wenzhang/wenzhang62a23ef49fb33d4f9bd175faf8b8d1b8.html);
    // 民主评议 — "通过邻里走访、入户调查、视情组织民主评议" (临时救助工作流程, cdjiajiaxing.com/html/viewnews.jsp?newsid=22476)
    '承办', '复查', '民主评议',
    // added: 审理 — "审理（通知对方当事人答辩，审查事实和证据…）" of a 行政裁决 (REAL-03, xxgk.jysbb.gov.cn/detail.asp?id=176692201932591);
    // 核实 — "乡镇（街道）审核（核实、登记、造册）" (REAL-08, www.qf.gov.cn);
    // 核验 — "核验申请材料" (惠东县应急管理局 guide); 审验 — "受理并审验资料" (REAL-17, www.taihe100.com/news/2022031720061353.shtml)
    '审理', '核实', '核验', '审验',
  ],
  inspect: [
    '勘验', '现场勘验', '现场核查', '现场检查', '踏勘', '现场踏勘', '联合踏勘', '实地勘查', '调查', '调查核实', '入户调查', '上户调查',
    // added: 现地勘验 — "会同…资质单位现地勘验" (REAL-01, yllhj.beijing.gov.cn/zwgk/xzzz2011/qtql/201701/t20170113_530324.shtml);
    // 实地核查 — "组织人员进行实地核查" and 现场审核 — "3个工作日（现场审核时间除外）" (REAL-13, www.wanyuan.gov.cn/xxgk-show-26632.html),
    // by its head (审核) 现场审核 would read as review; 抽查, 入户抽查 — "入户抽查、信函索证" (REAL-07, kashi.gov.cn)
    '现地勘验', '实地核查', '现场审核', '抽查', '入户抽查',
  ],
  expert: [
    '专家评审', '专家论证', '技术论证',
    // added: 专家评议 — 办理流程 "收件, 受理, 审查, 专家评议, 决定, 制证, 发证" (m.110ask.com/zhishi/12818766011378651087.html);
    // 论证 — a word of procopt's earlier table (expert), kept so earlier files read as before
    '专家评议', '论证',
  ],
  publicize: [
    '公示', '公告', '公开',
    // added: 公布 — "在申请人所在村（社区）公布确认结果" (REAL-04, fzcl.gov.cn/xjwz/hdjl/hdzsk/clqmzj/shjz/202409/t20240902_4885826.htm)
    '公布',
  ],
  hearing: ['听证'],
  intermediary: ['中介服务', '评估', '检测', '鉴定', '评定'],
  handoff: ['流转', '签收', '转办', '交接', '返还', '报送', '移送', '抄告', '申报', '上报', '转报'],
  approve: [
    '审批', '决定', '批准', '签发', '核准', '签批', '审定', '批复', '印发批复', '确认', '作出决定',
    // added: 同意 — "市人民政府同意" (REAL-01, yllhj.beijing.gov.cn/zwgk/xzzz2011/qtql/201701/t20170113_530324.shtml), a higher body's decision;
    // 裁决 — the decision of a 行政裁决 (REAL-03, xxgk.jysbb.gov.cn/detail.asp?id=176692201932591)
    '同意', '裁决',
  ],
  deliver: [
    '办结', '送达', '发证', '制证', '领证', '颁证', '寄送', '出件', '领取', '发放',
    // added: 邮寄 — "申请人可以通过邮寄、自行领取、委托他人领取等方式领取结果" (rzrksm.com/szgm/132104/132215/306617/content/post_8497630.html)
    '邮寄',
    // added: 出证 — "出证后通知区老龄办缴费并领回优待证", 核发 — "凭优待证领取凭证核发老年人优待证" (REAL-17, www.taihe100.com/news/2022031720061353.shtml)
    '出证', '核发',
  ],
  supervise: ['监督检查', '事后监管', '事中事后监管', '事后核查', '核查整改'],
  // added: 其他 — the word the CSV writer uses for `other`, so a written `other` step reads back without a warning
  other: ['其他'],
};

/** Notice words: a type word (or part) ending in one of these is `notify` (rule 3). Longest first. */
export const NOTICE_ENDINGS: readonly string[] = ['通知书', '告知书', '通知单', '告知单', '通知', '告知'];

/** Opinion words: a part ending in one takes the role of the table word just before it, else `review` (rule 3). */
export const OPINION_ENDINGS: readonly string[] = ['意见书', '意见'];

/** A table word directly followed by one of these names a document, not the act (rule 4). */
export const DOCUMENT_NOUNS: readonly string[] = ['材料', '表', '书', '人', '意见', '通知', '凭证', '结果', '文件', '证', '单', '报告'];

/** Characters a type cell is split at into several acts (rule 2). */
export const ROLE_SEPARATORS: readonly string[] = ['、', '/', '并', '及', '和'];

/** The word that is the object of any table word before it (受理申请 → accept). */
export const OBJECT_WORD = '申请';

/** Roles whose word makes the next table word its object (上报审批 → handoff). */
export const OBJECT_TAKING_ROLES: ReadonlySet<Role> = new Set<Role>(['handoff', 'submit']);

/** The applicant's own steps: a department that begins with one of these (申请人, 申请单位, 申请企业 …) … */
export const APPLICANT_DEPARTMENT_PREFIXES: readonly string[] = ['申请'];
/** … or is one of these. */
export const APPLICANT_DEPARTMENTS: ReadonlySet<string> = new Set(['建设单位', '当事人', '办事人', '个人']);

/** Roles whose time the statutory clock does not count by default (行政许可法 Art. 45; the applicant's own time). */
export const CLOCK_EXEMPT_ROLES: ReadonlySet<Role> = new Set<Role>(['hearing', 'expert', 'intermediary', 'submit']);

/** Roles whose empty time is 0, not unknown: the applicant's own act, and what comes after the outcome. */
export const TIMELESS_ROLES: ReadonlySet<Role> = new Set<Role>(['submit', 'supervise']);

/** A step after the delivery keeps its role when it reads as one of these (supervise rule). */
export const NOT_SUPERVISED_ROLES: ReadonlySet<Role> = new Set<Role>(['submit', 'accept', 'approve', 'deliver', 'hearing', 'expert']);
