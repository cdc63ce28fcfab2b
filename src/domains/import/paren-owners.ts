/**
 * Owners named in parentheses without labels, as State Council and ministry notices write them:
 * "（教育部负责）", "（民政部、财政部负责）", "（发展改革委牵头，财政部、商务部参与）",
 * "（国家发展改革委、财政部等按职责分工负责）". A parenthesis counts only when every clause in it
 * is a list of departments with a role word, the standing rule, or a deadline — so "（含中央企业）"
 * or "（区、市）" name no one. A note standing apart after a sentence ("…完成核查登记。（水资源司、
 * 长江水利委员会）") may name its departments without a role word; they are read as with 负责.
 */
import {
  JOINT,
  groupOf,
  readNameList,
  readRoleClause,
  type OwnerGroup,
  type RoleClause,
} from './departments.js';
import { findDeadlinePhrases } from './item-deadline.js';
import { statesStandingRule } from './standing-rule-statement.js';

/** Longer parentheses are prose, not an owner note. */
const MAX_PAREN = 200;
const OPEN = new Set(['（', '(']);
const CLOSE = new Set(['）', ')']);

/** When a task runs rather than when it ends: 持续推进, 长期坚持, 2021—2023年, 每年. */
const ONGOING =
  /^(?:(?:长期|持续|常态化|逐年|分年度|按年度|分阶段|分步|每年|年内|全年)(?:坚持|推进|实施|开展|落实)?|\d{4}(?:年)?[-—–~～至到]\d{4}年|\d{4}年起)$/;

function isIgnorable(clause: string): boolean {
  if (clause === '' || clause === '下同' || statesStandingRule(clause)) return true;
  if (ONGOING.test(clause)) return true;
  const deadlines = findDeadlinePhrases(clause);
  return deadlines.length > 0 && /(?:完成|前|底)$/.test(clause);
}

/** 市商务局会同市财政局负责: the one before 会同 leads, those after co-operate. */
function readJointClause(clause: string): RoleClause[] | null {
  const joint = JOINT.exec(clause);
  if (!joint) return null;
  const k = joint.index;
  const lead = readNameList(clause.slice(0, k).replace(/^(?:由|请)/, ''));
  const after = clause
    .slice(k + joint[0].length)
    .replace(/(?:共同|牵头)?负责$|(?:组织)?(?:实施|落实|推进)$/, '');
  const co = readNameList(after);
  if (!lead.clean || !co.clean || lead.names.length === 0) return null;
  return [
    { role: 'lead', names: lead.names },
    { role: 'co', names: co.names },
  ];
}

/** 水资源司、长江水利委员会: departments named with no role word, as a note's whole clause. */
function readBareList(clause: string): RoleClause | null {
  const { names, clean } = readNameList(clause);
  return clean && names.length > 0 ? { role: 'duty', names } : null;
}

/**
 * The group an owner parenthesis names; null when its content is anything else. `apart`: the
 * parenthesis is a note of its own after a sentence, so a bare list of departments counts too.
 */
export function readOwnerParenthesis(content: string, at = 0, apart = false): OwnerGroup | null {
  const clauses: RoleClause[] = [];
  for (const raw of content.replace(/[。.]+$/, '').split(/[，,；;。]/)) {
    const clause = raw.trim();
    if (isIgnorable(clause)) continue;
    const read =
      readJointClause(clause) ?? readRoleClause(clause) ?? (apart ? readBareList(clause) : null);
    if (read === null) return null;
    clauses.push(...(Array.isArray(read) ? read : [read]));
  }
  return groupOf(at, clauses);
}

/** Marks after which a parenthesis starts a note of its own rather than glossing a word. */
const SENTENCE_ENDS = new Set(['。', '；', ';', '！', '？', '!', '?']);
/** What may follow such a note: the end of the text, or a full stop and whatever comes next. */
const NOTE_FOLLOWERS = new Set(['', '。', '；', ';', '\n']);

function isBlank(ch: string): boolean {
  return ch === ' ' || ch === '\t' || ch === '\u3000';
}

/** Whether the parenthesis open…close stands apart: after a sentence end, before its end. */
function standsApart(text: string, open: number, close: number): boolean {
  let b = open - 1;
  while (b >= 0 && isBlank(text.charAt(b))) b--;
  if (b >= 0 && !SENTENCE_ENDS.has(text.charAt(b))) return false;
  let a = close + 1;
  while (a < text.length && isBlank(text.charAt(a))) a++;
  return NOTE_FOLLOWERS.has(text.charAt(a));
}

/** Every owner parenthesis in the text; the innermost of nested ones is read. One pass. */
export function readParenOwners(text: string): OwnerGroup[] {
  const groups: OwnerGroup[] = [];
  let open = -1;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charAt(i);
    if (OPEN.has(ch)) open = i;
    else if (CLOSE.has(ch) && open >= 0) {
      if (i - open <= MAX_PAREN) {
        const apart = standsApart(text, open, i);
        const group = readOwnerParenthesis(text.slice(open + 1, i), open, apart);
        if (group) groups.push(group);
      }
      open = -1;
    }
  }
  return groups;
}
