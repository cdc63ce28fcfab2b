/**
 * Import benchmark (npx tsx bench/import.ts): parse time of the worked example, throughput and
 * scaling on synthetic notices of 10 KB, 100 KB and 1 MB built from the example's sections,
 * items and task table, each against a trivial baseline pass timed in the same run, and
 * draftFromFile on the example's .docx, .xlsx, .pdf and .doc forms and on the largest PDF of the
 * import corpus. Plain lines, then one JSON line of figures.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { arch, platform } from 'node:os';
import { draftFromFile } from '../src/domains/import/draft-from-file.js';
import { parseNotice } from '../src/domains/import/parse-notice.js';

const FIXTURES = new URL('../src/domains/import/fixtures/', import.meta.url);
const CORPUS = new URL('../src/domains/import/corpus/', import.meta.url);
const BASE = 'chuzhou-cast-2017-workplan';
const KB = 1024;
const MB = KB * KB;

// ---------------------------------------------------------------- timing

/** Keeps results alive so the JIT cannot drop the work being timed. */
let sink = 0;

/** Milliseconds per call; `batch` calls per sample lift sub-0.1 ms work above timer noise. */
function sample(run: () => number, runs: number, warmup: number, batch = 1): number[] {
  for (let i = 0; i < warmup * batch; i++) sink += run();
  return Array.from({ length: runs }, () => {
    const start = performance.now();
    for (let i = 0; i < batch; i++) sink += run();
    return (performance.now() - start) / batch;
  });
}

/** The baseline is ~200× faster than the parser: batch it to about 1 MB of text a sample. */
const baselineBatch = (text: string): number =>
  Math.max(1, Math.round(MB / Buffer.byteLength(text)));

async function sampleAsync(run: () => Promise<number>, runs: number, warmup: number) {
  for (let i = 0; i < warmup; i++) sink += await run();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    sink += await run();
    times.push(performance.now() - start);
  }
  return times;
}

/** Nearest-rank percentile of a sample (p = 0.5 is the median). */
function percentile(times: number[], p: number): number {
  const sorted = [...times].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)] ?? NaN;
}

const round = (x: number, digits = 3): number => Number(x.toFixed(digits));

// ---------------------------------------------------------------- what is timed

/** Parses and returns a count, failing loudly if the notice does not parse. */
function parse(text: string): number {
  const result = parseNotice(text);
  if (!result.ok) throw new Error(`bench input does not parse: ${result.error.message}`);
  return result.draft.tasks.length;
}

const SCAN = /[0-9０-９一二三四五六七八九十⒈-⒛①-⑳]+/g;

/** The baseline: the least any parser must do — split into lines and run one regex over each. */
function baseline(text: string): number {
  let hits = 0;
  for (const line of text.split('\n')) hits += line.match(SCAN)?.length ?? 0;
  return hits;
}

// ---------------------------------------------------------------- the synthetic notice

interface Example {
  head: string[];
  headings: string[];
  items: string[];
  caption: string;
  header: string[];
  rows: string[][];
}

/** Splits the worked example into its notice head, sections, items and task table. */
function readExample(text: string): Example {
  const lines = text.split('\n');
  const first = lines.findIndex((l) => /^[一二三四五六七八九十]+、/.test(l));
  const captionAt = lines.findIndex((l) => /任务表$/.test(l.trim()));
  const body = lines.slice(first, captionAt);
  const groups = tableGroups(lines.slice(captionAt + 1));
  return {
    head: lines.slice(0, first),
    headings: body
      .filter((l) => /^[一二三四五六七八九十]+、/.test(l))
      .map((l) => l.replace(/^.+?、/, '')),
    items: body.filter((l) => /^[\u2488-\u249b]/.test(l)).map((l) => l.slice(1)),
    caption: lines[captionAt] ?? '',
    header: groups[0] ?? [],
    rows: groups.slice(1),
  };
}

/** The flattened table: one tab-indented cell a line, blank lines between rows. */
function tableGroups(lines: string[]): string[][] {
  const groups: string[][] = [];
  let open = false;
  for (const line of lines) {
    if (line.startsWith('\t')) {
      if (!open) groups.push([]);
      groups[groups.length - 1]?.push(line.slice(1));
    }
    open = line.startsWith('\t');
  }
  return groups;
}

const CN = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1…99 as a Chinese section number (一, 十二, 九十九). */
function chineseNumber(n: number): string {
  const tens = Math.floor(n / 10);
  const units = CN[n % 10] ?? '';
  if (tens === 0) return units;
  return `${tens === 1 ? '' : (CN[tens] ?? '')}十${units}`;
}

