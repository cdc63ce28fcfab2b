/**
 * Reading the quantity part of a target phrase (指标) in Chinese work-plan text:
 * Arabic and full-width digits, Chinese numerals (十五, 两, 百), magnitudes (万, 亿),
 * ranges (1—2, 3至5), measure words (次, 名, 个百分点 …) and the comparator words around
 * them (不少于 … 以上). Everything here reads at a given position and looks at a bounded
 * number of characters, so callers can scan long text in one linear pass.
 */
import type { Comparator } from './draft.js';

const CHINESE_DIGITS: ReadonlyMap<string, number> = new Map([
  ['零', 0],
  ['〇', 0],
  ['一', 1],
  ['二', 2],
  ['两', 2],
  ['三', 3],
  ['四', 4],
  ['五', 5],
  ['六', 6],
  ['七', 7],
  ['八', 8],
  ['九', 9],
]);
const SMALL_MAGNITUDES: ReadonlyMap<string, number> = new Map([
  ['十', 10],
  ['百', 100],
  ['千', 1000],
]);
const BIG_MAGNITUDES: ReadonlyMap<string, number> = new Map([
  ['万', 1e4],
  ['亿', 1e8],
]);
/** Magnitudes that may follow Arabic digits (2.5万, 3千); 十 never does in practice. */
const ARABIC_MAGNITUDES: ReadonlyMap<string, number> = new Map([
  ['百', 100],
  ['千', 1000],
  ['万', 1e4],
  ['亿', 1e8],
]);
/** 3万千瓦: the 千 starts the unit, it does not multiply. */
const UNIT_AFTER_QIAN = new Set(['千瓦', '千米', '千克']);
/** Longer Arabic runs are phone, ID or document numbers, never targets. */
const MAX_ARABIC_DIGITS = 12;

/**
 * Measure words that make a number a countable target. Longest first so 个百分点 wins
 * over 个 and 人次 over 人. 年/月/日/号/季度 are deliberately absent: they make dates.
 */
const UNITS: readonly string[] = [
  '微克/立方米',
  '毫克/立方米',
  '吨标准煤',
  '平方千米',
  '毫克/升',
  '平方公里',
  '标准箱',
  '立方米',
  '千瓦时',
  '千瓦',
  '兆瓦',
  '千米',
  '千克',
  '公斤',
  '架次',
  '场次',
  '期次',
  '批次',
  '轮次',
  '车次',
  '班次',
  '户次',
  '床位',
  '个百分点',
  '平方米',
  '百分点',
  '个月',
  '人次',
  '家次',
  '人天',
  '人日',
  '小时',
  '学时',
  '课时',
  '公里',
  '公顷',
  '次',
  '名',
  '个',
  '户',
  '人',
  '元',
  '家',
  '场',
  '所',
  '项',
  '期',
  '天',
  '篇',
  '条',
  '件',
  '座',
  '处',
  '批',
  '位',
  '台',
  '套',
  '本',
  '份',
  '支',
  '队',
  '村',
  '亩',
  '吨',
  '倍',
  '辆',
  '册',
  '块',
  '周',
  '张',
  '门',
  '轮',
  '堂',
  '节',
  '栋',
  '间',
  '例',
  '对',
  '宗',
  '艘',
  '株',
  '棵',
  '盏',
  '米',
  '%',
  '％',
  '‰',
];
/** Units of data, power and distance written in Latin letters (600TB, 50MW, 10km). */
const LATIN_UNITS: readonly string[] = [
  'Gbps',
  'Mbps',
  'kWh',
  'KWh',
  'MHz',
  'GHz',
  'TB',
  'PB',
  'GB',
  'EB',
  'MB',
  'MW',
  'GW',
  'kW',
  'KW',
  'km',
  'kg',
  'dB',
];

