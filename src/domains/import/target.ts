/**
 * Finding quantitative targets (指标) in the text of a work-plan notice (工作要点):
 * '组织院士与企业对接活动不少于2次' holds one target, 不少于2次, counting 院士与企业对接活动.
 *
 * The text is scanned once, left to right. At each numeral the quantity is read with
 * numerals.ts, then judged from a few characters of context: dates, ordinals, document
 * numbers, slogans (六位一体) and list counts (等六个方面) are dropped; numbers inside
 * quotation marks are kept but marked optional, and inside 《》 titles they are ignored.
 * What a target counts (its subject) is the noun right after it, or else the clause
 * before it with generic verbs and time words removed. All lookarounds are bounded, so
 * the cost stays linear in the length of the input.
 */
import type { Target, TargetValue } from './draft.js';
import {
  combineComparator,
  isArabicDigit,
  isNumeralChar,
  numeralRunEnd,
  readPrefixWord,
  readQuantityCore,
  readSuffixWord,
  type QuantityCore,
} from './numerals.js';

/** A quantity found in the text, with what is needed to name what it counts. */
interface Found {
  /** First character of the phrase as written, including 每年 and 不少于. */
  start: number;
  /** After the measure word and any 以上/左右. */
  end: number;
  value: TargetValue;
  clauseStart: number;
  quoted: boolean;
  /** 每年两次: a frequency to keep up, not an amount to reach. */
  recurring: boolean;
  /** The noun phrase written right after the quantity ('专家'); '' if none. */
  noun: string;
  /** A quoted name given as an example in an X、Y等 list. */
  dropped: boolean;
}

interface ScanState {
  clauseStart: number;
  quoteDepth: number;
  bookDepth: number;
  inOpenQuote: Found[];
  /** Found in quotations closed earlier in this clause; a later 等 drops them. */
  inClosedQuotes: Found[];
}

const OPEN_QUOTES = new Set(['“', '「', '『']);
const CLOSE_QUOTES = new Set(['”', '」', '』']);
const OPEN_BOOK = new Set(['《', '〈']);
const CLOSE_BOOK = new Set(['》', '〉']);
const CLAUSE_ENDS = new Set(['，', '。', '；', '：', '！', '？', ',', ';', '!', '?', '\n', '\r']);
/** ①…⑳, ⑴…⒇ and ⒈…⒛ number the entries of a list, so each one starts a clause. */
function isListMarker(ch: string): boolean {
  return ch >= '\u2460' && ch <= '\u249b';
}
/** Quotation state is reset at sentence ends so one stray mark cannot taint a whole document. */
const SENTENCE_ENDS = new Set(['。', '！', '？', '\n', '\r']);

const RECURRING_WORDS = ['每半年', '每季度', '每年', '每月', '每季', '每周', '每天'];
/** Idioms whose numeral is followed by a measure word but counts nothing. */
const FIXED_EXPRESSIONS = [
  '一批',
  '千家万户',
  '百家争鸣',
  '一条龙',
  '一件事',
  '一把手',
  '一揽子',
  '一张网',
  '一张图',
  '一盘棋',
  '八项规定',
];
/** Verbs bringing an amount down, and up; each is followed by 至, 到 or 为 (压缩至, 提高到). */
const DOWN_VERBS = [
  '压缩',
  '缩短',
  '缩减',
  '压减',
  '减少',
  '降低',
  '下降',
  '精简',
  '降',
  '减',
  '缩',
];
const UP_VERBS = ['提高', '提升', '增加', '增长', '扩大', '增至', '升'];
const TO_WORDS = ['至', '到', '为'];

