/**
 * Fuzz test for the file entry point draftFromFile: seeded mutations of the .docx/.xlsx bytes
 * (flipped bytes, truncation, zeroed ranges, appended junk), of the .pdf and .doc bytes likewise, of the XML inside them (re-zipped
 * so the zip guard passes and the XML parsers see the damage), and text in wrong encodings,
 * under every supported name. Each call must resolve to a draft or reject with an AppError
 * with a message; anything else, or no answer within 10 s, fails. (A synchronous endless loop
 * cannot be raced; it would show up as the test's own timeout.)
 */
import { inflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../../platform/errors.js';
import { draftFromFile } from '../draft-from-file.js';
import type { PlanDraft } from '../draft.js';
import { BASE, buildZip, fixture, fixtureText, type TestZipEntry } from './test-support.js';
import { DOCX_ZIP, listZipEntries } from './zip-guard.js';

// ---------------------------------------------------------------- deterministic randomness

type Rng = () => number;

/** mulberry32: tiny seeded PRNG, so a failing case is reproduced by its seed and index. */
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
const randomBytes = (rng: Rng, n: number): Uint8Array =>
  Uint8Array.from({ length: n }, () => int(rng, 256));

// ---------------------------------------------------------------- byte mutations

type ByteMutator = (bytes: Uint8Array, rng: Rng) => Uint8Array;

function flipBytes(bytes: Uint8Array, rng: Rng): Uint8Array {
  const out = bytes.slice();
  // Half the time aim at the last 1 KB: the central directory and end record.
  const from = rng() < 0.5 ? 0 : Math.max(0, out.length - 1024);
  for (let k = 1 + int(rng, 16); k > 0; k--) {
    const at = from + int(rng, out.length - from);
    out[at] = (out[at] ?? 0) ^ (1 + int(rng, 255));
  }
  return out;
}

const truncate: ByteMutator = (bytes, rng) => bytes.slice(0, int(rng, bytes.length));

function zeroRange(bytes: Uint8Array, rng: Rng): Uint8Array {
  const out = bytes.slice();
  const at = int(rng, out.length);
  out.fill(0, at, at + 1 + int(rng, 2000));
  return out;
}

function appendJunk(bytes: Uint8Array, rng: Rng): Uint8Array {
  const junk = randomBytes(rng, 1 + int(rng, 5000));
  const out = new Uint8Array(bytes.length + junk.length);
  out.set(bytes);
  out.set(junk, bytes.length);
  return out;
}

const BYTE_MUTATORS: [string, ByteMutator, number][] = [
  ['flipped bytes', flipBytes, 45],
  ['truncated', truncate, 20],
  ['a zeroed range', zeroRange, 20],
  ['appended junk', appendJunk, 15],
];

// ---------------------------------------------------------------- XML mutations, re-zipped

interface Part {
  name: string;
  data: string;
}

/** The archive's parts as text (Office parts are XML, so UTF-8 is safe). */
function unzip(bytes: Uint8Array): Part[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return listZipEntries(bytes, DOCX_ZIP).map((entry) => {
    const at = entry.localHeaderOffset;
    const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
    const raw = bytes.subarray(start, start + entry.compressedSize);
    const data = entry.method === 8 ? inflateRawSync(raw) : raw;
    return { name: entry.name, data: new TextDecoder().decode(data) };
  });
}

/** Markup that XML readers and Office semantics trip over. */
// prettier-ignore
const XML_JUNK: readonly string[] = [
  '<', '>', '&', '&amp;', '&#0;', '&#xD800;', '"', "'", '</', '/>', '<![CDATA[', ']]>', '<!--', '\0',
  '<w:p>', '</w:p>', '<w:tbl>', '</w:tbl>', '<w:tr>', '<w:tc>', '<w:gridSpan w:val="1000"/>',
  '<w:vMerge/>', '<w:vMerge w:val="restart"/>', '<w:t>2017年</w:t>', '<w:t>⒈</w:t>',
  '<row>', '</row>', '<row r="0">', '<row r="999">', '<c r="A0"/>', '<c r="ZZ3" t="s"><v>1</v></c>',
  '<c t="s"><v>99999</v></c>', '<c t="e"><v>#REF!</v></c>', '<c t="d"><v>x</v></c>', '<v>-1</v>',
  '<si><t>重点工作内容</t></si>', '<si><t>责任人</t></si>', '<mergeCell ref="A1:A1"/>', '<mergeCell ref="junk"/>',
  'r="B3"', 't="s"', 'xmlns="urn:x"', '序号', '完成时间', '5月底',
];

/** Attribute values and cell texts that are well-formed XML but odd Office content. */
// prettier-ignore
const ODD_VALUES: readonly string[] = [
  '0', '-1', '1', '999999', '', 'A0', 'ZZ9', 'XFD1', 'restart', 'continue', 's', 'e', 'd', 'n',
  'str', 'inlineStr', 'true', 'NaN', '1e309', '&amp;', '&lt;', '序号', '重点工作内容', '责任人',
  '完成时间', '5月底', '2017年', '⒈', '一、', 'x'.repeat(2000),
];

/** Replaces the next attribute value (="…") or text node (>…<) after `at`; stays well-formed. */
function replaceValue(text: string, at: number, value: string, attribute: boolean): string {
  const [open, close] = attribute ? ['="', '"'] : ['>', '<'];
  const start = text.indexOf(open, at);
  const end = start < 0 ? -1 : text.indexOf(close, start + open.length);
  if (end < 0) return text;
  return text.slice(0, start + open.length) + value + text.slice(end);
}

function mutateXml(text: string, rng: Rng): string {
  let out = text;
  for (let k = 1 + int(rng, 4); k > 0; k--) {
    const at = int(rng, out.length + 1);
    const op = int(rng, 10);
    if (op === 0) out = out.slice(0, at);
    else if (op === 1) out = out.slice(0, at) + out.slice(at + 1 + int(rng, 200));
    else if (op === 2)
      out = out.slice(0, at) + out.slice(at, at + int(rng, 300)).repeat(2) + out.slice(at);
    else if (op === 3) out = out.slice(0, at) + pick(rng, XML_JUNK) + out.slice(at);
    else out = replaceValue(out, at, pick(rng, ODD_VALUES), op < 7);
  }
  return out;
}

/** Damages one or two of the parts that matter, then rebuilds a well-formed archive. */
function mutateParts(parts: Part[], targets: readonly string[], rng: Rng): Uint8Array {
  const chosen = new Set([pick(rng, targets), pick(rng, targets)]);
  const entries: TestZipEntry[] = parts.map((p) => ({
    name: p.name,
    data: chosen.has(p.name) ? mutateXml(p.data, rng) : p.data,
  }));
  return buildZip(rng() < 0.1 ? entries.filter((e) => !chosen.has(e.name)) : entries);
}

// ---------------------------------------------------------------- what an acceptable outcome is

const NAMES = [
  '通知.txt',
  '通知.docx',
  '任务表.xlsx',
  '通知.html',
  '通知.pdf',
  '通知.doc',
] as const;
const TIMEOUT_MS = 10_000;

class Hung extends Error {}

async function withTimeout<T>(promise: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const hang = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Hung(`no answer within ${TIMEOUT_MS} ms`)), TIMEOUT_MS);
  });
  try {
    return await Promise.race([promise, hang]);
  } finally {
    clearTimeout(timer);
  }
}