/**
 * Characters that never measure an amount: time (dates, ages, durations written with 年),
 * grades and ranks (二级, 五星, 第三代), and words that go on a sentence (以上, 之内, 余, 的…).
 * Any other one character after a number framed by a comparator (不少于5宗, 达到3艘) is read as
 * the measure word.
 */
const NEVER_UNITS = new Set([
  ...'年月日号时分秒季届级星代版等类型档层岁以之余多左右及的是为和与或后前内外中上下点成强佳大小线号期元',
]);

const RANGE_SEPARATORS: readonly string[] = ['——', '—', '–', '-', '－', '～', '~', '至', '到'];

export interface ComparatorWord {
  word: string;
  comparator: Comparator;
  /** 力争/达到/控制在 only frame a number; a following 以上/以内 says more. */
  neutral: boolean;
}

function word(text: string, comparator: Comparator, neutral = false): ComparatorWord {
  return { word: text, comparator, neutral };
}

/** Longest first, so 不少于 is not read as 少于 and 大约 not as 约. */
const PREFIX_WORDS: readonly ComparatorWord[] = [
  word('力争达到', '>=', true),
  word('不少于', '>='),
  word('不低于', '>='),
  word('不小于', '>='),
  word('不超过', '<='),
  word('不高于', '<='),
  word('不多于', '<='),
  word('不大于', '<='),
  word('控制在', '<=', true),
  word('至少', '>='),
  word('超过', '>'),
  word('高于', '>'),
  word('多于', '>'),
  word('大于', '>'),
  word('突破', '>'),
  word('低于', '<'),
  word('少于', '<'),
  word('小于', '<'),
  word('不足', '<'),
  word('不到', '<'),
  word('力争', '>=', true),
  word('达到', '>=', true),
  word('大约', 'approx'),
  word('约', 'approx'),
];

const SUFFIX_WORDS: readonly ComparatorWord[] = [
  word('及以上', '>='),
  word('以上', '>='),
  word('以下', '<='),
  word('以内', '<='),
  word('之内', '<='),
  word('左右', 'approx'),
];

/** 约 ends verbs such as 节约 (save) and 签约 (sign); there it is not "about". */
const NOT_ABOUT_BEFORE_YUE = new Set(['节', '制', '签', '预', '合', '邀', '契', '公', '简']);

export function isArabicDigit(ch: string): boolean {
  return (ch >= '0' && ch <= '9') || (ch >= '０' && ch <= '９');
}

export function isChineseNumeral(ch: string): boolean {
  return CHINESE_DIGITS.has(ch) || SMALL_MAGNITUDES.has(ch) || BIG_MAGNITUDES.has(ch);
}

export function isNumeralChar(ch: string): boolean {
  return isArabicDigit(ch) || isChineseNumeral(ch);
}

/** End of the run of numeral-like characters at pos; the scanner skips a whole run at once. */
export function numeralRunEnd(text: string, pos: number): number {
  let i = pos;
  while (i < text.length && (isNumeralChar(text.charAt(i)) || '.．,'.includes(text.charAt(i)))) i++;
  return Math.max(i, pos + 1);
}

export interface NumberRead {
  value: number;
  /** The magnitude written last (万 in 5万), so 3-5万 can scale its first number too. */
  scale: number;
  end: number;
}

function asciiDigit(ch: string): string {
  return ch >= '０' && ch <= '９' ? String(ch.charCodeAt(0) - 0xff10) : ch;
}

/** Product of 万/亿/千 after Arabic digits, as in 2.5万 or 1.2万亿. */
function readArabicMagnitude(text: string, pos: number): { scale: number; end: number } {
  let scale = 1;
  let i = pos;
  for (
    let m = ARABIC_MAGNITUDES.get(text.charAt(i));
    m !== undefined && !UNIT_AFTER_QIAN.has(text.slice(i, i + 2));
    m = ARABIC_MAGNITUDES.get(text.charAt(i))
  ) {
    scale *= m;
    i++;
  }
  return { scale, end: i };
}

