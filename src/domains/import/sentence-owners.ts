/**
 * Owners written inside a sentence: "请人力资源社会保障部会同有关部门于2020年6月底前完成",
 * "由市商务局会同市财政局负责", "市发改委牵头，市财政局配合", "X要会同Y…", "由X、Y负责".
 * A name is read only when it looks like a department (市财政局, 基层司, 发展改革委), so verbs
 * and ordinary nouns before 牵头 (医共体牵头医院) are not taken; generic words are dropped.
 * Text inside parentheses is left to paren-owners.ts. Each sentence is read once, in bounded
 * slices, so the cost is linear in the text.
 */
import {
  JOINT,
  MAX_NAME,
  groupOf,
  isGenericOwner,
  looksLikeDepartment,
  readNameList,
  readRoleClause,
  type OwnerGroup,
} from './departments.js';

/** How much of a clause is read around a trigger word; names are short. */
const WINDOW = 60;

/** Words after a list of names that start what they are to do. */
const STOP =
  /于|在|负责|牵头|配合|参与|参加|协助|共同|按照|按|抓紧|加快|做好|进行|落实|推进|提出|起草|修订|编制|制定|出台|完成|开展|研究(?![室院所会])|尽快|及时|切实|认真|进一步|分别|根据|结合|对|将|把|做|统筹|组织(?!部)|指导|督促|建立|实施|印发|举办|举行|召开|设立|打造|拟定|完善|健全|强化|加强|提升|扩大|支持|鼓励|引导|探索|搭建|办好|抓好|遴选|培育|联合(?![国体会社办])|[，,；;。：:]/;

/** Words before the lead's name that are not part of it. */
const LEAD_PREFIX = /^(?:并由|均由|由|请|要求|同时|并|另外|此外|还)/;
/** A time written straight before the lead: 2020年底前市商务局会同…. */
const LEAD_TIME = /^.{0,12}?(?:年底前|年内|月底前|日前|之前|以前)/;
/** Modal words between the lead's name and 会同. */
const LEAD_TAIL = /(?:牵头|负责|要|应当|应|须|必须|需|将|可|等)+$/;

/** Text with parenthesised notes blanked, so offsets stay those of the original. */
function withoutParentheses(text: string): string {
  const parts: string[] = [];
  let from = 0;
  let openAt = 0;
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charAt(i);
    if (ch === '（' || ch === '(') {
      if (depth === 0) {
        parts.push(text.slice(from, i));
        openAt = i;
      }
      depth++;
    } else if ((ch === '）' || ch === ')') && depth > 0) {
      depth--;
      if (depth === 0) {
        parts.push('，'.repeat(i - openAt + 1));
        from = i + 1;
      }
    }
  }
  parts.push(depth > 0 ? '，'.repeat(text.length - openAt) : text.slice(from));
  return parts.join('');
}

/** The lead named just before 会同 in a clause: after the last 由/请, without modal words. */
function leadBefore(left: string): string[] {
  const cut = Math.max(left.lastIndexOf('由'), left.lastIndexOf('请'));
  const name = (cut >= 0 ? left.slice(cut + 1) : left)
    .replace(LEAD_TIME, '')
    .replace(LEAD_PREFIX, '')
    .replace(LEAD_TAIL, '');
  const { names, clean } = readNameList(name);
  return clean ? names : [];
}

/** The co-operating names after 会同, up to the first word of what they are to do. */
function namesAfter(right: string): string[] {
  const slice = right.slice(0, WINDOW);
  const stop = slice.search(STOP);
  const list = stop >= 0 ? slice.slice(0, stop) : slice;
  const parts = list.split('、');
  const last = parts.pop() ?? '';
  return readNameList([...parts, leadingName(last)].join('、')).names;
}

/** 县地方金融监管局设立…: the longest department name the words start with, when no stop word cut them. */
function leadingName(words: string): string {
  if (looksLikeDepartment(words) || isGenericOwner(words)) return words;
  for (let end = Math.min(words.length - 1, MAX_NAME); end >= 2; end--) {
    const head = words.slice(0, end);
    if (looksLikeDepartment(head)) return head;
  }
  return words;
}

function joint(clause: string, at: number): OwnerGroup | null {
  const word = JOINT.exec(clause);
  if (!word) return null;
  const k = word.index;
  const lead = leadBefore(clause.slice(Math.max(0, k - WINDOW), k));
  if (lead.length === 0) return null;
  return { at, lead, co: namesAfter(clause.slice(k + word[0].length)), ranked: false };
}

/** "由X负责…", "X牵头", "X牵头，Y配合": a role clause at the start of a clause. */
function roleAtStart(clause: string): { role: ReturnType<typeof readRoleClause>; rest: string } {
  const m =
    /^(.{2,60}?)(牵头负责|牵头|按职责分工负责|分别负责|共同负责|负责(?!人|同志)|配合|参与|协助)/.exec(
      clause.slice(0, WINDOW + 8),
    );
  if (!m) return { role: null, rest: clause };
  const head = m[1] ?? '';
  // 负责 alone needs 由/请, or a clause that is nothing but names before it.
  const role = readRoleClause(head + (m[2] ?? ''));
  if (role && role.names.length > 0) return { role, rest: clause.slice(m[0].length) };
  return { role: null, rest: clause };
}

function sentenceGroups(sentence: string, offset: number): OwnerGroup[] {
  const groups: OwnerGroup[] = [];
  const clauses = sentence.split(/[，,]/);
  const starts: number[] = [];
  clauses.reduce((from, clause) => {
    starts.push(from);
    return from + clause.length + 1;
  }, offset);
  for (let c = 0; c < clauses.length; c++) {
    const at = starts[c] ?? offset;
    const clause = (clauses[c] ?? '').trim();
    const together = joint(clause, at);
    if (together) groups.push(together);
    else {
      const first = roleAtStart(clause).role;
      if (first && (first.role === 'lead' || first.role === 'duty')) {
        const roles = [first];
        const following = (clauses[c + 1] ?? '').trim();
        const next = roleAtStart(following).role;
        // 由X牵头，会同Y…; X牵头，Y配合; X负责，Y配合 (a second 负责 after 牵头 co-operates too).
        if (following.startsWith('会同')) {
          roles.push({ role: 'co', names: namesAfter(following.slice(2)) });
          c++;
        } else if (
          next &&
          (next.role === 'co' || (next.role === 'duty' && first.role === 'lead'))
        ) {
          roles.push({ role: 'co', names: next.names });
          c++;
        }
        const group = groupOf(at, roles);
        if (group) groups.push(group);
      }
    }
  }
  return groups;
}

export function readSentenceOwners(text: string): OwnerGroup[] {
  const plain = withoutParentheses(text);
  const groups: OwnerGroup[] = [];
  let start = 0;
  for (const sentence of plain.split(/[。；;！？!?\n]/)) {
    groups.push(...sentenceGroups(sentence, start));
    start += sentence.length + 1;
  }
  return groups;
}
