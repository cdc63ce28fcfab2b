/**
 * The standing rule of many State Council and ministry notices: "排在第一位的部门为牵头部门，下同".
 * Stated once (in a preamble note, a heading or the first item's parentheses), it holds for that
 * item and every later one: the first department named leads and the others co-operate.
 *
 * withOwners is one pass over the items in document order, carrying whether the rule has been
 * stated; it fills in the lead and co-operating departments items name without 牵头/配合 labels.
 */
import { resolveGroups, type OwnerGroup } from './departments.js';
import type { ItemDraft } from './draft.js';
import { emptyResponsibility } from './inline-responsibility.js';
import { readParenOwners } from './paren-owners.js';
import { readSentenceOwners } from './sentence-owners.js';
import { statesStandingRule } from './standing-rule-statement.js';

/** 注：… / 备注：… / 说明：…: a note that speaks for the whole document, wherever it stands. */
const NOTE = /^[\s\u3000]*(?:注|备注|附注|说明)\s*\d?\s*[：:]/;

/**
 * Line numbers of the source lines that state the rule (a preamble note, a heading, an item); a
 * note (注：排在第一位的为牵头单位) at the foot of the document holds from the start, as line 0.
 */
export function ruleLinesOf(lines: readonly { line: number; raw: string }[]): number[] {
  return lines.filter((l) => statesStandingRule(l.raw)).map((l) => (NOTE.test(l.raw) ? 0 : l.line));
}

/** The departments an item names in parentheses or sentences; null when it names none. */
function ownersOf(body: string, firstLeads: boolean): { lead: string[]; co: string[] } {
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
      responsibility: {
        ...(labelled ?? emptyResponsibility()),
        leadDepartments: lead,
        coDepartments: co,
      },
    };
  });
}