function changeVerbs(stems: readonly string[]): string[] {
  return stems.flatMap((v) => (v.endsWith('至') ? [v] : TO_WORDS.map((t) => v + t)));
}
/** 由45天压缩至20天: the number before such a verb is where the work starts, not its target. */
const FROM_VALUE_VERBS = [...changeVerbs(DOWN_VERBS), ...changeVerbs(UP_VERBS)].sort(
  (a, b) => b.length - a.length,
);
/** 压缩至20天, 降至5%: the number after is a ceiling to get under. */
const DOWN_TO_VERBS = changeVerbs(DOWN_VERBS).sort((a, b) => b.length - a.length);
/** 由, 从: the amount a change starts from, up to this many characters before the number. */
const FROM_MARKERS = ['由', '从'];
const MAX_FROM_GAP = 6;
const MAX_FROM_NOUN = 10;
/** 排名前3位, 提前3天; 每千名老年人, 每百户: a rank or the base of a rate. */
const RANK_OR_RATE_BEFORE = new Set(['前', '每']);
/** 排名后3位, 倒数3名: a place counted from the bottom of a ranking. */
const RANK_UNITS = new Set(['位', '名']);
const RANK_FROM_END = ['后', '倒数'];
const PHASE_NOUNS = ['工程', '项目'];
/** 三项工程, 两大行动: a count in words naming a set of programmes, not an amount to reach. */
const PROGRAMME_NOUNS = ['工程', '行动', '计划', '战略', '机制', '制度', '改革', '举措', '体系'];
/** Quotation and title marks closing the names a count sums up (“甲”“乙”“丙”三项工程). */
const NAME_CLOSES = new Set(['”', '」', '』', '》']);
/** A group heading counts its entries: （一）5项重点改革. */
const HEADING_UNITS = new Set(['项', '类', '条']);
const HEADING_LABEL_CHARS = /[（()）、.． \t\u3000一二三四五六七八九十0-9０-９]/;
const MAX_HEADING_LABEL = 8;
const MAX_HEADING = 24;
/** 一次性, 一站式, 一体化: a measure word turned adjective. */
const ADJECTIVE_SUFFIXES = new Set(['性', '式', '化']);
/** 四个意识, 两个维护: political slogans. */
const SLOGAN_NOUNS_AFTER_GE = [
  '意识',
  '自信',
  '维护',
  '确立',
  '代表',
  '务必',
  '全面',
  '服从',
  '坚持',
  '一百年',
];
/** Nouns that make a number count the parts of the text itself (十项重点工作, 六个方面). */
const LIST_NOUNS = [
  '方面',
  '重点工作',
  '重点任务',
  '主要任务',
  '部分',
  '环节',
  '层面',
  '原则',
  '步骤',
  '阶段',
  '维度',
];

/** Verbs that end the noun written after a quantity: 100名专家|开展…. */
const NOUN_ENDING_VERBS = [
  '开展',
  '深入',
  '助力',
  '参加',
  '参与',
  '进行',
  '组织',
  '举办',
  '走进',
  '帮扶',
  '指导',
  '完成',
  '实现',
  '获得',
  '达到',
  '进入',
  '联系',
  '赴',
  '在',
  '为',
  '向',
  '从',
  '把',
  '将',
  '并',
  '和',
  '到',
];
/** Event nouns that close a noun phrase: 1次海智对接活动, 两次专题研究|目标绩效…. */
const EVENT_HEADS = [
  '座谈会',
  '交流会',
  '对接会',
  '推介会',
  '培训班',
  '活动',
  '研究',
  '会议',
  '培训',
  '讲座',
  '论坛',
  '大赛',
  '比赛',
  '竞赛',
  '展览',
  '调研',
  '检查',
  '督查',
  '宣讲',
  '评选',
  '演出',
  '义诊',
];
const MAX_NOUN = 12;
/** How far back a clause is read for a subject; bounds the work per target. */
const MAX_CLAUSE = 40;

/** Verbs after which the count is of people or households who reach an outcome. */
const OUTCOME_VERBS = [
  '脱贫',
  '就业',
  '受益',
  '参训',
  '参赛',
  '获奖',
  '摘帽',
  '出列',
  '入学',
  '创业',
  '落户',
  '入驻',
];
const TIME_WORDS = ['全年度', '本年度', '年度内', '全年', '今年', '每年', '年内', '当年'];
const LEADING_ADVERBS = [
  '进一步',
  '力争',
  '确保',
  '继续',
  '积极',
  '努力',
  '全力',
  '切实',
  '认真',
  '累计',
  '要',
];
/** Verbs too generic to name what is counted: 组织…活动 counts 活动. */
const GENERIC_VERBS = ['组织', '开展', '举办', '完成', '实施', '新建', '召开', '举行', '好'];
/** Verbs kept before an 等-list head: 争取…等资金 counts 争取资金. */
const LEADING_VERBS = [
  '争取',
  '组织',
  '开展',
  '举办',
  '完成',
  '实施',
  '新建',
  '建设',
  '创建',
  '培育',
  '引进',
  '招引',
  '申报',
  '推广',
  '发展',
  '新增',
  '建成',
  '发放',
  '征集',
  '募集',
  '筹集',
  '投入',
];
const PER_PERSON_MARKERS = ['每人', '人均', '每名', '每位'];
const STAFF_NOUNS = ['工作人员', '公务员', '干部', '党员', '职工'];
const PERSONAL_ACTIONS = [
  '深入',
  '下基层',
  '下沉',
  '参加',
  '参训',
  '学习',
  '走访',
  '联系',
  '撰写',
  '调研',
  '开展',
  '完成',
  '到',
];
/** A noun this short reads as part of the quantity: 100名专家, 百家企业. */
const MAX_NOUN_IN_TEXT = 3;

