/**
 * Row types of the store, one interface per table. Dates are ISO `YYYY-MM-DD` text, timestamps ISO
 * 8601 text, flags 0/1 integers and JSON as text, so that SQLite and PostgreSQL return identical
 * values through the same code.
 */
import type { ColumnType, Generated, Insertable, Selectable } from 'kysely';
import type { AssessmentTables } from './tables/assessment.js';
import type { CreatedAt, Id } from './tables/columns.js';
import type { CascadeTables } from './tables/cascade.js';
import type { CompletionTables } from './tables/completion.js';
import type { EvidenceTables } from './tables/evidence.js';
import type { GrassrootsTables } from './tables/grassroots.js';
import type { IdempotencyTables } from './tables/idempotency.js';
import type { InfoWorkTables } from './tables/infowork.js';
import type { NotifyTables } from './tables/notify.js';
import type { ReviewTables } from './tables/reviews.js';
import type { TotalsTables } from './tables/totals.js';
import type { TrackingTables } from './tables/tracking.js';

export type { CreatedAt, Id } from './tables/columns.js';

/** 单位/部室: the association, its departments, county associations and societies. */
export interface UnitTable {
  id: Id;
  name: string;
  parent_id: number | null;
  /** association | department | county | society | government */
  kind: string;
  created_at: CreatedAt;
  version: Generated<number>;
}

export interface PersonTable {
  id: Id;
  name: string;
  unit_id: number | null;
  title: string | null;
  created_at: CreatedAt;
  version: Generated<number>;
}

export interface UserTable {
  id: Id;
  username: string;
  password_hash: string;
  person_id: number | null;
  unit_id: number | null;
  /** admin | leader | owner | info_officer | viewer */
  role: string;
  disabled: Generated<number>;
  /** 1: the password was set by someone else and must be changed at the next log-in (0017). */
  must_change_password: Generated<number>;
  created_at: CreatedAt;
  version: Generated<number>;
}

/** 工作要点 with the metadata of the notice (通知) that issued it. */
export interface PlanTable {
  id: Id;
  year: number;
  title: string;
  issuing_unit_id: number | null;
  parent_plan_id: number | null;
  doc_number: string | null;
  notice_title: string | null;
  /** JSON array of recipient units as written (主送). */
  recipients: string;
  issue_date: string | null;
  /** JSON array of copy-to bodies (抄报). */
  copy_to: string;
  /** draft | published | closed */
  state: string;
  source_name: string | null;
  /** JSON array of {about, why} the importer found. */
  import_warnings: string;
  /** JSON array of {header, field} of the imported task table, in order; null: none kept. */
  table_columns: string | null;
  version: Generated<number>;
  created_at: CreatedAt;
  updated_at: string;
}

export interface PlanSectionTable {
  id: Id;
  plan_id: number;
  no: number;
  heading: string;
  version: Generated<number>;
}

export interface PlanItemTable {
  id: Id;
  plan_id: number;
  section_id: number | null;
  no: number;
  title: string;
  body: string;
  version: Generated<number>;
}

/** 重点工作: the short list of key tasks in the notice's preamble. */
export interface KeyTaskTable {
  id: Id;
  plan_id: number;
  no: number;
  text: string;
  version: Generated<number>;
}

export interface KeyTaskItemTable {
  key_task_id: number;
  item_id: number;
  score: number;
}

/** 任务: an owned, dated task, usually a row of the key-task table (重点工作任务表). */
export interface TaskTable {
  id: Id;
  plan_id: number;
  no: number;
  content: string;
  key_task_id: number | null;
  key_task_score: number | null;
  owner_person_id: number | null;
  department_unit_id: number | null;
  leader_person_id: number | null;
  deadline_text: string | null;
  start_date: string | null;
  due_date: string | null;
  /** monthly | quarterly | yearly, for recurring obligations. */
  recurring: string | null;
  notes: string | null;
  /** open | done | cancelled; the status light is derived, never stored. */
  status: string;
  version: Generated<number>;
  created_at: CreatedAt;
  updated_at: string;
}

/** 指标: a quantitative target and how its actual value is computed from the ledger. */
export interface IndicatorTable {
  id: Id;
  task_id: number;
  comparator: string;
  value: number | null;
  min_value: number | null;
  max_value: number | null;
  unit: string;
  subject: string;
  /** sum | count | distinct_subjects | per_person */
  aggregation: string;
  per_person_threshold: number | null;
  source_text: string | null;
  optional: Generated<number>;
  version: Generated<number>;
}

/** 台账: dated evidence. Corrections void and re-enter; rows are never updated otherwise. */
export interface LedgerEntryTable {
  id: Id;
  indicator_id: number;
  entry_date: string;
  quantity: number;
  subject: string | null;
  attributes: string;
  entered_by: number | null;
  replaces_id: number | null;
  voided_at: string | null;
  void_reason: string | null;
  created_at: CreatedAt;
}

