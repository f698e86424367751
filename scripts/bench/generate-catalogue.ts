// Seeded generator of realistic procedure catalogues (办理规程 CSV, docs/procedure-csv.md)
// for the benchmark: accept → reviews (serial or forked per department, then joined) → inspections,
// expert steps, publicity → approve → deliver, with materials lineage, conditions and rework loops.
// Deterministic: mulberry32 PRNG, one stream per item and per file derived from the seed.

import { encodeText } from '../../src/import/index.js';

/** Options of {@link generateCatalogue}. */
export interface CatalogueOptions {
  /** Number of items (事项) in the whole catalogue. */
  items: number;
  /** PRNG seed; the same seed and item count give byte-identical files. */
  seed: number;
  /** Items per file, like one service window's file; default 500. */
  itemsPerFile?: number;
  /**
   * Share of the steps with a positive numeric time that get a three-point estimate (最短时限 = half,
   * 最长时限 = twice the most likely time) in two extra columns; default 0: no such columns, and the
   * files are byte-identical to those generated without the option (the draws use a stream of their own).
   */
  uncertainShare?: number;
}

/** One generated CSV file. */
export interface GeneratedFile {
  /** File name, e.g. `window-001.csv`. */
  file: string;
  bytes: Uint8Array;
  /** How the file was written, for the benchmark's description of its data. */
  format: FileFormat;
  items: number;
  steps: number;
  /** Steps given a three-point estimate (uncertainShare). */
  uncertainSteps: number;
}

/** The per-file choices a service window makes when saving its CSV. */
export interface FileFormat {
  encoding: 'utf-8' | 'utf-8-bom' | 'gbk';
  headers: 'en' | 'zh';
  roles: 'en' | 'zh';
  delimiter: ',' | '\t';
  lineEnd: '\n' | '\r\n';
  listSeparator: string;
  columns: readonly Column[];
}

type Role = 'accept' | 'review' | 'inspect' | 'expert' | 'publicize' | 'hearing' | 'intermediary' | 'handoff' | 'approve' | 'deliver';
type Unit = 'workday' | 'calendar-day' | 'hour';

type Column =
  | 'item_code'
  | 'item_name'
  | 'step_id'
  | 'step_name'
  | 'department'
  | 'role'
  | 'duration_days'
  | 'duration_unit'
  | 'wait_days'
  | 'counts_toward_limit'
  | 'predecessors'
  | 'hard_predecessors'
  | 'inputs'
  | 'outputs'
  | 'applicant_visit'
  | 'condition'
  | 'return_to'
  | 'legal_limit_days'
  | 'promised_limit_days'
  | 'remark';

/** Chinese header aliases per the CSV contract; `remark` (备注) is an unknown column, kept as an attribute. */
const HEADER_ALIASES: Record<Column, readonly string[]> = {
  item_code: ['事项编码', '事项代码'],
  item_name: ['事项名称'],
  step_id: ['环节编号', '环节序号'],
  step_name: ['环节名称'],
  department: ['承办部门', '办理部门', '责任单位'],
  role: ['环节类型'],
  duration_days: ['办理时限', '时限', '办理时间'],
  duration_unit: ['时限单位', '计时单位'],
  wait_days: ['等待时间', '流转时间'],
  counts_toward_limit: ['计入时限', '是否计算在法定办结时限内'],
  predecessors: ['前置环节', '上一环节'],
  hard_predecessors: ['法定前置', '必须前置'],
  inputs: ['所需材料', '申请材料', '输入'],
  outputs: ['产出', '输出', '结果'],
  applicant_visit: ['需到场', '申请人到场', '是否到场'],
  condition: ['适用条件', '触发条件'],
  return_to: ['退回环节', '补正环节'],
  legal_limit_days: ['法定时限', '法定办结时限'],
  promised_limit_days: ['承诺时限', '承诺办结时限'],
  remark: ['备注'],
};

const ALL_COLUMNS = Object.keys(HEADER_ALIASES) as Column[];
const REQUIRED: readonly Column[] = ['item_code', 'item_name', 'step_id', 'step_name', 'department', 'duration_days'];