function startsWithAny(text: string, words: readonly string[], pos = 0): string | undefined {
  return words.find((w) => text.startsWith(w, pos));
}

function isLatinLetter(ch: string): boolean {
  return (ch >= 'A' && ch <= 'Z') || (ch >= 'a' && ch <= 'z');
}

function isNounChar(ch: string): boolean {
  return (ch >= '\u4e00' && ch <= '\u9fff') || isLatinLetter(ch);
}

/** Context that shows the number is an ordinal, code, list count or part of an idiom or slogan. */
function isNotATarget(text: string, pos: number, core: QuantityCore): boolean {
  const before = text.charAt(pos - 1);
  if (before === '第' || isLatinLetter(before) || isArabicDigit(before)) return true;
  if (RANK_OR_RATE_BEFORE.has(before) || isRankFromEnd(text, pos, core)) return true;
  if (startsWithAny(text, FIXED_EXPRESSIONS, pos) !== undefined) return true;
  const after = text.charAt(core.end);
  if (ADJECTIVE_SUFFIXES.has(after) || isLatinLetter(after)) return true;
  if (core.unit === '个' && startsWithAny(text, SLOGAN_NOUNS_AFTER_GE, core.end) !== undefined)
    return true;
  // 六位一体: a numeral right after that starts no quantity of its own makes a slogan.
  return isNumeralChar(after) && readQuantityCore(text, core.end) === null;
}

/** 后3位, 倒数5名: 后 and 倒数 before a place in a ranking (此后3年 is no rank). */
function isRankFromEnd(text: string, pos: number, core: QuantityCore): boolean {
  if (!RANK_UNITS.has(core.unit)) return false;
  return RANK_FROM_END.some((w) => w.length <= pos && text.startsWith(w, pos - w.length));
}

/**
 * 在甲、乙等8个以上领域: a number after 等 is an amount when written in digits or framed by a
 * comparator; 等三个方面, 等五项任务 in words only sum up the entries just listed.
 */
function isListSum(text: string, pos: number, framed: boolean): boolean {
  return !framed && text.charAt(pos - 1) === '等' && !isArabicDigit(text.charAt(pos));
}

/**
 * 建立一套机制, 开展一次检查, 推进二期工程, 统筹两种资源, 两个平台: a lone 一, 二 or 两 with no
 * comparator names a kind, a set or a phase, not an amount to reach. 二 before a measure word is an
 * ordinal (二期, 二次开发); 两 before a noun names a pair of kinds (两个平台, 两套班子) and counts
 * only when nothing follows (举办培训班两期) or a frequency frames it (每年两次). Amounts are written
 * in Arabic digits, with a comparator (至少一次), or from three up.
 */
function isCountWord(text: string, pos: number, core: QuantityCore, noun: string): boolean {
  const numeralEnd = core.end - core.unit.length;
  if (numeralEnd !== pos + 1 || core.min !== undefined) return false;
  const numeral = text.charAt(pos);
  if (numeral === '一' || numeral === '二') return true;
  return numeral === '两' && noun !== '';
}

/**
 * “粤匠培育”“南粤技工”三项工程, 实施三项工程: a count written in words right after the names it
 * sums up, or before a programme noun, without any comparator.
 */
function isProgrammeCount(text: string, pos: number, core: QuantityCore): boolean {
  if (isArabicDigit(text.charAt(pos)) || core.min !== undefined) return false;
  if (NAME_CLOSES.has(text.charAt(pos - 1))) return true;
  return startsWithAny(text, PROGRAMME_NOUNS, core.end) !== undefined;
}