function draftProblem(draft: PlanDraft): string {
  const arrays = [draft.items, draft.tableRows, draft.tasks, draft.warnings, draft.targets];
  if (!arrays.every(Array.isArray)) return 'draft without its arrays';
  return Number.isInteger(draft.plan.year) ? '' : `draft with year ${draft.plan.year}`;
}

/** '' when draftFromFile gave a draft or an AppError with a message; else what went wrong. */
async function outcome(name: string, bytes: Uint8Array, year?: number): Promise<string> {
  try {
    const options = year === undefined ? { name, bytes } : { name, bytes, year };
    return draftProblem(await withTimeout(draftFromFile(options)));
  } catch (error) {
    if (error instanceof AppError && error.message.trim() !== '') return '';
    if (error instanceof Hung) return 'hung';
    const shown = error instanceof Error ? (error.stack ?? error.message) : String(error);
    return `threw a non-AppError: ${shown}`;
  }
}

interface Case {
  label: string;
  name: string;
  bytes: Uint8Array;
  year?: number;
}

async function failuresOf(cases: Case[]): Promise<string[]> {
  const failures: string[] = [];
  for (const c of cases) {
    const problem = await outcome(c.name, c.bytes, c.year);
    if (problem) failures.push(`${c.label} as ${c.name}: ${problem}`);
  }
  return failures.slice(0, 3);
}

