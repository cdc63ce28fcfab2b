/**
 * Telling a department's name (市财政局, 人力资源社会保障部, 基层司, 国务院办公厅督查室) from the
 * ordinary words around it, and lists of names as notices write them: "民政部、财政部等",
 * "市财政局和市统计局". Generic words (有关部门, 各地区, 各级政府) are never departments.
 */

/** Endings of a body's name, longest first so 委员会 is matched before 会. */
const SUFFIXES: readonly string[] = [
  '委员会',
  '办公室',
  '广播电视台',
  '电视台',
  '气象台',
  '工作专班',
  '专班',
  '指挥部',
  '大学',
  '学校',
  '中学',
  '小学',
  '党校',
  '支队',
  '大队',
  '总队',
  '中队',
  '支行',
  '分行',
  '街道',
  '办公厅',
  '领导小组',
  '工作组',
  '总工会',
  '总局',
  '总署',
  '中心',
  '科协',
  '政府',
  '银行',
  '集团',
  '公司',
  '法院',
  '检察院',
  '中央',
  '海关',
  '镇',
  '乡',
  '部',
  '委',
  '局',
  '厅',
  '办',
  '署',
  '院',
  '会',
  '室',
  '司',
  '处',
  '科',
  '所',
  '站',
  '社',
  '联',
  '馆',
];

/** Words that end like a name but name no one in particular. */
const GENERIC_WORDS = new Set([
  '社会',
  '全社会',
  '社会各界',
  '党委政府',
  '地方政府',
  '基层政府',
  '当地政府',
  '本级政府',
  '上级部门',
  '主管部门',
  '行业主管部门',
  '职能部门',
  '部门',
  '单位',
  '会议',
  '大会',
  '全会',
  '例会',
  '常委会',
  '学会',
  '协会',
  '研究会',
  '基金会',
  '医院',
  '学院',
  '院所',
  '科研院所',
  '学校',
  '高校',
  '中小学',
  '大中小学',
  '城镇',
  '乡镇',
  '村镇',
  '集镇',
  '小城镇',
  '城乡',
  '家乡',
  '故乡',
  '专班',
  '工作专班',
]);
/** Words ending like a body's name that name people, parts or events: 党员干部, 内部, 座谈会. */
const NOT_A_BODY_ENDING =
  /(?:干部|全部|内部|外部|局部|大会|全会|年会|例会|座谈会|研讨会|博览会|交易会|运动会|洽谈会|推介会|现场会|培训会|部署会|工作会|晚会)$/;
const GENERIC_PREFIXES = ['各', '有关', '相关', '其他', '其它', '地方各级', '所属', '下属', '本'];
const GENERIC_INSIDE = ['各', '有关部门', '相关部门', '有关单位', '相关单位'];

/** The longest name a notice gives a body. */
export const MAX_NAME = 24;

function endsWithSuffix(name: string): boolean {
  return SUFFIXES.some((s) => name.endsWith(s) && name.length > s.length);
}

/** 有关部门, 各地区, 各级政府, 全社会: never a department. */
export function isGenericOwner(name: string): boolean {
  if (GENERIC_WORDS.has(name)) return true;
  if (NOT_A_BODY_ENDING.test(name)) return true;
  if (GENERIC_PREFIXES.some((p) => name.startsWith(p))) return true;
  return GENERIC_INSIDE.some((w) => name.includes(w));
}

/** A name a notice gives a body: CJK only, of a sensible length, ending like one. */
export function looksLikeDepartment(name: string): boolean {
  if (name.length < 2 || name.length > MAX_NAME) return false;
  if (!/^[\u4e00-\u9fff]+$/.test(name)) return false;
  if (/[的是在了要将把于]|会同|牵头|负责|配合|参与/.test(name)) return false;
  return endsWithSuffix(name) && !isGenericOwner(name);
}

/** 市财政局和市统计局: 和/及/与 join two names only when the left side is itself a name. */
function splitJoined(part: string): string[] {
  const pieces = part.split(/(以及|和|及|与)/);
  const names: string[] = [];
  let current = pieces[0] ?? '';
  for (let k = 1; k + 1 < pieces.length; k += 2) {
    const next = pieces[k + 1] ?? '';
    // 住房和城乡建设部: a joiner after a word that is not yet a name belongs to the name.
    if (endsWithSuffix(current)) {
      names.push(current);
      current = next;
    } else current += (pieces[k] ?? '') + next;
  }
  names.push(current);
  return names;
}

/** Trailing words of a list that are not part of the last name. */
const LIST_TAIL = /(?:等(?:有关|相关)?(?:部门|单位)?|等)$/;

export interface NameList {
  /** Department names in order, generic words dropped. */
  names: string[];
  /** False when some part was neither a department nor a generic word. */
  clean: boolean;
}

/**
 * "民政部、财政部等" → [民政部, 财政部]; "有关部门" → [] (clean); "加快推进" → not clean.
 * Bounded input: callers pass one clause.
 */