/** Whether the number at pos is where a change starts: 由45天压缩至20天, 从3家增加到5家. */
function isFromValue(text: string, pos: number, end: number): boolean {
  if (startsWithAny(text, FROM_VALUE_VERBS, end) !== undefined) return true;
  let from = -1;
  for (let i = pos - 1; i >= 0 && pos - i <= MAX_FROM_GAP; i--) {
    const ch = text.charAt(i);
    if (CLAUSE_ENDS.has(ch)) break;
    if (FROM_MARKERS.includes(ch)) {
      from = i;
      break;
    }
  }
  if (from < 0) return false;
  const stop = Math.min(text.length, end + MAX_FROM_NOUN);
  for (let j = end; j < stop; j++) {
    if (CLAUSE_ENDS.has(text.charAt(j))) return false;
    if (startsWithAny(text, FROM_VALUE_VERBS, j) !== undefined) return true;
  }
  return false;
}

/** 压缩至20天, 降为5%: a change verb right before the number (past a neutral comparator). */
function isDownTo(text: string, start: number): boolean {
  return DOWN_TO_VERBS.some((v) => v.length <= start && text.startsWith(v, start - v.length));
}

/** 三期工程, 二期项目: a phase of a project, named by its number. */
function isPhaseName(text: string, core: QuantityCore): boolean {
  return core.unit === '期' && startsWithAny(text, PHASE_NOUNS, core.end) !== undefined;
}

/**
 * （一）5项重点改革 on a line of its own: a heading counting its entries. The line is read back to
 * its numbering label and forward to its end, both bounded.
 */
function isHeadingCount(text: string, pos: number, core: QuantityCore): boolean {
  if (!HEADING_UNITS.has(core.unit)) return false;
  let i = pos - 1;
  while (i >= 0 && pos - i <= MAX_HEADING_LABEL && HEADING_LABEL_CHARS.test(text.charAt(i))) i--;
  if (i >= 0 && text.charAt(i) !== '\n') return false;
  for (let j = core.end; j < text.length && text.charAt(j) !== '\n'; j++) {
    if (j - core.end >= MAX_HEADING || CLAUSE_ENDS.has(text.charAt(j))) return false;
  }
  return true;
}

/** End of the event noun at pos and any event noun straight after it (培训活动). */
function eventHeadEnd(text: string, pos: number): number {
  let end = pos;
  for (
    let head = startsWithAny(text, EVENT_HEADS, end);
    head !== undefined;
    head = startsWithAny(text, EVENT_HEADS, end)
  ) {
    end += head.length;
  }
  return end;
}

function readFollowingNoun(text: string, pos: number): string {
  let i = pos;
  while (i - pos < MAX_NOUN) {
    const ch = text.charAt(i);
    if (!isNounChar(ch) || isNumeralChar(ch) || ch === '等') break;
    if (startsWithAny(text, NOUN_ENDING_VERBS, i) !== undefined) break;
    const headEnd = eventHeadEnd(text, i);
    if (headEnd > i) return text.slice(pos, headEnd);
    i++;
  }
  return text.slice(pos, i);
}

/** 十项重点工作：① … or 六个方面 count the items of a list, not work to be done. */
function isListCount(text: string, noun: string, nounEnd: number): boolean {
  if (startsWithAny(noun, LIST_NOUNS) !== undefined) return true;
  const after = text.charAt(nounEnd);
  return noun !== '' && (after === '：' || after === ':');
}

function toTargetValue(core: QuantityCore, comparator: TargetValue['comparator']): TargetValue {
  if (core.min !== undefined && core.max !== undefined) {
    return { comparator, min: core.min, max: core.max, unit: core.unit };
  }
  return { comparator, value: core.value ?? 0, unit: core.unit };
}