const UNIT_CELLS: Record<Unit, readonly string[]> = {
  workday: ['工作日', 'workday', ''],
  'calendar-day': ['自然日', 'calendar-day'],
  hour: ['小时', 'hour'],
};

const BOOL_STYLES: readonly (readonly [string, string])[] = [
  ['是', '否'],
  ['是', '否'],
  ['yes', 'no'],
  ['Y', 'N'],
  ['1', '0'],
  ['true', 'false'],
];

const WINDOWS = ['市政务服务中心综合窗口', '市行政审批服务局综合窗口', '市政务服务中心工程建设项目窗口', '区政务服务中心综合窗口'];

interface Department {
  name: string;
  topic: string;
  sections: readonly string[];
}

const DEPARTMENTS: readonly Department[] = [
  { name: '市发展和改革委员会', topic: '投资', sections: ['投资科', '审批科'] },
  { name: '市自然资源和规划局', topic: '规划', sections: ['审批科', '用地科', '规划科'] },
  { name: '市住房和城乡建设局', topic: '建设', sections: ['审批科', '建管科', '消防审查科'] },
  { name: '市生态环境局', topic: '环保', sections: ['环评科', '审批科'] },
  { name: '市市场监督管理局', topic: '市场监管', sections: ['食品科', '登记注册科', '特种设备科'] },
  { name: '市卫生健康委员会', topic: '卫生', sections: ['医政科', '审批科'] },
  { name: '市交通运输局', topic: '交通', sections: ['运输科', '审批科'] },
  { name: '市水务局', topic: '水务', sections: ['水资源科', '审批科'] },
  { name: '市应急管理局', topic: '安全生产', sections: ['危化科', '审批科'] },
  { name: '市消防救援支队', topic: '消防', sections: ['防火监督科'] },
  { name: '市人民防空办公室', topic: '人防', sections: ['工程科'] },
  { name: '市文化广电和旅游局', topic: '文化', sections: ['市场科', '审批科'] },
  { name: '市教育局', topic: '教育', sections: ['民办教育科'] },
  { name: '市公安局', topic: '治安', sections: ['治安支队', '交警支队'] },
  { name: '市城市管理局', topic: '市容', sections: ['市容科', '审批科'] },
  { name: '市农业农村局', topic: '农业', sections: ['审批科'] },
  { name: '市林业局', topic: '林业', sections: ['资源科'] },
  { name: '市文物局', topic: '文物', sections: ['文物保护科'] },
  { name: '市气象局', topic: '防雷', sections: ['法规科'] },
  { name: '市民政局', topic: '民政', sections: ['社会组织科'] },
  { name: '市人力资源和社会保障局', topic: '人社', sections: ['劳动关系科'] },
  { name: '市商务局', topic: '商务', sections: ['市场体系科'] },
];

