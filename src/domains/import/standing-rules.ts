/**
 * The standing rule of many State Council and ministry notices: "排在第一位的部门为牵头部门，下同".
 * Stated once (in a preamble note, a heading or the first item's parentheses), it holds for that
 * item and every later one: the first department named leads and the others co-operate.
 *
 * withOwners is one pass over the items in document order, carrying whether the rule has been
 * stated; it fills in the lead and co-operating departments items name without 牵头/配合 labels.
 */
import { resolveGroups, type OwnerGroup } from './departments.js';
import type { InlineResponsibility, ItemDraft } from './draft.js';
import { readParenOwners } from './paren-owners.js';
import { readSentenceOwners } from './sentence-owners.js';

/** Words for the place of the first unit named: 第一位, 首个, 排在前面. */
const ranked =
  '(?:排在|排列在|排列|排序|排名|排位|排|列在|列于|列|位列|位居|名列|居于|居|写在|放在)';
/** A place that says "first" by itself (第一个部门); 第一, 前面 alone need a ranking word. */
const firstOnItsOwn = '(?:第一位|第一个|第一家|第一名|首位|首个|首家|第1位|第1个|第1家)';
const firstRanked = `(?:${ranked}(?:${firstOnItsOwn}|第一|第1|首|最前面|最前|前面|前列))`;
const first = `(?:${firstRanked}|${firstOnItsOwn})`;
/** The words for a unit: 部门, 单位, 司局, 处室, 科室 (with 责任/承办, or 列出的 before them). */
const unit =
  '(?:(?:列出|列明|列举|署名|提及|出现)的|所列)?(?:责任|承办|主办|相关)?(?:部门|单位|司局|处室|科室|机构|部委|委办局|厅局|司|局|处|科|室|厅|委)';
const leads = '(?:牵头|主办|主责|主要责任|主要负责|负总责)';
const verb = '(?:为|是|作为|系|即为|均为|即)';

/** 排在第一位的部门为牵头部门 / 第一个单位是牵头单位 / 排在前面的处室牵头 */
const FIRST_LEADS = new RegExp(
  `(?:${first}的?${unit}?的?${verb}[\u4e00-\u9fff]{0,4}?|${firstRanked}的?${unit}的?)${leads}`,
);
/** 牵头单位为排在第一位的单位 / 牵头部门是第一个部门 / 牵头单位列在首位 */
const LEAD_IS_FIRST = new RegExp(
  `${leads}${unit}?(?:${verb}${first}|${verb}?${firstRanked})的?(?:${unit})?(?![\\u4e00-\\u9fff])`,
);

/** Whether the text states that the first-named department leads. */
export function statesStandingRule(text: string): boolean {
  if (!/牵头|主办|主责|主要责任|主要负责|负总责/.test(text)) return false;
  return FIRST_LEADS.test(text) || LEAD_IS_FIRST.test(text);
}

/** 注：… / 备注：… / 说明：…: a note that speaks for the whole document, wherever it stands. */
const NOTE = /^[\s\u3000]*(?:注|备注|附注|说明)\s*\d?\s*[：:]/;

/**
 * Line numbers of the source lines that state the rule (a preamble note, a heading, an item); a
 * note (注：排在第一位的为牵头单位) at the foot of the document holds from the start, as line 0.
 */
export function ruleLinesOf(lines: readonly { line: number; raw: string }[]): number[] {
  return lines.filter((l) => statesStandingRule(l.raw)).map((l) => (NOTE.test(l.raw) ? 0 : l.line));
}

function empty(): InlineResponsibility {
  return { leadDepartments: [], coDepartments: [], owners: [], leaders: [], deadlineText: null };
}

/** The departments an item names in parentheses or sentences; null when it names none. */
export function ownersOf(body: string, firstLeads: boolean): { lead: string[]; co: string[] } {
  const groups: OwnerGroup[] = [...readParenOwners(body), ...readSentenceOwners(body)];
  return resolveGroups(groups, firstLeads);
}

/**
 * Items with the departments they name, the standing rule carried from where it is stated: a line
 * before the item (preamble, heading, an earlier item) or the item itself.
 */
export function withOwners(items: readonly ItemDraft[], ruleLines: readonly number[]): ItemDraft[] {
  const firstRuleLine = ruleLines.reduce((a, b) => Math.min(a, b), Infinity);
  const stated = items.map((item) => statesStandingRule(item.body));
  // A web page may hold the preamble and the items in one paragraph (one line number): a rule on an
  // item's own line that no item states was written before the items.
  const before = stated.includes(true)
    ? (line: number) => firstRuleLine < line
    : (line: number) => firstRuleLine <= line;
  let firstLeads = false;
  return items.map((item, k) => {
    if (before(item.line) || stated[k] === true) firstLeads = true;
    const labelled = item.responsibility;
    if (labelled && labelled.leadDepartments.length + labelled.coDepartments.length > 0) {
      return item;
    }
    const { lead, co } = ownersOf(item.body, firstLeads);
    if (lead.length + co.length === 0) return item;
    return {
      ...item,
      responsibility: { ...(labelled ?? empty()), leadDepartments: lead, coDepartments: co },
    };
  });
}