function describe(text: string, pos: number, core: QuantityCore, state: ScanState): Found | null {
  const prefix = readPrefixWord(text, pos);
  const afterPrefix = pos - (prefix?.word.length ?? 0);
  const recurring = RECURRING_WORDS.find(
    (w) => w.length <= afterPrefix && text.startsWith(w, afterPrefix - w.length),
  );
  const suffix = readSuffixWord(text, core.end);
  const end = core.end + (suffix?.word.length ?? 0);
  const noun = readFollowingNoun(text, end);
  if (isListCount(text, noun, end + noun.length)) return null;
  const framed = prefix !== null || suffix !== null || core.more || recurring !== undefined;
  if (!framed && isCountWord(text, pos, core, noun)) return null;
  if (isListSum(text, pos, framed)) return null;
  if (isFromValue(text, pos, end)) return null;
  if (isPhaseName(text, core) || isHeadingCount(text, pos, core)) return null;
  if (!framed && isProgrammeCount(text, pos, core)) return null;
  let comparator = combineComparator(prefix, suffix, core);
  // 压缩至20天, 降到5%以下: a ceiling, unless a word of its own says otherwise.
  if (isDownTo(text, afterPrefix) && (prefix === null || prefix.neutral) && suffix === null) {
    if (core.min === undefined) comparator = '<=';
  }
  return {
    start: afterPrefix - (recurring?.length ?? 0),
    end,
    value: toTargetValue(core, comparator),
    clauseStart: state.clauseStart,
    quoted: state.quoteDepth > 0,
    recurring: recurring !== undefined,
    noun,
    dropped: false,
  };
}

/** Reads the quantity at pos, records it, and returns where scanning resumes. */
function readAt(text: string, pos: number, state: ScanState, found: Found[]): number {
  const core = readQuantityCore(text, pos);
  const skip = Math.max(core?.end ?? 0, numeralRunEnd(text, pos));
  if (core === null || state.bookDepth > 0 || isNotATarget(text, pos, core)) return skip;
  const f = describe(text, pos, core, state);
  if (f === null) return skip;
  found.push(f);
  if (state.quoteDepth > 0) state.inOpenQuote.push(f);
  return f.end;
}

function closeQuote(state: ScanState): void {
  if (state.quoteDepth === 0) return;
  state.quoteDepth--;
  if (state.quoteDepth > 0) return;
  // concat, not push(...): a spread of a huge list would overflow the call stack.
  state.inClosedQuotes = state.inClosedQuotes.concat(state.inOpenQuote);
  state.inOpenQuote = [];
}

function endClause(state: ScanState, ch: string, next: number): void {
  state.clauseStart = next;
  state.inClosedQuotes = [];
  if (!SENTENCE_ENDS.has(ch)) return;
  state.quoteDepth = 0;
  state.bookDepth = 0;
  state.inOpenQuote = [];
}

/** Follows quotation marks, 《》 titles and clause ends for the character at i. */
function track(ch: string, i: number, state: ScanState): void {
  if (OPEN_QUOTES.has(ch) || (ch === '"' && state.quoteDepth === 0)) state.quoteDepth++;
  else if (CLOSE_QUOTES.has(ch) || ch === '"') closeQuote(state);
  else if (OPEN_BOOK.has(ch)) state.bookDepth++;
  else if (CLOSE_BOOK.has(ch)) state.bookDepth = Math.max(0, state.bookDepth - 1);
  else if (ch === '等' && state.quoteDepth === 0) {
    // “百名专家进乡村学堂”讲科普等常项活动: the quoted name is one example of a kind of work.
    for (const f of state.inClosedQuotes) f.dropped = true;
    state.inClosedQuotes = [];
  } else if (CLAUSE_ENDS.has(ch) || isListMarker(ch)) endClause(state, ch, i + 1);
}

function scan(text: string): Found[] {
  const found: Found[] = [];
  const state: ScanState = {
    clauseStart: 0,
    quoteDepth: 0,
    bookDepth: 0,
    inOpenQuote: [],
    inClosedQuotes: [],
  };
  let i = 0;
  while (i < text.length) {
    const ch = text.charAt(i);
    if (isNumeralChar(ch)) {
      i = readAt(text, i, state, found);
    } else {
      track(ch, i, state);
      i++;
    }
  }
  return found.filter((f) => !f.dropped);
}

/** The values in a short phrase: '不少于2次' → one, '92户230人' → two, '十九大' → none. */
export function parseTargetPhrase(text: string): TargetValue[] {
  return scan(String(text)).map((f) => f.value);
}

/** Quantities written back to back (92户230人) share what follows them. */
function groupChains(found: readonly Found[]): Found[][] {
  const chains: Found[][] = [];
  let previous: Found | undefined;
  for (const f of found) {
    const last = chains.at(-1);
    if (last !== undefined && previous !== undefined && previous.end === f.start) last.push(f);
    else chains.push([f]);
    previous = f;
  }
  return chains;
}

