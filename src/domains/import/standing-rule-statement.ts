/**
 * Recognises the statement of the standing rule "排在第一位的部门为牵头部门" in any of its usual
 * wordings. Kept apart from standing-rules.ts, which applies it, so the readers of parenthesised
 * owners can tell the statement from a list of owners without importing the pass over items.
 */

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