const DEADLINES = [
  '5月底',
  '全  年',
  '上半年',
  '三季度末',
  '6月30日前',
  '3—5月',
  '每月25日前',
  '年底前',
  '长期',
];
const ITEMS_PER_SECTION = 30;

/** Section headings and items, renumbered (一、… and 1．…), each item varied by its position. */
function bodyLines(example: Example, budget: number): string[] {
  const out: string[] = [];
  let used = 0;
  for (let i = 0; used < budget; i++) {
    if (i % ITEMS_PER_SECTION === 0) {
      const section = i / ITEMS_PER_SECTION;
      out.push(
        `${chineseNumber(section + 1)}、${example.headings[section % example.headings.length] ?? ''}`,
      );
    }
    const item = example.items[i % example.items.length] ?? '';
    const line = `${(i % ITEMS_PER_SECTION) + 1}．${item}并于${(i % 12) + 1}月底前报送第${i + 1}批进展情况。`;
    out.push(line, '');
    used += Buffer.byteLength(line) + 2;
  }
  return out;
}

/** The task table, flattened as in the example, with rows renumbered and varied. */
function tableLines(example: Example, budget: number): string[] {
  const out = [example.caption, '', ...example.header.map((c) => `\t${c}`), ''];
  let used = 0;
  for (let r = 0; used < budget; r++) {
    const [, content = '', owner = '', department = '', leader = ''] =
      example.rows[r % example.rows.length] ?? [];
    const cells = [
      String(r + 1),
      `${content}（第${r + 1}批）`,
      owner,
      department,
      leader,
      DEADLINES[r % DEADLINES.length] ?? '',
      '',
    ];
    const lines = cells.map((c) => `\t${c}`);
    out.push(...lines, '');
    used += lines.reduce((n, l) => n + Buffer.byteLength(l) + 1, 1);
  }
  return out;
}

/** A valid notice of about `bytes` bytes: the example's head, 70 % outline, 30 % task table. */
function syntheticNotice(example: Example, bytes: number): string {
  const head = example.head.join('\n');
  const rest = bytes - Buffer.byteLength(head);
  return [head, ...bodyLines(example, rest * 0.7), ...tableLines(example, rest * 0.3)].join('\n');
}

// ---------------------------------------------------------------- the runs

const example = readFileSync(new URL(`${BASE}.txt`, FIXTURES), 'utf8');

function measureExample() {
  const times = sample(() => parse(example), 200, 30);
  const base = sample(() => baseline(example), 200, 5, baselineBatch(example));
  return {
    bytes: Buffer.byteLength(example),
    runs: times.length,
    medianMs: round(percentile(times, 0.5)),
    p90Ms: round(percentile(times, 0.9)),
    baselineMedianMs: round(percentile(base, 0.5), 4),
  };
}

const SIZES = [
  { label: '1x', bytes: 10 * KB, runs: 60, warmup: 10 },
  { label: '10x', bytes: 100 * KB, runs: 15, warmup: 3 },
  { label: '100x', bytes: MB, runs: 5, warmup: 1 },
];

/** What the notice parsed to, to show the synthetic input is a real notice. */
function countsOf(text: string) {
  const parsed = parseNotice(text);
  if (!parsed.ok) throw new Error(`synthetic notice does not parse: ${parsed.error.message}`);
  const { items, sections, tableRows } = parsed.draft;
  return { items: items.length, sections: sections.length, rows: tableRows.length };
}

function measureSize(parts: Example, size: (typeof SIZES)[number]) {
  const text = syntheticNotice(parts, size.bytes);
  const times = sample(() => parse(text), size.runs, size.warmup);
  const base = sample(() => baseline(text), Math.max(size.runs, 20), 3, baselineBatch(text));
  const [medianMs, baselineMs] = [percentile(times, 0.5), percentile(base, 0.5)];
  const counts = countsOf(text);
  return {
    label: size.label,
    bytes: Buffer.byteLength(text),
    ...counts,
    runs: times.length,
    medianMs,
    p90Ms: percentile(times, 0.9),
    baselineMs,
    ratio: medianMs / baselineMs,
  };
}

type SizeResult = ReturnType<typeof measureSize>;

function scaling(parts: Example) {
  const results: SizeResult[] = SIZES.map((size) => measureSize(parts, size));
  const first = results[0];
  const unit = first ? first.medianMs / first.bytes : NaN;
  return results.map((r) => ({ ...r, perByteVs1x: r.medianMs / r.bytes / unit }));
}

async function measureFile(file: URL, runs = 30) {
  const name = basename(fileURLToPath(file));
  const bytes = new Uint8Array(readFileSync(file));
  const run = async () => (await draftFromFile({ name, bytes })).tasks.length;
  const times = await sampleAsync(run, runs, 5);
  return {
    name,
    bytes: bytes.byteLength,
    runs: times.length,
    medianMs: round(percentile(times, 0.5)),
    p90Ms: round(percentile(times, 0.9)),
  };
}