/** The original name most of the time, any supported name otherwise. */
const nameFor = (rng: Rng, original: string): string => (rng() < 0.6 ? original : pick(rng, NAMES));

// ---------------------------------------------------------------- the cases

function byteCases(ext: 'docx' | 'xlsx' | 'pdf' | 'doc', seed: number, scale = 1): Case[] {
  const rng = mulberry32(seed);
  const original = fixture(`${BASE}.${ext}`);
  return BYTE_MUTATORS.flatMap(([label, mutate, count]) =>
    Array.from({ length: Math.ceil(count * scale) }, (_, i) => ({
      label: `${ext} ${label} #${i} (seed ${seed})`,
      name: nameFor(rng, `通知.${ext}`),
      bytes: mutate(original, rng),
      ...(rng() < 0.3 ? { year: 2017 } : {}),
    })),
  );
}

const XML_TARGETS = {
  docx: [
    'word/document.xml',
    'word/styles.xml',
    'word/numbering.xml',
    '[Content_Types].xml',
    'word/_rels/document.xml.rels',
  ],
  xlsx: [
    'xl/worksheets/sheet2.xml',
    'xl/sharedStrings.xml',
    'xl/workbook.xml',
    'xl/styles.xml',
    'xl/_rels/workbook.xml.rels',
    '[Content_Types].xml',
  ],
} as const;

function xmlCases(ext: 'docx' | 'xlsx', seed: number, count: number): Case[] {
  const rng = mulberry32(seed);
  const parts = unzip(fixture(`${BASE}.${ext}`));
  return Array.from({ length: count }, (_, i) => ({
    label: `${ext} XML mutation #${i} (seed ${seed})`,
    name: `通知.${ext}`,
    bytes: mutateParts(parts, XML_TARGETS[ext], rng),
  }));
}

const TEXT = fixtureText(`${BASE}.txt`);

function utf16(text: string, bigEndian: boolean): Uint8Array {
  const out = new Uint8Array(text.length * 2);
  const view = new DataView(out.buffer);
  for (let i = 0; i < text.length; i++) view.setUint16(i * 2, text.charCodeAt(i), !bigEndian);
  return out;
}

const withPrefix = (prefix: number[], bytes: Uint8Array): Uint8Array =>
  Uint8Array.from([...prefix, ...bytes]);