/** What an item licenses, with the materials only that kind of item asks for. */
const SUBJECTS: readonly { name: string; lead: string; materials: readonly string[] }[] = [
  { name: '建设工程规划', lead: '市自然资源和规划局', materials: ['建设用地规划许可证', '设计方案总平面图', '工程设计文件'] },
  { name: '建筑工程施工', lead: '市住房和城乡建设局', materials: ['施工图审查合格书', '施工合同', '安全生产条件证明'] },
  { name: '食品经营', lead: '市市场监督管理局', materials: ['经营场所平面图', '食品安全管理制度', '设备布局图'] },
  { name: '药品零售', lead: '市市场监督管理局', materials: ['药学技术人员资格证明', '经营场所平面图', '质量管理文件'] },
  { name: '排污', lead: '市生态环境局', materials: ['环境影响评价批复', '污染物排放监测报告'] },
  { name: '取水', lead: '市水务局', materials: ['水资源论证报告', '取水工程设计文件'] },
  { name: '道路运输经营', lead: '市交通运输局', materials: ['车辆技术等级证明', '驾驶员从业资格证', '安全生产管理制度'] },
  { name: '危险化学品经营', lead: '市应急管理局', materials: ['安全评价报告', '储存设施平面图', '从业人员培训证明'] },
  { name: '娱乐场所经营', lead: '市文化广电和旅游局', materials: ['消防安全检查合格证明', '场所平面图'] },
  { name: '民办学校办学', lead: '市教育局', materials: ['办学章程', '校舍证明', '教师资格证明'] },
  { name: '医疗机构执业', lead: '市卫生健康委员会', materials: ['设置批准书', '医疗机构章程', '房屋产权证明'] },
  { name: '城市道路占用', lead: '市城市管理局', materials: ['占道平面图', '交通组织方案'] },
  { name: '户外广告设置', lead: '市城市管理局', materials: ['广告设计效果图', '结构安全鉴定报告'] },
  { name: '林木采伐', lead: '市林业局', materials: ['林权证', '伐区调查设计'] },
  { name: '燃气经营', lead: '市住房和城乡建设局', materials: ['燃气设施竣工验收证明', '安全评价报告', '应急预案'] },
  { name: '出版物零售', lead: '市文化广电和旅游局', materials: ['经营场所证明', '从业人员资格证明'] },
  { name: '人防工程拆除', lead: '市人民防空办公室', materials: ['拆除方案', '人防工程平面图'] },
  { name: '雷电防护装置设计审核', lead: '市气象局', materials: ['防雷装置设计文件', '地质勘察报告'] },
  { name: '社会团体成立', lead: '市民政局', materials: ['章程草案', '验资报告', '住所证明'] },
  { name: '劳务派遣经营', lead: '市人力资源和社会保障局', materials: ['验资报告', '经营场所证明', '劳务派遣管理制度'] },
];

const ACTIONS = ['许可（新办）', '许可（变更）', '许可（延续）', '许可证核发', '审批', '登记', '许可证补办', '审核'];

const APPLICANT_MATERIALS = ['申请表', '营业执照', '法定代表人身份证明', '授权委托书', '承诺书', '场所产权证明', '《申请人基本情况表》'];

const CONDITIONS = [
  '项目设有地下室',
  '涉及人防工程',
  '超限高层建筑',
  '涉及文物保护单位',
  '位于水源保护区',
  '首次申请',
  '风险等级为高',
  '申请人未通过网上预审',
];

const ROLE_ALIASES: Record<Role, readonly string[]> = {
  accept: ['受理', '收件', '预审'],
  review: ['审查', '审核', '初审', '复审'],
  inspect: ['勘验', '现场勘验', '现场核查', '踏勘'],
  expert: ['专家评审', '技术审查', '论证'],
  publicize: ['公示', '公告'],
  hearing: ['听证'],
  intermediary: ['中介服务', '评估', '检测'],
  handoff: ['流转', '签收', '转办', '登记', '交接'],
  approve: ['审批', '决定', '批准', '签发'],
  deliver: ['办结', '送达', '发证', '制证'],
};