export function readNameList(text: string): NameList {
  const trimmed = text.replace(/[\s\u3000]/g, '').replace(LIST_TAIL, '');
  if (trimmed === '') return { names: [], clean: false };
  // 各市、县人民政府: 各 applies to every name of the list.
  if (trimmed.startsWith('各')) return { names: [], clean: true };
  const names: string[] = [];
  let clean = true;
  for (const part of trimmed.split(/[、，,]/).flatMap(splitJoined)) {
    const name = part.replace(LIST_TAIL, '');
    if (name === '') continue;
    if (isGenericOwner(name)) continue;
    if (looksLikeDepartment(name)) {
      if (!names.includes(name)) names.push(name);
    } else clean = false;
  }
  return { names, clean };
}

/** Departments named for one task, as a clause of the text gives them. */
export interface OwnerGroup {
  /** Where the clause starts in the text, to keep groups in reading order. */
  at: number;
  lead: string[];
  co: string[];
  /**
   * Named with 负责 alone ("民政部、财政部负责"): all lead, unless the notice has said that the
   * first-named department leads; then the others co-operate.
   */
  ranked: boolean;
}

/** The lead and co-operating departments of an item from its groups, in reading order. */
export function resolveGroups(
  groups: readonly OwnerGroup[],
  firstLeads: boolean,
): { lead: string[]; co: string[] } {
  const lead: string[] = [];
  const co: string[] = [];
  const add = (list: string[], names: readonly string[]) => {
    for (const n of names) if (!list.includes(n)) list.push(n);
  };
  for (const g of [...groups].sort((a, b) => a.at - b.at)) {
    if (g.ranked && firstLeads) {
      add(lead, g.lead.slice(0, 1));
      add(co, g.lead.slice(1));
    } else {
      add(lead, g.lead);
      add(co, g.co);
    }
  }
  return { lead, co: co.filter((n) => !lead.includes(n)) };
}

/** The word between a lead and those it works with: 会同, 联合 (not 联合国, 联合体), 协同, 会商. */
export const JOINT = /会同|会商|联合(?![国体会社办])|协同(?!推进|发展|治理|创新|配合|联动|作战)/;

export type Role = 'lead' | 'duty' | 'co';

/** Role words a clause ends with, longest first: 牵头 leads, 负责 is a duty, 配合 co-operates. */
const ROLE_WORDS: readonly [string, Role][] = [
  ['按职责分工负责', 'duty'],
  ['负总责', 'duty'],
  ['按照职责分工负责', 'duty'],
  ['按职能分工负责', 'duty'],
  ['牵头负责', 'lead'],
  ['负责牵头', 'lead'],
  ['牵头抓总', 'lead'],
  ['分工负责', 'duty'],
  ['分别负责', 'duty'],
  ['共同负责', 'duty'],
  ['负责落实', 'duty'],
  ['配合落实', 'co'],
  ['参与配合', 'co'],
  ['协助配合', 'co'],
  ['牵头', 'lead'],
  ['主责', 'lead'],
  ['主办', 'lead'],
  ['负责', 'duty'],
  ['配合', 'co'],
  ['参与', 'co'],
  ['参加', 'co'],
  ['协助', 'co'],
  ['协同', 'co'],
  ['协办', 'co'],
];

/** What the named are to do after their role word: 牵头实施, 负责落实, 配合推进. */
const ROLE_ACTION = /(?:组织实施|实施|落实|推进|推动|执行|办理)$/;
/** Words between the names and the role: 按职责, 按照职责分工, 各自, 具体. */
const ROLE_MANNER =
  /(?:(?:按照?|根据|依据?|依照)(?:各自)?(?:职责|职能)(?:分工)?|具体|主要|统一|全面|分别|共同|各自)+$/;

export interface RoleClause {
  role: Role;
  names: string[];
}

/**
 * "民政部、财政部负责", "由市发改委牵头", "市财政局等配合" → the role and the names; null when the
 * clause is not a list of departments followed by a role word.
 */
export function readRoleClause(clause: string): RoleClause | null {
  const whole = clause.replace(/[\s\u3000]/g, '');
  const role = roleAtEnd(whole) ?? roleAtEnd(whole.replace(ROLE_ACTION, ''));
  if (!role) return null;
  const list = role.before.replace(/^(?:由|请|均由|并由)/, '').replace(ROLE_MANNER, '');
  const { names, clean } = readNameList(list);
  return clean ? { role: role.role, names } : null;
}

/** The role word a clause ends with and the text before it. */
function roleAtEnd(text: string): { role: Role; before: string } | null {
  const found = ROLE_WORDS.find(([w]) => text.endsWith(w) && text.length > w.length);
  if (!found) return null;
  const [word, role] = found;
  return { role, before: text.slice(0, text.length - word.length) };
}

/** Groups from the role clauses of one parenthesis or sentence: 牵头 and 配合 make roles explicit. */
export function groupOf(at: number, clauses: readonly RoleClause[]): OwnerGroup | null {
  if (clauses.length === 0) return null;
  const hasLead = clauses.some((c) => c.role === 'lead');
  const explicit = hasLead || clauses.some((c) => c.role === 'co');
  const lead: string[] = [];
  const co: string[] = [];
  for (const c of clauses) {
    // 负责 beside a 牵头 clause co-operates; beside a 配合 clause it leads.
    if (c.role === 'lead' || (c.role === 'duty' && !hasLead)) lead.push(...c.names);
    else co.push(...c.names);
  }
  if (lead.length === 0 && co.length === 0) return null;
  return { at, lead, co, ranked: !explicit };
}
