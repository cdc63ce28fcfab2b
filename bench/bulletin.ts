/**
 * Bulletin benchmark (npx tsx bench/bulletin.ts): the cost of generating the monthly key-work
 * bulletin of a large plan — the snapshot (dashboard counts, lights, indicator actuals, reports),
 * the .docx with its 版头, two charts and 版记, and the .xlsx — against the same work on the worked
 * example, in the same run.
 *
 * Set-up: two fresh SQLite files in a temp folder, each with the worked example (滁科协〔2017〕2号)
 * and its September 2017 activity (src/domains/bulletin/example-data.ts). The baseline keeps the
 * example's 10 tasks; the large plan copies them as nos. 11–1000, every copy a key task with its
 * indicators, three ledger entries per indicator and a September report on every third task.
 *
 * Each run generates the September draft (replacing the last run's snapshot) and renders it to
 * .docx and .xlsx with one fixed frame (第1期 of 滁州市科协重点工作通报, issued 2017-10-09, two 抄送
 * units), timing the three steps. BENCH_RUNS sets the measured runs of the large plan (default 5,
 * after one warm-up); the baseline gets four times as many (after three warm-ups).
 *
 * The parent process builds the project (npm run build: tsc into dist/, as `npm start` does), seeds
 * both files, then measures each plan in a child process of its own (this file compiled, under
 * plain node as the server runs — the tsx loader alone would add some 70 MB — with BENCH_PLAN,
 * BENCH_DB and BENCH_PLAN_ID set), one after the other. So each
 * plan's peak RSS (resourceUsage().maxRSS: the child's high-water mark from its start to the end
 * of its runs, warm-ups included) is its own, not the larger of the two, and holds no seeding;
 * "after set-up" is the same mark read before the first run: node and the modules, the fixed cost every plan pays. Heap is the largest V8 heap in use seen between steps.
 * _large/baseline_ is the ratio of the medians, measured in the same run on the same machine, so
 * it is steadier than the raw times; 1,000 tasks are 100 times the baseline's, so a ratio well
 * under 100 means the fixed costs (fonts, chart rendering, zip) dominate and one far over 100
 * means work that grows faster than the plan. The last line is one JSON object with every figure (times in ms, memory in MB).
 */
import { rebuildTotals } from '../src/platform/db/totals/rebuild-totals.js';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Kysely } from 'kysely';
import { seedSeptember } from '../src/domains/bulletin/example-data.js';
import { exampleFrame } from '../src/domains/bulletin/example-bulletin.js';
import { generateBulletin } from '../src/domains/bulletin/generate-bulletin.js';
import { renderBulletin } from '../src/domains/bulletin/render-bulletin.js';
import { loadSamplePlan } from '../src/domains/plan/load-sample-plan.js';
import { getPlan } from '../src/domains/plan/get-plan.js';
import { migrateToLatest, openStore, type Store } from '../src/platform/db/database.js';
import type { Database } from '../src/platform/db/schema.js';

const LARGE = 1000;
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const MB = 1024 * 1024;

/** The frame a draft of the worked example's unit would carry (its settings filled in). */
const frame = exampleFrame;