/** mulberry32: a small, fast, well-distributed 32-bit PRNG (Tommy Ettinger). Returns [0, 1). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** An independent stream per (seed, stream, index), so item i is the same whatever the catalogue size. */
function streamRng(seed: number, stream: number, index: number): () => number {
  let h = Math.imul(seed ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(stream + 1, 0xc2b2ae35) ^ Math.imul(index + 1, 0x27d4eb2f);
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return mulberry32(h ^ (h >>> 16));
}

class Random {
  constructor(readonly next: () => number) {}
  chance(p: number): boolean {
    return this.next() < p;
  }
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  one<T>(list: readonly T[]): T {
    const value = list[Math.floor(this.next() * list.length)];
    if (value === undefined) throw new Error('pick from an empty list');
    return value;
  }
  /** A Fisher–Yates shuffled copy. */
  shuffle<T>(list: readonly T[]): T[] {
    const out = [...list];
    for (let i = out.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      const t = out[i] as T;
      out[i] = out[j] as T;
      out[j] = t;
    }
    return out;
  }
  /** k distinct elements, in list order. */
  some<T>(list: readonly T[], k: number): T[] {
    const idx = this.shuffle(list.map((_, i) => i));
    return idx
      .slice(0, Math.min(k, list.length))
      .sort((a, b) => a - b)
      .map((i) => list[i] as T);
  }
}

interface GenStep {
  name: string;
  department: string;
  role: Role;
  /** The Chinese role cell (an alias of `role`), chosen once so a step reads the same in every file. */
  roleAlias: string;
  /** Duration cell in the step's unit: a number, `即办`, `当场办理` or '' (missing). */
  duration: number | '即办' | '当场办理' | '';
  unit: Unit;
  /** Wait in the step's unit; null leaves the cell empty. */
  wait: number | null;
  /** Explicit 计入时限 cell, or null for the role's default. */
  counts: boolean | null;
  preds: number[];
  hard: number[];
  inputs: string[];
  outputs: string[];
  visit: boolean;
  condition: string;
  returnTo: number | null;
  remark: string;
}

interface GenItem {
  code: string;
  name: string;
  legal: number | null;
  promised: number | null;
  /** Item-level values written on every row (true) or only the first (false). */
  limitsOnEveryRow: boolean;
  idScheme: 'S' | 'num' | 'letter';
  steps: GenStep[];
}

function workdays(step: GenStep): number {
  const raw = typeof step.duration === 'number' ? step.duration : 0;
  const total = raw + (step.wait ?? 0);
  return step.unit === 'hour' ? total / 8 : step.unit === 'calendar-day' ? (total * 5) / 7 : total;
}

/** Builds one item's steps. Every list reference points backwards, so the declared order is acyclic. */
function generateItem(seed: number, index: number): GenItem {
  const r = new Random(streamRng(seed, 1, index));
  const subject = r.one(SUBJECTS);
  const lead = DEPARTMENTS.find((d) => d.name === subject.lead) ?? r.one(DEPARTMENTS);
  const section = (): string => `${lead.name}${r.one(lead.sections)}`;
  const window = r.one(WINDOWS);
  const name = `${subject.name}${r.one(ACTIONS)}`;
  const materials = [`${subject.name}申请表`, ...r.some(APPLICANT_MATERIALS.slice(1), r.int(1, 3)), ...r.some(subject.materials, r.int(1, subject.materials.length))];
  const steps: GenStep[] = [];
  const add = (s: Partial<GenStep> & Pick<GenStep, 'name' | 'department' | 'role'>): number => {
    const aliases = ROLE_ALIASES[s.role];
    steps.push({
      roleAlias: aliases.includes(s.name) ? s.name : r.one(aliases),
      duration: r.one([0.5, 1, 1, 2, 2, 3, 3, 5]),
      unit: 'workday',
      wait: r.chance(0.3) ? null : r.one([0, 0, 0.5, 1, 1, 2]),
      counts: null,
      preds: [],
      hard: [],
      inputs: [],
      outputs: [],
      visit: false,
      condition: '',
      returnTo: null,
      remark: '',
      ...s,
    });
    return steps.length - 1;
  };
  const someMaterials = (min: number, max: number): string[] => r.some(materials, r.int(min, max));

  let last: number[] = [];
  if (r.chance(0.55)) {
    last = [
      add({
        name: r.one(['窗口收件', '网上预审', '收件']),
        department: window,
        role: 'accept',
        duration: r.one(['即办', '当场办理', 0, 4] as const),
        unit: r.chance(0.5) ? 'hour' : 'workday',
        wait: null,
        inputs: materials,
        outputs: ['收件回执'],
        visit: r.chance(0.7),
      }),
    ];
  }
  const accept = add({
    name: '受理',
    department: r.chance(0.5) ? window : section(),
    role: 'accept',
    duration: r.one(['即办', 0.5, 1, 1] as const),
    preds: last,
    inputs: last.length > 0 ? someMaterials(2, 3) : materials,
    outputs: ['受理通知书'],
    visit: last.length === 0 && r.chance(0.6),
  });
  last = [accept];
  if (r.chance(0.4)) {
    last = [add({ name: r.one(['材料流转', '案卷登记', '签收']), department: section(), role: 'handoff', duration: r.one([0, 0.5]), wait: 1, preds: last, remark: r.chance(0.3) ? '纸质材料移交' : '' })];
  }
  const reviewOutputs: number[] = [];
  const written = add({
    name: r.one(['书面审查', '初审', '材料审查']),
    department: section(),
    role: 'review',
    preds: last,
    inputs: someMaterials(1, 3),
    outputs: ['书面审查意见'],
    returnTo: r.chance(0.5) ? accept : null,
  });
  reviewOutputs.push(written);
  last = [written];
  if (r.chance(0.45)) {
    // Same department, same papers: the classic same-dept pair a redesign merges.
    const second = add({ name: r.one(['复审', '科室审核']), department: steps[written]?.department ?? section(), role: 'review', preds: last, inputs: [...(steps[written]?.inputs ?? []), '书面审查意见'], outputs: ['复审意见'] });
    reviewOutputs.push(second);
    last = [second];
  }

  const others = r.some(
    DEPARTMENTS.filter((d) => d !== lead),
    r.one([0, 1, 2, 2, 3, 3, 3, 4, 4, 5, 6]),
  );
  const parallel = r.chance(0.5);
  const branchEnds: number[] = [];
  let serialLast = last;
  for (const dept of others) {
    const expertLike = r.chance(0.1);
    const opinion = `${dept.topic}审查意见`;
    const inputs = [...r.some(materials, r.int(1, 2))];
    if (r.chance(0.4)) inputs.push('书面审查意见');
    // In a serial chain a department sometimes reads the previous department's opinion: a real data dependency.
    const prevOpinion = !parallel && serialLast[0] !== undefined && serialLast[0] !== last[0] ? steps[serialLast[0]]?.outputs[0] : undefined;
    if (prevOpinion !== undefined && r.chance(0.25)) inputs.push(prevOpinion);
    let s = add({
      name: expertLike ? `${dept.topic}技术审查` : `${dept.topic}审查`,
      department: `${dept.name}${r.one(dept.sections)}`,
      role: expertLike ? 'expert' : 'review',
      counts: expertLike && r.chance(0.5) ? false : null,
      wait: r.one([0.5, 1, 1, 2]),
      preds: parallel ? last : serialLast,
      inputs,
      outputs: [opinion],
      condition: r.chance(0.18) ? r.one(CONDITIONS) : '',
      returnTo: r.chance(0.2) ? accept : null,
    });
    if (r.chance(0.15)) {
      s = add({ name: `${dept.topic}复核`, department: steps[s]?.department ?? dept.name, role: 'review', duration: 1, preds: [s], inputs: [opinion], outputs: [`${dept.topic}复核意见`] });
    }
    reviewOutputs.push(s);
    branchEnds.push(s);
    serialLast = [s];
  }
  if (parallel && branchEnds.length > 1) {
    const join = add({
      name: '意见汇总',
      department: section(),
      role: 'review',
      duration: 1,
      wait: 0,
      preds: branchEnds,
      inputs: branchEnds.flatMap((b) => steps[b]?.outputs ?? []),
      outputs: ['联合审查意见'],
    });
    reviewOutputs.push(join);
    last = [join];
  } else if (branchEnds.length > 0) {
    last = parallel ? branchEnds : serialLast;
  }

  let inspect: number | undefined;
  if (r.chance(0.4)) {
    inspect = add({
      name: r.one(['现场核查', '现场勘验', '踏勘']),
      department: r.chance(0.7) ? section() : `${r.one(DEPARTMENTS).name}执法大队`,
      role: 'inspect',
      duration: r.one([1, 2, 3, 5]),
      preds: last,
      inputs: r.some(materials, 1),
      outputs: ['现场核查报告'],
      visit: true,
      condition: r.chance(0.2) ? '首次申请' : '',
      returnTo: r.chance(0.3) ? accept : null,
    });
    reviewOutputs.push(inspect);
    last = [inspect];
  }
  if (r.chance(0.25)) {
    const s = add({ name: r.one(['专家评审', '技术论证']), department: section(), role: 'expert', duration: r.one([5, 10, 15]), unit: 'calendar-day', counts: r.chance(0.3) ? false : null, preds: last, inputs: someMaterials(1, 2), outputs: ['专家评审意见'], condition: r.chance(0.3) ? r.one(CONDITIONS) : '' });
    reviewOutputs.push(s);
    last = [s];
  }
  if (r.chance(0.1)) {
    const s = add({ name: r.one(['第三方检测', '安全评估']), department: '第三方技术服务机构', role: 'intermediary', duration: r.one([5, 10]), preds: last, inputs: someMaterials(1, 1), outputs: ['检测报告'] });
    reviewOutputs.push(s);
    last = [s];
  }
  let publicize: number | undefined;
  if (r.chance(0.25)) {
    publicize = add({ name: '批前公示', department: section(), role: 'publicize', duration: r.one([5, 7, 10]), unit: 'calendar-day', wait: 0, preds: last, inputs: ['书面审查意见'], outputs: ['公示结果'] });
    last = [publicize];
  }
  if (r.chance(0.05)) {
    last = [add({ name: '听证', department: section(), role: 'hearing', duration: r.one([5, 10]), preds: last, outputs: ['听证笔录'], condition: '申请人或利害关系人申请听证' })];
  }
  if (r.chance(0.5)) {
    const s = add({ name: '科室复核', department: section(), role: 'review', duration: 1, preds: last, inputs: reviewOutputs.slice(-2).flatMap((i) => steps[i]?.outputs ?? []), outputs: ['复核意见'] });
    reviewOutputs.push(s);
    last = [s];
  }
  const decision = `${subject.name}许可决定书`;
  const approve = add({
    name: r.one(['许可决定', '局长签发', '审批决定']),
    department: lead.name,
    role: 'approve',
    duration: r.one([0.5, 1, 1, 2]),
    preds: last,
    hard: [inspect, publicize].filter((x): x is number => x !== undefined && r.chance(0.5)),
    inputs: [...new Set(reviewOutputs.flatMap((i) => steps[i]?.outputs ?? []))],
    outputs: [decision],
  });
  last = [approve];
  const licence = `${subject.name}许可证`;
  if (r.chance(0.6)) {
    last = [add({ name: '制证', department: window, role: 'deliver', duration: r.one([0.5, 1, 2]), unit: r.chance(0.2) ? 'hour' : 'workday', preds: last, inputs: [decision], outputs: [licence] })];
  }
  add({
    name: r.one(['送达', '窗口领证', '办结', '网上送达']),
    department: window,
    role: 'deliver',
    duration: r.chance(0.5) ? 0 : r.one(['即办', 1] as const),
    preds: last,
    inputs: last[0] === approve ? [decision] : [licence, '法定代表人身份证明'],
    visit: r.chance(0.5),
  });

  // Some published guides leave a step's time blank.
  for (const step of steps) if (step.role !== 'accept' && r.chance(0.03)) step.duration = '';

  // A limit a little above (or, for some, below) the declared clock length: realistic findings.
  const serialDays = steps.reduce((sum, s) => sum + (s.role === 'expert' || s.role === 'hearing' || s.role === 'intermediary' ? 0 : workdays(s)), 0);
  const legal = r.chance(0.9) ? r.one([5, 10, 15, 20, 20, 30, 45, 60].filter((d) => d >= serialDays * 0.6).concat([60])) : null;
  const promisedBase = legal ?? 60;
  const promised = r.chance(0.9) ? Math.max(1, Math.round(promisedBase * r.one([0.3, 0.5, 0.5, 0.6, 0.8]))) : null;
  return {
    code: `370${String(100 + (index % 7) * 2).padStart(3, '0')}-${subjectCode(subject.name)}-${String(index + 1).padStart(6, '0')}`,
    name,
    legal,
    promised,
    limitsOnEveryRow: r.chance(0.3),
    idScheme: r.one(['S', 'S', 'num', 'letter'] as const),
    steps,
  };
}

function subjectCode(subject: string): string {
  const i = SUBJECTS.findIndex((s) => s.name === subject);
  return ['JS', 'SG', 'SP', 'YP', 'PW', 'QS', 'YS', 'WH', 'YL', 'JY', 'YL', 'ZD', 'GG', 'LY', 'RQ', 'CB', 'RF', 'FL', 'MZ', 'LW'][i] ?? 'XK';
}

function stepIds(item: GenItem): string[] {
  if (item.idScheme === 'num') return item.steps.map((_, i) => String(i + 1));
  if (item.idScheme === 'S') return item.steps.map((_, i) => `S${i + 1}`);
  // Stage letter + number, like A1 A2 B1 B2 …, four steps per letter.
  return item.steps.map((_, i) => `${String.fromCharCode(65 + Math.floor(i / 4))}${(i % 4) + 1}`);
}

function formatNumber(n: number): string {
  return String(Math.round(n * 100) / 100);
}

function generateFormat(seed: number, index: number): FileFormat {
  const r = new Random(streamRng(seed, 2, index));
  const optional = ALL_COLUMNS.filter((c) => !REQUIRED.includes(c));
  const presence: Partial<Record<Column, number>> = {
    role: 1,
    predecessors: 1,
    duration_unit: 0.6,
    wait_days: 0.8,
    counts_toward_limit: 0.3,
    hard_predecessors: 0.4,
    inputs: 0.9,
    outputs: 0.9,
    applicant_visit: 0.8,
    condition: 0.7,
    return_to: 0.6,
    legal_limit_days: 0.9,
    promised_limit_days: 0.9,
    remark: 0.2,
  };
  let columns: Column[] = ALL_COLUMNS.filter((c) => REQUIRED.includes(c) || (optional.includes(c) && r.chance(presence[c] ?? 0)));
  // Column order is free; a fifth of the windows use their own order.
  if (r.chance(0.2)) columns = r.shuffle(columns);
  const encodingRoll = r.next();
  return {
    encoding: encodingRoll < 0.5 ? 'utf-8-bom' : encodingRoll < 0.8 ? 'gbk' : 'utf-8',
    headers: r.chance(0.7) ? 'zh' : 'en',
    roles: r.chance(0.75) ? 'zh' : 'en',
    delimiter: r.chance(0.1) ? '\t' : ',',
    lineEnd: r.chance(0.6) ? '\r\n' : '\n',
    listSeparator: r.one(['；', '；', '、', ';', '|', '\n']),
    columns: [...new Set(columns)],
  };
}

function quote(cell: string, delimiter: string): string {
  return cell.includes(delimiter) || cell.includes('"') || cell.includes('\n') || cell.includes('\r') ? `"${cell.replaceAll('"', '""')}"` : cell;
}

/** The three-point columns (outside ALL_COLUMNS: drawing their presence would change the other files' draws). */
const THREE_POINT_HEADERS = { en: ['duration_min', 'duration_max'], zh: ['最短时限', '最长时限'] } as const;

/**
 * Writes one file's items as CSV text in the file's format; with `uncertain` (a share and its own
 * stream), two last columns carry three-point estimates of about that share of the timed steps.
 */
function renderFile(items: readonly GenItem[], format: FileFormat, r: Random, uncertain?: { share: number; r: Random; count: number }): string {
  const bool = r.one(BOOL_STYLES);
  const header = format.columns.map((c) => (format.headers === 'en' ? c : r.one(HEADER_ALIASES[c])));
  if (uncertain !== undefined) header.push(...THREE_POINT_HEADERS[format.headers]);
  const hasUnit = format.columns.includes('duration_unit');
  const lines: string[] = [header.map((h) => quote(h, format.delimiter)).join(format.delimiter)];
  const predSep = format.listSeparator === '\n' ? '；' : format.listSeparator;
  for (const item of items) {
    const ids = stepIds(item);
    const idsOf = (list: readonly number[]): string => list.map((i) => ids[i] ?? '').join(predSep);
    item.steps.forEach((step, i) => {
      const unit: Unit = hasUnit ? step.unit : 'workday';
      // Without a unit column every time is written in working days, rounded to 0.01.
      const toCell = (v: number): number => (hasUnit ? v : step.unit === 'hour' ? v / 8 : step.unit === 'calendar-day' ? (v * 5) / 7 : v);
      const itemLevel = i === 0 || item.limitsOnEveryRow;
      const cells: Record<Column, string> = {
        item_code: item.code,
        item_name: item.name,
        step_id: ids[i] ?? '',
        step_name: step.name,
        department: step.department,
        role: format.roles === 'en' ? step.role : step.roleAlias,
        duration_days: typeof step.duration === 'number' ? formatNumber(toCell(step.duration)) : step.duration,
        duration_unit: r.one(UNIT_CELLS[unit]),
        wait_days: step.wait === null ? '' : formatNumber(toCell(step.wait)),
        counts_toward_limit: step.counts === null ? '' : step.counts ? bool[0] : bool[1],
        predecessors: idsOf(step.preds),
        hard_predecessors: idsOf(step.hard),
        inputs: step.inputs.join(format.listSeparator),
        outputs: step.outputs.join(format.listSeparator),
        applicant_visit: step.visit ? bool[0] : r.chance(0.5) ? bool[1] : '',
        condition: step.condition,
        return_to: step.returnTo === null ? '' : (ids[step.returnTo] ?? ''),
        legal_limit_days: itemLevel && item.legal !== null ? String(item.legal) : '',
        promised_limit_days: itemLevel && item.promised !== null ? String(item.promised) : '',
        remark: step.remark,
      };
      const row = format.columns.map((c) => quote(cells[c], format.delimiter));
      if (uncertain !== undefined) {
        const m = step.duration;
        const estimated = typeof m === 'number' && m > 0 && uncertain.r.chance(uncertain.share);
        if (estimated) uncertain.count++;
        row.push(estimated ? formatNumber(toCell(m / 2)) : '', estimated ? formatNumber(toCell(m * 2)) : '');
      }
      lines.push(row.join(format.delimiter));
    });
  }
  return lines.join(format.lineEnd) + format.lineEnd;
}

function encodeFile(text: string, encoding: FileFormat['encoding']): Uint8Array {
  if (encoding === 'gbk') return encodeText(text, 'gbk');
  const utf8 = new TextEncoder().encode(text);
  if (encoding === 'utf-8') return utf8;
  const out = new Uint8Array(utf8.length + 3);
  out.set([0xef, 0xbb, 0xbf]);
  out.set(utf8, 3);
  return out;
}

/**
 * Generates a catalogue of `items` items split over files of `itemsPerFile` items, each file in
 * its own encoding, header language, delimiter and list style. Item i and file j depend only on
 * (seed, i) and (seed, j), so a smaller catalogue is a prefix of a larger one with the same seed.
 */
export function generateCatalogue(options: CatalogueOptions): GeneratedFile[] {
  const perFile = options.itemsPerFile ?? 500;
  if (!Number.isInteger(options.items) || options.items < 0) throw new RangeError('items must be a non-negative integer');
  if (!Number.isInteger(perFile) || perFile < 1) throw new RangeError('itemsPerFile must be a positive integer');
  const files: GeneratedFile[] = [];
  for (let start = 0, f = 0; start < options.items; start += perFile, f++) {
    const items: GenItem[] = [];
    for (let i = start; i < Math.min(options.items, start + perFile); i++) items.push(generateItem(options.seed, i));
    const format = generateFormat(options.seed, f);
    const share = options.uncertainShare ?? 0;
    const uncertain = share > 0 ? { share, r: new Random(streamRng(options.seed, 4, f)), count: 0 } : undefined;
    const text = renderFile(items, format, new Random(streamRng(options.seed, 3, f)), uncertain);
    files.push({
      file: `window-${String(f + 1).padStart(3, '0')}.csv`,
      bytes: encodeFile(text, format.encoding),
      format,
      items: items.length,
      steps: items.reduce((n, it) => n + it.steps.length, 0),
      uncertainSteps: uncertain?.count ?? 0,
    });
  }
  return files;
}