function readDigits(text: string, pos: number): { digits: string; end: number } {
  let digits = '';
  let i = pos;
  while (isArabicDigit(text.charAt(i))) {
    digits += asciiDigit(text.charAt(i));
    i++;
    // 1,000 style grouping: only a comma followed by exactly three digits.
    if (text.charAt(i) === ',' && /^\d{3}(?!\d)/.test(text.slice(i + 1, i + 5))) i++;
  }
  return { digits, end: i };
}

function readArabic(text: string, pos: number): NumberRead | null {
  const whole = readDigits(text, pos);
  // A leading zero (0550) or a very long run is a phone or file number, not a quantity.
  if (whole.digits === '' || whole.digits.length > MAX_ARABIC_DIGITS) return null;
  if (whole.digits.length > 1 && whole.digits.startsWith('0')) return null;
  let end = whole.end;
  let literal = whole.digits;
  if ('.．'.includes(text.charAt(end)) && isArabicDigit(text.charAt(end + 1))) {
    const fraction = readDigits(text, end + 1);
    literal += `.${fraction.digits}`;
    end = fraction.end;
  }
  const magnitude = readArabicMagnitude(text, end);
  const value = magnitude.scale === 1 ? Number(literal) : tidy(Number(literal) * magnitude.scale);
  return { value, scale: magnitude.scale, end: magnitude.end };
}

/** 2.5 × 10000 must be 25000, not 25000.000000000004. */
function tidy(value: number): number {
  return Number(value.toPrecision(12));
}

/** Value of a Chinese numeral such as 十五, 两百, 一亿五千万; null when malformed (十一五, 一两). */
export function chineseNumeralValue(run: string): number | null {
  let total = 0;
  let section = 0;
  let digit: number | null = null;
  let lastSmall = Infinity;
  let largestBig = 0;
  for (const ch of run) {
    const d = CHINESE_DIGITS.get(ch);
    const small = SMALL_MAGNITUDES.get(ch);
    const big = BIG_MAGNITUDES.get(ch);
    if (d !== undefined) {
      if (digit !== null && digit !== 0) return null;
      digit = d;
    } else if (small !== undefined) {
      if (small >= lastSmall || digit === 0) return null;
      section += (digit ?? 1) * small;
      digit = null;
      lastSmall = small;
    } else if (big !== undefined) {
      const part = section + (digit ?? 0) || 1;
      total = big > largestBig ? (total + part) * big : total + part * big;
      largestBig = Math.max(largestBig, big);
      section = 0;
      digit = null;
      lastSmall = Infinity;
    } else {
      return null;
    }
  }
  return total + section + (digit ?? 0);
}

function readChinese(text: string, pos: number): NumberRead | null {
  // A bare 万 or 亿 starts words (万众, 亿万) far more often than numbers; 零 starts words
  // (零部件, 零上门) and never counts anything to reach.
  const first = text.charAt(pos);
  if (BIG_MAGNITUDES.has(first) || first === '零' || first === '〇') return null;
  let end = pos;
  while (isChineseNumeral(text.charAt(end))) end++;
  if (end === pos) return null;
  const value = chineseNumeralValue(text.slice(pos, end));
  if (value === null) return null;
  return { value, scale: BIG_MAGNITUDES.get(text.charAt(end - 1)) ?? 1, end };
}

export function readNumber(text: string, pos: number): NumberRead | null {
  return isArabicDigit(text.charAt(pos)) ? readArabic(text, pos) : readChinese(text, pos);
}

/** 周年 and 周岁 are anniversaries and ages, not weeks. */
const NOT_WEEKS = new Set(['年', '岁']);

export function readUnit(text: string, pos: number): { unit: string; end: number } | null {
  const unit =
    UNITS.find((u) => text.startsWith(u, pos)) ?? LATIN_UNITS.find((u) => latinAt(text, pos, u));
  if (unit === undefined) return null;
  if (unit === '周' && NOT_WEEKS.has(text.charAt(pos + 1))) return null;
  return { unit: unit === '％' ? '%' : unit, end: pos + unit.length };
}

