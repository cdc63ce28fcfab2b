/**
 * The shape of an imported notice before it is stored: a draft plan (草稿).
 * Field names follow fixtures/chuzhou-cast-2017-workplan.expected.json; extra fields are allowed.
 */

/** A completion-time phrase (完成时间) resolved against the plan year. Dates are ISO `YYYY-MM-DD`. */
export interface DeadlineWindow {
  /** The phrase as written, whitespace removed ('全  年' → '全年'). */
  text: string;
  /** Inclusive start; null means "from the plan's start". */
  start: string | null;
  /** Inclusive due date; null means no due date (长期, 持续推进, or recurring). */
  due: string | null;
  recurring?: 'monthly' | 'quarterly' | 'yearly';
  dayOfMonth?: number;
}

export type Comparator = '>=' | '<=' | '>' | '<' | '=' | 'range' | 'approx';

/** A quantitative target (指标) read from a phrase such as 不少于2次 or 1—2个. */
export interface TargetValue {
  comparator: Comparator;
  /** Set unless comparator is 'range'. */
  value?: number;
  /** Set when comparator is 'range'. */
  min?: number;
  max?: number;
  /** As written, with 万元/亿元 resolved to 元. */
  unit: string;
}

export interface Target extends TargetValue {
  /** Where it was found: 'keyTask 2', 'item 3', 'tableRow 6'. */
  where: string;
  /** The phrase as written in the source ('不少于2次'). */
  text: string;
  /** What is counted ('专家', '院士与企业对接活动'). */
  subject: string;
  /** A number that is probably part of a name or slogan (inside quotation marks, 每年两次 …). */
  optional?: boolean;
  /** The target applies to each person (领导干部全年深入基层不少于60天). */
  perPerson?: boolean;
}

/** A block of the source document: what every reader (txt, html, docx, xlsx) produces. */
export type SourceBlock =
  | {
      kind: 'paragraph';
      text: string;
      line: number;
      /** The reader knows the paragraph is a heading (<h2>, a wholly bold paragraph). */
      heading?: true;
    }
  | { kind: 'table'; rows: string[][]; line: number };

export interface SourceDocument {
  blocks: SourceBlock[];
}

/** 发文 metadata of the notice that issued the plan. */
export interface NoticeDraft {
  /** 文号, e.g. 滁科协〔2017〕2号 */
  docNumber: string | null;
  title: string | null;
  /** 主送: the units the notice is addressed to. */
  recipients: string[];
  /** 发文机关 as signed. */
  issuer: string | null;
  issueDate: string | null;
  /** 抄报/抄送 */
  copyTo: string[];
}

export interface KeyTaskDraft {
  no: number;
  text: string;
}

export interface SectionDraft {
  no: number;
  heading: string;
  /** Numbers of the items under this section. */
  items: number[];
}

export interface ItemDraft {
  no: number;
  /** The numbering as written ('⒈', '1.', '（一）'). */
  label: string;
  title: string;
  /** The whole paragraph(s), title included. */
  body: string;
  section: number;
  line: number;
  /** Responsibility written inline (牵头单位：…，配合单位：…). */
  responsibility?: InlineResponsibility;
}

export interface InlineResponsibility {
  leadDepartments: string[];
  coDepartments: string[];
  owners: string[];
  leaders: string[];
  deadlineText: string | null;
}

/** A row of the key-task responsibility table (重点工作任务表), cells normalised. */
export interface TableRowDraft {
  no: number;
  content: string;
  /** The first of `owners` (who leads), or null. */
  owner: string | null;
  /** Every person the 责任人 cell names, in order. */
  owners: string[];
  /** The first of `departments`, or null. */
  department: string | null;
  /** The lead units (牵头/责任单位), in order. */
  departments: string[];
  /** The co-operating units (配合/协办单位). */
  coDepartments: string[];
  leader: string | null;
  deadlineText: string | null;
  start: string | null;
  due: string | null;
  notes: string | null;
  recurring?: DeadlineWindow['recurring'];
  line: number;
}

/** What becomes a task on import: a table row, or an item when the notice has no table. */
export interface TaskDraft {
  no: number;
  content: string;
  owners: string[];
  departments: string[];
  coDepartments: string[];
  leader: string | null;
  deadline: DeadlineWindow | null;
  notes: string | null;
  keyTask: number | null;
  items: number[];
  source: string;
}

export type LinkPair = [number, number];

export interface ScoredLink {
  from: number;
  to: number;
  score: number;
}

export interface ImportWarning {
  about: string;
  why: string;
  /** The same in Chinese, for the UI. */
  whyZh: string;
}

export interface PlanDraft {
  notice: NoticeDraft;
  plan: { title: string; year: number };
  keyTasks: KeyTaskDraft[];
  sections: SectionDraft[];
  items: ItemDraft[];
  tableColumns: string[];
  tableRows: TableRowDraft[];
  links: {
    keyTaskToTableRow: LinkPair[];
    keyTaskToItem: LinkPair[];
    scores: { keyTaskToTableRow: ScoredLink[]; keyTaskToItem: ScoredLink[] };
  };
  warnings: ImportWarning[];
  targets: Target[];
  tasks: TaskDraft[];
}

export interface ParseOptions {
  /** The plan year, overriding whatever the notice says (--year, the import wizard). */
  year?: number;
  /**
   * The year for a notice that names none anywhere (no title, signature, range or dated
   * deadline): callers pass the current year. Without it the parser reads the clock for such
   * a notice — the only time it does.
   */
  fallbackYear?: number;
}