/** 进展情况: per task per month (YYYY-MM). */
export interface ProgressReportTable {
  id: Id;
  task_id: number;
  month: string;
  done: string;
  problems: string;
  next_steps: string;
  /** submitted | accepted | returned */
  state: string;
  submitted_by: number | null;
  submitted_at: string;
  reviewed_by: number | null;
  reviewed_at: string | null;
  review_comment: string | null;
  /** 1 when the submitter reviewed it because nobody else could (0015). */
  self_review: Generated<number>;
  version: Generated<number>;
}

/** 通报: a frozen snapshot of a month. */
export interface BulletinTable {
  id: Id;
  plan_id: number;
  month: string;
  /** key_work | info_work | grassroots */
  kind: string;
  version: number;
  snapshot: string;
  created_by: number | null;
  /** When the snapshot was taken: a regenerated draft takes the new time. */
  created_at: ColumnType<string, string | undefined, string>;
  /** draft | issued */
  state: Generated<string>;
  /** 期号: per plan and kind in the order issued; null on a draft (it takes one at 签发). */
  issue_no: number | null;
  /** YYYY-MM-DD, the 印发 date (issued rows). */
  issue_date: string | null;
  /** 1 when the row corrects an earlier issue of the same 期 (更正). */
  correction: Generated<number>;
  issued_by: number | null;
  issued_at: string | null;
  /** JSON BulletinFrame as issued; null on drafts and on rows issued before frames were kept. */
  frame: string | null;
}

/** A unit's 版头 and 版记 facts for its plans' bulletins; without a row, the unit's name. */
export interface BulletinSettingsTable {
  unit_id: number;
  /** 发文机关标志 before the kind's suffix: 滁州市科协. */
  masthead_name: string;
  /** 编发机关 on the date line: 滁州市科协办公室. */
  issuing_office: string;
  /** JSON string array: 抄送 units in order. */
  copy_to: Generated<string>;
  /** 印发机关 in the 版记. */
  printed_by: string;
  version: Generated<number>;
  updated_at: string;
}

/** 信息报送 */
export interface InformationItemTable {
  id: Id;
  unit_id: number;
  submitted_by: number | null;
  title: string;
  content: string;
  submitted_on: string;
  adoption_level: string | null;
  instruction: string | null;
  created_at: CreatedAt;
}

/** 深入基层 */
export interface GrassrootsVisitTable {
  id: Id;
  person_id: number;
  start_date: string;
  end_date: string;
  days: number;
  place: string;
  purpose: string;
  findings: string | null;
  created_at: CreatedAt;
}

/** Append-only: who changed what, when, before and after. */
export interface AuditEventTable {
  id: Id;
  at: string;
  actor_user_id: number | null;
  entity: string;
  entity_id: number | null;
  action: string;
  before: string | null;
  after: string | null;
  actor_name: string | null;
  /** The chain the event belongs to: its plan's id, or 0 for the organisation (db/audit-chain.ts). */
  chain_id: number;
  /** sha256 over prev_hash and this event's content: editing or deleting a row breaks the chain. */
  hash: string | null;
  prev_hash: string | null;
}

/** Each audit chain's head, locked by the statement that appends to the chain. */
export interface AuditChainTable {
  chain_id: number;
  head_hash: string;
  prev_hash: string | null;
  /** The chain's length: the generation of the data it covers. */
  events: number;
}

export interface SessionTable {
  /** sha256 of the cookie value; the cookie itself is never stored. */
  id: string;
  user_id: number;
  csrf_token: string;
  created_at: string;
  expires_at: string;
}

export interface ApiTokenTable {
  id: Id;
  name: string;
  token_hash: string;
  user_id: number;
  created_by: number | null;
  created_at: string;
  revoked_at: string | null;
  last_used_at: string | null;
}

export interface Database
  extends
    TrackingTables,
    TotalsTables,
    ReviewTables,
    CompletionTables,
    NotifyTables,
    EvidenceTables,
    InfoWorkTables,
    GrassrootsTables,
    CascadeTables,
    AssessmentTables,
    IdempotencyTables {
  units: UnitTable;
  people: PersonTable;
  users: UserTable;
  plans: PlanTable;
  plan_sections: PlanSectionTable;
  plan_items: PlanItemTable;
  key_tasks: KeyTaskTable;
  key_task_items: KeyTaskItemTable;
  tasks: TaskTable;
  indicators: IndicatorTable;
  ledger_entries: LedgerEntryTable;
  progress_reports: ProgressReportTable;
  bulletins: BulletinTable;
  bulletin_settings: BulletinSettingsTable;
  information_items: InformationItemTable;
  grassroots_visits: GrassrootsVisitTable;
  audit_events: AuditEventTable;
  audit_chains: AuditChainTable;
  sessions: SessionTable;
  api_tokens: ApiTokenTable;
}

export type Plan = Selectable<PlanTable>;
export type Task = Selectable<TaskTable>;
export type Bulletin = Selectable<BulletinTable>;
export type NewTask = Insertable<TaskTable>;