/** A Latin unit written whole: 600TB, not the TB of 600TBS. */
function latinAt(text: string, pos: number, unit: string): boolean {
  return text.startsWith(unit, pos) && !/[A-Za-z0-9]/.test(text.charAt(pos + unit.length));
}

/**
 * One character read as a measure word no list holds, when a comparator frames the number:
 * written before it (不少于, 达到, 控制在…) or after the character (以上, 以内…).
 */
function readFramedUnit(
  text: string,
  numStart: number,
  pos: number,
): { unit: string; end: number } | null {
  const ch = text.charAt(pos);
  if (!/^[\u4e00-\u9fff]$/u.test(ch) || NEVER_UNITS.has(ch) || isNumeralChar(ch)) return null;
  const framed = readPrefixWord(text, numStart) !== null || readSuffixWord(text, pos + 1) !== null;
  return framed ? { unit: ch, end: pos + 1 } : null;
}

/** The bare quantity: a number or range, an optional 余/多, and a measure word. */
export interface QuantityCore {
  end: number;
  value?: number;
  min?: number;
  max?: number;
  unit: string;
  /** 100余人, 100多名: more than the number. */
  more: boolean;
}

function readRangeEnd(text: string, first: NumberRead): NumberRead | null {
  const sep = RANGE_SEPARATORS.find((s) => text.startsWith(s, first.end));
  if (sep === undefined) return null;
  return readNumber(text, first.end + sep.length);
}

/** 百分之五十 → 50%. */
function readPercentWord(text: string, pos: number): QuantityCore | null {
  if (!text.startsWith('百分之', pos)) return null;
  const n = readNumber(text, pos + 3);
  return n === null ? null : { end: n.end, value: n.value, unit: '%', more: false };
}

export function readQuantityCore(text: string, pos: number): QuantityCore | null {
  const percent = readPercentWord(text, pos);
  if (percent !== null) return percent;
  const first = readNumber(text, pos);
  if (first === null) return null;
  const second = readRangeEnd(text, first);
  let end = second?.end ?? first.end;
  const more = text.charAt(end) === '余' || text.charAt(end) === '多';
  if (more) end++;
  const unit = readUnit(text, end) ?? readFramedUnit(text, pos, end);
  if (unit === null) return null;
  if (second === null) return { end: unit.end, value: first.value, unit: unit.unit, more };
  // 3-5万元: the 万 written once applies to both ends.
  const min =
    first.scale === 1 && second.scale !== 1 ? tidy(first.value * second.scale) : first.value;
  return { end: unit.end, min, max: second.value, unit: unit.unit, more };
}

/** A comparator word written right before the number at numStart (不少于2次). */
export function readPrefixWord(text: string, numStart: number): ComparatorWord | null {
  const found = PREFIX_WORDS.find(
    (p) => p.word.length <= numStart && text.startsWith(p.word, numStart - p.word.length),
  );
  if (found === undefined) return null;
  if (found.word === '约' && NOT_ABOUT_BEFORE_YUE.has(text.charAt(numStart - 2))) return null;
  return found;
}

/** A comparator word written right after the measure word (50家以上). */
export function readSuffixWord(text: string, pos: number): ComparatorWord | null {
  return SUFFIX_WORDS.find((s) => text.startsWith(s.word, pos)) ?? null;
}

export function combineComparator(
  prefix: ComparatorWord | null,
  suffix: ComparatorWord | null,
  core: QuantityCore,
): Comparator {
  if (core.min !== undefined) return 'range';
  if (prefix !== null && !prefix.neutral) return prefix.comparator;
  if (suffix !== null) return suffix.comparator;
  if (core.more) return '>';
  // A bare count in a plan is a floor: 组织100名专家 means at least 100.
  return prefix?.comparator ?? '>=';
}