/** Fixed wrong-encoding inputs, each tried under every name. */
function encodingInputs(rng: Rng): [string, Uint8Array][] {
  const html = new TextDecoder().decode(fixture(`${BASE}.html`));
  return [
    ['UTF-16LE text without BOM', utf16(TEXT, false)],
    ['UTF-16BE text without BOM', utf16(TEXT, true)],
    ['UTF-16LE HTML without BOM', utf16(html, false)],
    ['UTF-16LE BOM, odd length', withPrefix([0xff, 0xfe], utf16(TEXT, false).subarray(1))],
    ['UTF-16BE BOM over UTF-8', withPrefix([0xfe, 0xff], fixture(`${BASE}.txt`))],
    ['UTF-8 BOM over GB18030', withPrefix([0xef, 0xbb, 0xbf], fixture(`${BASE}.gbk.txt`))],
    ['the text as Latin-1 bytes', Uint8Array.from(TEXT, (ch) => ch.charCodeAt(0) & 0xff)],
    [
      'Latin-1 prose',
      Uint8Array.from(
        'Plan de travail 2017 — société, réunion, été\n1. Année',
        (ch) => ch.charCodeAt(0) & 0xff,
      ),
    ],
    ['high bytes only', Uint8Array.from({ length: 4000 }, () => 0x80 + int(rng, 128))],
    ['random bytes', randomBytes(rng, 3000)],
    [
      'random bytes after a zip magic',
      withPrefix([0x50, 0x4b, 0x03, 0x04], randomBytes(rng, 3000)),
    ],
    [
      'random bytes after an empty-zip magic',
      withPrefix([0x50, 0x4b, 0x05, 0x06], randomBytes(rng, 100)),
    ],
    ['a PDF header and junk', withPrefix([0x25, 0x50, 0x44, 0x46, 0x2d], randomBytes(rng, 500))],
    [
      'an OLE header',
      withPrefix([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], randomBytes(rng, 500)),
    ],
    ['empty', new Uint8Array(0)],
    ['a BOM only', Uint8Array.from([0xef, 0xbb, 0xbf])],
    ['NUL bytes', new Uint8Array(100)],
  ];
}

function encodingCases(seed: number): Case[] {
  const rng = mulberry32(seed);
  return encodingInputs(rng).flatMap(([label, bytes]) =>
    NAMES.map((name) => ({ label: `${label} (seed ${seed})`, name, bytes })),
  );
}

/** Flipped, truncated and junk-appended copies of the text, GB18030 and HTML fixtures. */
function textCases(seed: number, count: number): Case[] {
  const rng = mulberry32(seed);
  const files = ['txt', 'gbk.txt', 'html'] as const;
  return Array.from({ length: count }, (_, i) => {
    const file = pick(rng, files);
    const [label, mutate] = pick(rng, BYTE_MUTATORS);
    return {
      label: `${file} ${label} #${i} (seed ${seed})`,
      name: nameFor(rng, file === 'html' ? '通知.html' : '通知.txt'),
      bytes: mutate(fixture(`${BASE}.${file}`), rng),
    };
  });
}

// ---------------------------------------------------------------- the tests

describe('draftFromFile on damaged and mislabelled files gives a draft or an AppError', () => {
  it.each([
    ['docx', 0xd0c5],
    ['xlsx', 0x5151],
  ] as const)(
    'mutated %s bytes (100 cases, seed %i)',
    async (ext, seed) => {
      expect(await failuresOf(byteCases(ext, seed))).toEqual([]);
    },
    120_000,
  );

  it.each([
    ['pdf', 0x9df0],
    ['doc', 0xd0c0],
  ] as const)(
    'mutated %s bytes (40 cases, seed %i)',
    async (ext, seed) => {
      expect(await failuresOf(byteCases(ext, seed, 0.4))).toEqual([]);
    },
    240_000,
  );

  it.each([
    ['docx', 0x3d0c, 90],
    ['xlsx', 0x3151, 90],
  ] as const)(
    '%s with damaged XML parts, re-zipped (seed %i, %i cases)',
    async (ext, seed, count) => {
      expect(await failuresOf(xmlCases(ext, seed, count))).toEqual([]);
    },
    120_000,
  );

  it('text in wrong encodings, under every name (64 cases)', async () => {
    expect(await failuresOf(encodingCases(0xe4c))).toEqual([]);
  }, 120_000);

  it('mutated .txt, GB18030 and .html bytes (40 cases)', async () => {
    expect(await failuresOf(textCases(0x7e77, 40))).toEqual([]);
  }, 120_000);
});