/** The example's Office and PDF forms, then the largest PDF anywhere in the corpus. */
async function measureFiles() {
  const forms = ['docx', 'xlsx', 'pdf', 'doc'].map((ext) => new URL(`${BASE}.${ext}`, FIXTURES));
  const pdfs = readdirSync(CORPUS)
    .filter((n) => n.endsWith('.pdf'))
    .map((n) => new URL(n, CORPUS))
    .sort((a, b) => statSync(b).size - statSync(a).size);
  const files = [];
  for (const file of forms) files.push(await measureFile(file));
  const largest = pdfs[0];
  if (largest) files.push(await measureFile(largest));
  return files;
}

// ---------------------------------------------------------------- the report

const kb = (bytes: number): string => `${(bytes / KB).toFixed(1)} KB`;
const ms = (x: number): string => `${x.toFixed(x < 1 ? 3 : 1)} ms`;

function printScaling(rows: ScalingRow[]): void {
  console.log(
    '(c) scaling: median parse time by input size; per-byte time normalised to 1x (1.00 = linear)',
  );
  console.log(
    '    size     bytes        items  rows   median      p90         per-byte vs 1x   baseline    parser/baseline',
  );
  for (const r of rows) {
    const cells = [
      r.label.padEnd(8),
      kb(r.bytes).padEnd(12),
      String(r.items).padEnd(6),
      String(r.rows).padEnd(6),
      ms(r.medianMs).padEnd(11),
      ms(r.p90Ms).padEnd(11),
      r.perByteVs1x.toFixed(2).padEnd(16),
      ms(r.baselineMs).padEnd(11),
      `${r.ratio.toFixed(0)}×`,
    ];
    console.log(`    ${cells.join(' ')}`);
  }
}

type ExampleResult = ReturnType<typeof measureExample>;
type FileResult = Awaited<ReturnType<typeof measureFile>>;
type ScalingRow = ReturnType<typeof scaling>[number];

function printExample(ex: ExampleResult): void {
  const ratio = (ex.medianMs / ex.baselineMedianMs).toFixed(0);
  console.log(
    `(a) worked example (${kb(ex.bytes)}): median ${ms(ex.medianMs)}, p90 ${ms(ex.p90Ms)} ` +
      `over ${ex.runs} runs after 30 warm-up; baseline ${ms(ex.baselineMedianMs)} (parser/baseline ${ratio}×)`,
  );
}

/** MB/s at the largest size. */
function throughput(big: ScalingRow): number {
  return big.bytes / MB / (big.medianMs / 1000);
}

function printThroughput(big: ScalingRow): void {
  console.log(
    `(b) throughput on the ${kb(big.bytes)} synthetic notice (${big.items} items, ` +
      `${big.sections} sections, ${big.rows} table rows): ` +
      `${throughput(big).toFixed(2)} MB/s (median ${ms(big.medianMs)})`,
  );
}

function printFiles(files: FileResult[]): void {
  console.log('files: draftFromFile, median (p90) over the runs after 5 warm-up');
  for (const f of files) {
    console.log(
      `    ${f.name.padEnd(56)} ${kb(f.bytes).padEnd(10)} ${ms(f.medianMs)} (p90 ${ms(f.p90Ms)}), ${f.runs} runs`,
    );
  }
}

function scalingJson(rows: ScalingRow[]) {
  return rows.map((r) => ({
    label: r.label,
    bytes: r.bytes,
    items: r.items,
    rows: r.rows,
    medianMs: round(r.medianMs),
    p90Ms: round(r.p90Ms),
    baselineMs: round(r.baselineMs, 4),
    parserOverBaseline: round(r.ratio, 1),
    perByteVs1x: round(r.perByteVs1x, 2),
  }));
}

async function main(): Promise<void> {
  console.log(`import bench — node ${process.version}, ${platform()} ${arch()}`);
  const ex = measureExample();
  printExample(ex);
  const rows = scaling(readExample(example));
  const big = rows[rows.length - 1];
  if (!big) throw new Error('no sizes measured');
  printThroughput(big);
  printScaling(rows);
  console.log(
    "(d) baseline = text.split('\\n') plus one regex scan of each line " +
      'for numerals and numbering marks, timed in this run',
  );
  const files = await measureFiles();
  printFiles(files);
  const throughputMBps = round(throughput(big), 2);
  const scalingRows = scalingJson(rows);
  const figures = {
    bench: 'import',
    node: process.version,
    example: ex,
    throughputMBps,
    scaling: scalingRows,
    files,
    sink,
  };
  console.log(JSON.stringify(figures));
}

await main();