/** Copies the example's tasks as nos. 11..LARGE with indicators, entries and reports. */
async function growPlan(db: Kysely<Database>, planId: number): Promise<void> {
  const originals = await db
    .selectFrom('tasks')
    .selectAll()
    .where('plan_id', '=', planId)
    .orderBy('no')
    .execute();
  await db.transaction().execute(async (trx) => {
    for (let no = originals.length + 1; no <= LARGE; no++) {
      const template = originals[(no - 1) % originals.length]!;
      const task = await trx
        .insertInto('tasks')
        .values({
          plan_id: template.plan_id,
          no,
          content: `${template.content}（${no}）`,
          key_task_id: template.key_task_id,
          owner_person_id: template.owner_person_id,
          department_unit_id: template.department_unit_id,
          leader_person_id: template.leader_person_id,
          deadline_text: template.deadline_text,
          start_date: template.start_date,
          due_date: template.due_date,
          status: template.status,
          updated_at: template.updated_at,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      const indicators = await trx
        .selectFrom('indicators')
        .select(['comparator', 'value', 'min_value', 'max_value', 'unit', 'subject', 'aggregation'])
        .where('task_id', '=', template.id)
        .execute();
      for (const indicator of indicators) {
        const copy = await trx
          .insertInto('indicators')
          .values({ ...indicator, task_id: task.id, per_person_threshold: null, source_text: null })
          .returning('id')
          .executeTakeFirstOrThrow();
        await trx
          .insertInto('ledger_entries')
          .values(
            [1, 2, 3].map((n) => ({
              indicator_id: copy.id,
              entry_date: `2017-0${n + 5}-15`,
              quantity: n,
              subject: `对象${no}-${n}`,
              attributes: '{}',
              entered_by: null,
            })),
          )
          .execute();
      }
      if (no % 3 === 0)
        await trx
          .insertInto('progress_reports')
          .values({
            task_id: task.id,
            month: '2017-09',
            done: `第${no}项本月推进情况`,
            problems: '',
            next_steps: '继续推进',
            state: 'submitted',
            submitted_by: null,
            submitted_at: '2017-09-28T02:00:00.000Z',
          })
          .execute();
    }
    // Rows written directly: the stored totals are counted afresh.
    await rebuildTotals(trx, { all: true });
  });
}

async function prepare(
  dir: string,
  name: string,
  large: boolean,
): Promise<{ store: Store; planId: number }> {
  const store = openStore(`sqlite:${join(dir, `${name}.sqlite`)}`);
  await migrateToLatest(store);
  const loaded = await loadSamplePlan({ db: store.db });
  if (!loaded) throw new Error('fresh database expected');
  await seedSeptember(store.db);
  if (large) await growPlan(store.db, loaded.planId);
  return { store, planId: loaded.planId };
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)] ?? 0;
const stats = (times: number[]) => {
  const sorted = [...times].sort((a, b) => a - b);
  return { median: round(percentile(sorted, 0.5)), p95: round(percentile(sorted, 0.95)) };
};
const round = (n: number) => Math.round(n * 10) / 10;

interface Run {
  snapshot: number;
  docx: number;
  xlsx: number;
  total: number;
  docxBytes: number;
}

let heapPeak = 0;
function timed<T>(work: () => Promise<T>): Promise<[T, number]> {
  const start = performance.now();
  return work().then((value) => {
    heapPeak = Math.max(heapPeak, process.memoryUsage().heapUsed);
    return [value, performance.now() - start];
  });
}

async function once(store: Store, planId: number): Promise<Run> {
  const plan = await getPlan({ db: store.db, id: planId });
  const [bulletin, snapshot] = await timed(() =>
    generateBulletin({
      db: store.db,
      actor: null,
      plan,
      month: '2017-09',
      kind: 'key-work',
      now: new Date(),
    }),
  );
  const [docx, docxMs] = await timed(() => renderBulletin(bulletin, 'docx', frame));
  const [, xlsx] = await timed(() => renderBulletin(bulletin, 'xlsx', frame));
  return {
    snapshot,
    docx: docxMs,
    xlsx,
    total: snapshot + docxMs + xlsx,
    docxBytes: docx.bytes.length,
  };
}

const maxRssMB = () => Math.round((process.resourceUsage().maxRSS * 1024) / MB);

async function measure(store: Store, planId: number, warmups: number, runs: number) {
  const rssAfterSetupMB = maxRssMB();
  for (let i = 0; i < warmups; i++) await once(store, planId);
  heapPeak = 0;
  const results: Run[] = [];
  for (let i = 0; i < runs; i++) results.push(await once(store, planId));
  const of = (key: keyof Run) => stats(results.map((r) => r[key]));
  return {
    runs,
    snapshot: of('snapshot'),
    docx: of('docx'),
    xlsx: of('xlsx'),
    total: of('total'),
    docxKB: Math.round((results[0]?.docxBytes ?? 0) / 1024),
    heapPeakMB: Math.round(heapPeak / MB),
    rssAfterSetupMB,
    rssPeakMB: maxRssMB(),
  };
}

function line(name: string, r: Awaited<ReturnType<typeof measure>>): string {
  const f = (s: { median: number; p95: number }) => `${s.median} / ${s.p95}`;
  return (
    `${name.padEnd(22)} total ${f(r.total)} ms (median / p95)  snapshot ${f(r.snapshot)}  ` +
    `docx ${f(r.docx)}  xlsx ${f(r.xlsx)}  docx ${r.docxKB} KB  heap ${r.heapPeakMB} MB  ` +
    `peak RSS ${r.rssPeakMB} MB (${r.rssAfterSetupMB} MB after set-up)`
  );
}

type Measured = Awaited<ReturnType<typeof measure>>;

/** In a child: measures one prepared plan, printing its figures as the last line. */
async function child(which: string, file: string, planId: number): Promise<void> {
  const store = openStore(`sqlite:${file}`);
  const figures =
    which === 'large'
      ? await measure(store, planId, 1, RUNS)
      : await measure(store, planId, 3, RUNS * 4);
  await store.close();
  console.log(JSON.stringify(figures));
}

const root = fileURLToPath(new URL('..', import.meta.url));

/** The project built as `npm start` builds it (tsc into dist/), so the children run what ships. */
function build(): void {
  const result = spawnSync('npm', ['run', 'build', '--silent'], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`npm run build failed (exit ${result.status})`);
}

/** Runs the compiled copy of this file for one plan under plain node and reads its figures. */
function inChild(which: 'example' | 'large', file: string, planId: number): Measured {
  const result = spawnSync(process.execPath, [join(root, 'dist', 'bench', 'bulletin.js')], {
    env: { ...process.env, BENCH_PLAN: which, BENCH_DB: file, BENCH_PLAN_ID: String(planId) },
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const last = result.stdout.trim().split('\n').at(-1) ?? '';
  if (result.status !== 0 || !last.startsWith('{'))
    throw new Error(`the ${which} plan's run failed (exit ${result.status ?? result.signal})`);
  return JSON.parse(last) as Measured;
}

const which = process.env.BENCH_PLAN;
if (which) await child(which, process.env.BENCH_DB ?? '', Number(process.env.BENCH_PLAN_ID));
else {
  build();
  const dir = mkdtempSync(join(tmpdir(), 'duban-bench-bulletin-'));
  try {
    const plans = {
      example: await prepare(dir, 'example', false),
      large: await prepare(dir, 'large', true),
    };
    for (const plan of Object.values(plans)) await plan.store.close();
    const file = (name: string) => join(dir, `${name}.sqlite`);
    const baseline = inChild('example', file('example'), plans.example.planId);
    console.log(line('worked example (10)', baseline));
    const big = inChild('large', file('large'), plans.large.planId);
    console.log(line(`large plan (${LARGE})`, big));
    const ratio = round(big.total.median / baseline.total.median);
    console.log(`large/baseline (median total): ${ratio}`);
    console.log(JSON.stringify({ tasks: LARGE, baseline, large: big, largeOverBaseline: ratio }));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
