/**
 * Fuzz test for parseNotice: thousands of deterministic mutations of the worked example
 * (seeded mulberry32, so every failure names a seed and case that reproduce it) plus giant,
 * degenerate and malformed inputs. Each must return ok with a structurally valid draft or
 * ok:false with a message — never throw. No timing assertions: linearity is the bench's job.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { SourceBlock, SourceDocument } from './draft.js';
import { parseNotice, type ParseResult } from './parse-notice.js';

const EXAMPLE = readFileSync(
  new URL('./fixtures/chuzhou-cast-2017-workplan.txt', import.meta.url),
  'utf8',
);
const EXAMPLE_LINES = EXAMPLE.split('\n');

// ---------------------------------------------------------------- deterministic randomness

type Rng = () => number;

/** mulberry32: a tiny 32-bit PRNG, good enough to spread mutations and fully reproducible. */
function mulberry32(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const int = (rng: Rng, n: number): number => Math.floor(rng() * n);
const pick = <T>(rng: Rng, list: readonly T[]): T => list[int(rng, list.length)] as T;

/** Characters and fragments a notice is made of, plus the ones that break naive code. */
// prettier-ignore
const JUNK: readonly string[] = [
  '一', '二', '十', '项', '年', '月', '日', '号', '科', '协', '的', '0', '1', '2', '9', '12', '2017', '1999',
  '⒈', '⒑', '⒛', '①', '⑩', '⑳', '（一）', '(1)', '（1）', '一、', '十一、', '1.', '1、', '999.', '１', '２', '０', '１２',
  '\t', '\n', '\r', '\r\n', '\n\n', '《', '》', '“', '”', '"', '：', '，', '。', '；', '、', '—', '～', '-', '至',
  '\u3000', '\u00a0', '\u200b', '\uFEFF', '\uD800', '\uDC00', '\uDBFF', '\0', '😀', '𠀀',
  '牵头单位：', '配合单位：', '责任人：', '完成时限：', '不少于', '不超过', '以上', '左右', '等', '每年', '每月',
  '〔2017〕', '滁科协〔2017〕2号', '关于', '的通知', '工作要点', '重点工作任务表', '十项重点工作',
  '\t序号', '\t重点工作内容', '\t责任人', '\t责任部室', '\t完成时间', '\t备注', '\t',
  '长期', '全年', '上半年', '三季度末', '5月底', '6月30日前', '3—5月', '次年2月', '2018年3月底前', '0000年3月', '9999年',
  '2017年5月4日', '二〇一七年五月四日', '抄报：', '各县、市、区科协：',
];

function randomChar(rng: Rng): string {
  return rng() < 0.5
    ? String.fromCharCode(int(rng, 0x10000))
    : String.fromCharCode(0x4e00 + int(rng, 0x5200));
}

const junk = (rng: Rng): string => (rng() < 0.8 ? pick(rng, JUNK) : randomChar(rng));

// ---------------------------------------------------------------- mutations

type Mutator = (text: string, rng: Rng) => string;

const lines = (text: string): string[] => text.split('\n');

function truncate(text: string, rng: Rng): string {
  return rng() < 0.8
    ? text.slice(0, int(rng, text.length + 1))
    : text.slice(int(rng, text.length + 1));
}

function shuffleLines(text: string, rng: Rng): string {
  const all = lines(text);
  const from = rng() < 0.3 ? 0 : int(rng, all.length);
  const to = Math.min(all.length, from + 2 + int(rng, all.length));
  for (let i = to - 1; i > from; i--) {
    const j = from + int(rng, i - from + 1);
    [all[i], all[j]] = [all[j] ?? '', all[i] ?? ''];
  }
  return all.join('\n');
}

function duplicateLines(text: string, rng: Rng): string {
  const all = lines(text);
  for (let k = 1 + int(rng, 12); k > 0; k--) {
    const line = all[int(rng, all.length)] ?? '';
    all.splice(int(rng, all.length + 1), 0, ...Array<string>(1 + int(rng, 4)).fill(line));
  }
  return all.join('\n');
}

function deleteLines(text: string, rng: Rng): string {
  const all = lines(text);
  for (let k = 1 + int(rng, Math.max(1, all.length / 2)); k > 0 && all.length > 0; k--) {
    all.splice(int(rng, all.length), 1 + int(rng, 3));
  }
  return all.join('\n');
}

function insertJunk(text: string, rng: Rng): string {
  let out = text;
  for (let k = 1 + int(rng, 30); k > 0; k--) {
    const at = int(rng, out.length + 1);
    out = out.slice(0, at) + junk(rng).repeat(1 + int(rng, 3)) + out.slice(at);
  }
  return out;
}

function replaceChars(text: string, rng: Rng): string {
  const chars = text.split('');
  for (let k = 1 + int(rng, 40); k > 0 && chars.length > 0; k--)
    chars[int(rng, chars.length)] = junk(rng);
  return chars.join('');
}

function copySegments(text: string, rng: Rng): string {
  let out = text;
  for (let k = 1 + int(rng, 5); k > 0; k--) {
    const from = int(rng, out.length);
    const segment = out.slice(from, from + int(rng, 400));
    const at = int(rng, out.length + 1);
    out = out.slice(0, at) + segment.repeat(1 + int(rng, 5)) + out.slice(at);
  }
  return out;
}

const SINGLE: readonly Mutator[] = [
  truncate,
  shuffleLines,
  duplicateLines,
  deleteLines,
  insertJunk,
  replaceChars,
  copySegments,
];

function combined(text: string, rng: Rng): string {
  let out = text;
  for (let k = 2 + int(rng, 3); k > 0; k--) out = pick(rng, SINGLE)(out, rng);
  return out;
}

/** Text → paragraph blocks and ragged table blocks, as a reader of a broken file might give. */
function asDocument(text: string, rng: Rng): SourceDocument {
  const blocks: SourceBlock[] = [];
  lines(text).forEach((line, i) => {
    if (rng() < 0.03) blocks.push({ kind: 'table', rows: randomRows(rng), line: i + 1 });
    else blocks.push({ kind: 'paragraph', text: line, line: i + 1 });
  });
  return { blocks };
}

function randomRows(rng: Rng): string[][] {
  const cells = EXAMPLE_LINES.filter((l) => l.startsWith('\t')).map((l) => l.slice(1));
  const header = ['序号', '重点工作内容', '责任人', '责任部室', '分管领导', '完成时间', '备注'];
  const rows = Array.from({ length: int(rng, 15) }, () =>
    Array.from({ length: int(rng, 10) }, () => (rng() < 0.2 ? junk(rng) : pick(rng, cells))),
  );
  if (rng() < 0.7)
    rows.splice(int(rng, rows.length + 1), 0, rng() < 0.5 ? header : [...header].reverse());
  return rows;
}

// ---------------------------------------------------------------- what a valid result is

const ARRAYS = [
  'keyTasks',
  'sections',
  'items',
  'tableColumns',
  'tableRows',
  'warnings',
  'targets',
  'tasks',
] as const;
const DATE_KEYS = new Set(['start', 'due', 'issueDate']);
const ERROR_CODES = new Set(['empty', 'no_structure']);

function isIsoDate(value: unknown): boolean {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** Every number finite, every date key null or a real YYYY-MM-DD, no functions or cycles. */
function walk(value: unknown, path: string, problems: string[], depth = 0): void {
  if (depth > 12) problems.push(`${path}: nested too deep`);
  else if (typeof value === 'number' && !Number.isFinite(value)) problems.push(`${path}: ${value}`);
  else if (Array.isArray(value))
    value.forEach((v, i) => walk(v, `${path}[${i}]`, problems, depth + 1));
  else if (value !== null && typeof value === 'object') {
    for (const [key, v] of Object.entries(value)) {
      if (DATE_KEYS.has(key) && v !== null && !isIsoDate(v))
        problems.push(`${path}.${key}: bad date ${JSON.stringify(v)}`);
      walk(v, `${path}.${key}`, problems, depth + 1);
    }
  } else if (
    !['string', 'number', 'boolean', 'undefined'].includes(typeof value) &&
    value !== null
  ) {
    problems.push(`${path}: unexpected ${typeof value}`);
  }
}

function draftProblems(draft: Extract<ParseResult, { ok: true }>['draft']): string[] {
  const problems: string[] = [];
  for (const key of ARRAYS) if (!Array.isArray(draft[key])) problems.push(`${key} is not an array`);
  const { links, notice, plan } = draft;
  const linkArrays = [
    links.keyTaskToTableRow,
    links.keyTaskToItem,
    links.scores.keyTaskToTableRow,
    links.scores.keyTaskToItem,
  ];
  if (!linkArrays.every(Array.isArray)) problems.push('links are not arrays');
  if (!Array.isArray(notice.recipients) || !Array.isArray(notice.copyTo))
    problems.push('notice lists are not arrays');
  if (typeof plan.title !== 'string' || !Number.isInteger(plan.year))
    problems.push(`bad plan ${JSON.stringify(plan)}`);
  if (draft.warnings.some((w) => !w.why || !w.whyZh)) problems.push('a warning without a message');
  walk(draft, 'draft', problems);
  return problems;
}

/** '' when the result is acceptable, else what is wrong with it (or what was thrown). */
function check(run: () => ParseResult): string {
  let result: ParseResult;
  try {
    result = run();
  } catch (error) {
    return `threw ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`;
  }
  if (!result.ok) {
    const { code, message } = result.error;
    return ERROR_CODES.has(code) && typeof message === 'string' && message.trim() !== ''
      ? ''
      : `bad error ${JSON.stringify(result.error)}`;
  }
  return draftProblems(result.draft).slice(0, 5).join('; ');
}

const preview = (text: string): string =>
  JSON.stringify(text.length > 160 ? `${text.slice(0, 80)}…${text.slice(-80)}` : text);

// ---------------------------------------------------------------- the tests

const KINDS: [string, Mutator][] = [
  ['truncated', truncate],
  ['shuffled lines', shuffleLines],
  ['duplicated lines', duplicateLines],
  ['deleted lines', deleteLines],
  ['inserted junk', insertJunk],
  ['replaced characters', replaceChars],
  ['copied segments', copySegments],
  ['combined mutations', combined],
];
const CASES_PER_KIND = 300;

describe('parseNotice on mutated copies of the worked example never throws', () => {
  it.each(KINDS.map(([name, mutate], k) => ({ name, mutate, seed: 0x5eed + k })))(
    '$name (seed $seed)',
    ({ mutate, seed }) => {
      const rng = mulberry32(seed);
      const failures: string[] = [];
      for (let c = 0; c < CASES_PER_KIND; c++) {
        const text = mutate(EXAMPLE, rng);
        const options = rng() < 0.2 ? { year: 2000 + int(rng, 100) } : {};
        const problem = check(() => parseNotice(text, options));
        if (problem) failures.push(`case ${c} ${preview(text)}: ${problem}`);
      }
      expect(failures.slice(0, 5)).toEqual([]);
    },
  );

  it('as SourceDocuments with ragged tables (seed 0xd0c)', () => {
    const rng = mulberry32(0xd0c);
    const failures: string[] = [];
    for (let c = 0; c < CASES_PER_KIND; c++) {
      const doc = asDocument(pick(rng, SINGLE)(EXAMPLE, rng), rng);
      const problem = check(() => parseNotice(doc));
      if (problem) failures.push(`case ${c}: ${problem}`);
    }
    expect(failures.slice(0, 5)).toEqual([]);
  });
});

const GIANT = 200 * 1024;
const TITLE = '滁州市科协2017年工作要点\n';

const DEGENERATE: [string, string][] = [
  ['empty', ''],
  ['spaces', '   '],
  ['whitespace lines', ' \n\t\n\r\n\u3000\n\u00a0\n'],
  ['a BOM alone', '\uFEFF'],
  ['NUL characters', '\0\0\0\n\0'],
  ['NULs in the example', EXAMPLE.replace(/。/g, '\0')],
  ['a lone high surrogate', '\uD800'],
  ['lone surrogates in the example', EXAMPLE.replace(/科/g, '\uD800').replace(/协/g, '\uDFFF')],
  ['only a year', '2017'],
  ['a title and an empty item', `${TITLE}⒈\n`],
  ['a table header without rows', `${TITLE}\t序号\n\t重点工作内容\n\t责任人\n\t完成时间\n`],
  [
    'full-width digits',
    EXAMPLE.replace(/\d/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0)),
  ],
  ['CRLF line ends', EXAMPLE.replace(/\n/g, '\r\n')],
  ['CR line ends', EXAMPLE.replace(/\n/g, '\r')],
  ['no line breaks', EXAMPLE.replace(/\n/g, '')],
  ['the year 0000 in a completion time', EXAMPLE.replace('5月底', '0000年5月底')],
  ['a far year in a completion time', EXAMPLE.replace('5月底', '9999年12月31日')],
  ['a far year inline', `${TITLE}一、总体\n⒈开展活动（牵头单位：科协，完成时限：0001年3月底前）\n`],
];

const GIANT_LINES: [string, string][] = [
  ['one character', 'x'.repeat(GIANT)],
  ['digits', '7'.repeat(GIANT)],
  ['full-width digits', '７'.repeat(GIANT)],
  ['a Chinese numeral', '一'.repeat(GIANT)],
  ['十', '十'.repeat(GIANT)],
  ['circled numbers', '①'.repeat(GIANT)],
  ['numbered full stops', '⒈'.repeat(GIANT)],
  ['（一）', '（一）'.repeat(GIANT / 4)],
  ['opening quotes', '“'.repeat(GIANT)],
  ['book titles', '《'.repeat(GIANT)],
  ['quantities', '不少于2次'.repeat(GIANT / 5)],
  ['ranges', '1—'.repeat(GIANT / 2)],
  ['responsibility labels', '牵头单位：'.repeat(GIANT / 5)],
  ['tabs', '\t'.repeat(GIANT)],
  ['alternating CJK and spaces', ' 科'.repeat(GIANT / 2)],
];

const REPEATED_MARKERS: [string, string][] = [
  ['section markers, one a line', '一、强化\n'.repeat(20_000)],
  ['item markers, one a line', '⒈开展活动。\n'.repeat(20_000)],
  [
    'circled key tasks in the preamble',
    `${TITLE}${'①开展科普活动'.repeat(2_000)}\n一、总体\n⒈开展科普活动。\n`,
  ],
  ['arabic markers', '1. 2. 3. '.repeat(20_000)],
  ['nested brackets', `${TITLE}${'（'.repeat(50_000)}一${'）'.repeat(50_000)}\n`],
  ['indented header cells', `${TITLE}${'\t重点工作内容\n\t责任人\n\t完成时间\n'.repeat(5_000)}`],
  ['blank lines', '\n'.repeat(200_000)],
];

describe('parseNotice on degenerate and malformed inputs', () => {
  it.each(DEGENERATE)('%s', (_name, text) => {
    expect(check(() => parseNotice(text))).toBe('');
    expect(check(() => parseNotice(text, { year: 2017 }))).toBe('');
  });
});

describe('parseNotice finishes on giant lines (200 KB)', () => {
  it.each(GIANT_LINES)('of %s, alone and inside the example', (_name, line) => {
    expect(check(() => parseNotice(line))).toBe('');
    expect(check(() => parseNotice(`${EXAMPLE}\n${line}\n`))).toBe('');
  });
});

describe('parseNotice finishes on deeply repeated markers', () => {
  it.each(REPEATED_MARKERS)('%s', (_name, text) => {
    expect(check(() => parseNotice(text, { year: 2017 }))).toBe('');
  });
});