function stripLeading(text: string, words: readonly string[]): string {
  let s = text;
  for (let w = startsWithAny(s, words); w !== undefined; w = startsWithAny(s, words))
    s = s.slice(w.length);
  return s;
}

function removeTimeWords(text: string): string {
  return TIME_WORDS.reduce((s, w) => s.split(w).join(''), text).replace(/^[0-9０-９]{4}年/, '');
}

/** 争取国家级、省级“…”等资金 → 争取资金: the list head names what is counted. */
function listHeadSubject(clause: string): string | null {
  const deng = clause.lastIndexOf('等');
  if (deng < 0 || deng === clause.length - 1) return null;
  const before = clause.slice(0, deng);
  if (!before.includes('、') && !before.includes('”') && !before.includes('和')) return null;
  return (startsWithAny(clause, LEADING_VERBS) ?? '') + clause.slice(deng + 1);
}

/** The clause before a quantity, reduced to what it counts. */
function precedingSubject(text: string, first: Found): string {
  const raw = text.slice(Math.max(first.clauseStart, first.start - MAX_CLAUSE), first.start);
  const clause = stripLeading(removeTimeWords(raw.trim()), LEADING_ADVERBS);
  const listHead = listHeadSubject(clause);
  if (listHead !== null) return listHead;
  return stripLeading(clause, [...GENERIC_VERBS, ...LEADING_ADVERBS]).replace(/的$/, '');
}

/** 92户230人脱贫 → 脱贫户 and 脱贫人口. */
function outcomeSubject(verb: string, unit: string): string {
  if (unit === '户') return `${verb}户`;
  if (unit === '人' || unit === '名') return `${verb}人口`;
  if (unit === '人次') return `${verb}人次`;
  return verb;
}

/** 领导干部深入基层 is a quota for each cadre, not for the body as a whole. */
function isPerPerson(subject: string): boolean {
  if (PER_PERSON_MARKERS.some((m) => subject.includes(m))) return true;
  return STAFF_NOUNS.some((noun) => {
    const at = subject.indexOf(noun);
    return (
      at >= 0 && at <= 8 && startsWithAny(subject, PERSONAL_ACTIONS, at + noun.length) !== undefined
    );
  });
}

interface Naming {
  where: string;
  subject: string;
  /** The noun appended to the written phrase ('专家' in 100名专家), or ''. */
  ownNoun: string;
  perPerson: boolean;
}

function toTarget(f: Found, text: string, naming: Naming): Target {
  const { comparator, value, min, max, unit } = f.value;
  const target: Target = {
    where: naming.where,
    text: text.slice(f.start, f.end) + naming.ownNoun,
    comparator,
    unit,
    subject: naming.subject,
  };
  // Copied field by field: absent keys stay absent, and object spread is slow on hot paths.
  if (value !== undefined) target.value = value;
  if (min !== undefined) target.min = min;
  if (max !== undefined) target.max = max;
  if (f.quoted || f.recurring) target.optional = true;
  if (naming.perPerson) target.perPerson = true;
  return target;
}

function naming(where: string, subject: string, ownNoun = ''): Naming {
  return { where, subject, ownNoun, perPerson: isPerPerson(subject) };
}

function chainTargets(text: string, chain: readonly Found[], where: string): Target[] {
  const first = chain[0];
  const last = chain.at(-1);
  if (first === undefined || last === undefined) return [];
  const outcome = startsWithAny(text, OUTCOME_VERBS, last.end);
  if (outcome !== undefined) {
    return chain.map((f) =>
      toTarget(f, text, naming(where, outcomeSubject(outcome, f.value.unit))),
    );
  }
  if (last.noun !== '') {
    const ownNoun = chain.length === 1 && last.noun.length <= MAX_NOUN_IN_TEXT ? last.noun : '';
    const named = naming(where, last.noun, ownNoun);
    return chain.map((f) => toTarget(f, text, named));
  }
  const named = naming(where, precedingSubject(text, first));
  return chain.map((f) => toTarget(f, text, named));
}

/** Every target in a sentence or paragraph; `where` is passed through ('item 3'). */
export function extractTargets(text: string, where: string): Target[] {
  const source = String(text);
  return groupChains(scan(source)).flatMap((chain) => chainTargets(source, chain, where));
}
