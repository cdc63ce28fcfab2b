/**
 * Strings that match a regular expression, for generating valid values of schemas with a
 * `pattern`. Handles the subset the API's schemas use: literals and escapes (\d \w \s \xHH),
 * classes with ranges and negation, `.`, groups with alternation, the quantifiers * + ? {n} {n,}
 * {n,m}, and the anchors ^ $. Unbounded repeats stop a few past their minimum.
 */
import type { Random } from '../cli/seed/random.js';

type Node =
  | { kind: 'chars'; chars: string[] }
  | { kind: 'seq'; items: Node[] }
  | { kind: 'alt'; options: Node[] }
  | { kind: 'repeat'; node: Node; min: number; max: number };

const printable = Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i));
const digits = [...'0123456789'];
const word = [...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_', ...digits];
const classEscapes: Record<string, string[]> = { d: digits, w: word, s: [' ', '\t'] };

class Parser {
  private at = 0;
  constructor(private readonly source: string) {}

  parse(): Node {
    const node = this.alternation();
    if (this.at < this.source.length) throw new Error(`regex-sample: cannot read ${this.source}`);
    return node;
  }

  private peek(): string | undefined {
    return this.source[this.at];
  }

  private take(): string {
    const ch = this.source[this.at++];
    if (ch === undefined) throw new Error(`regex-sample: ${this.source} ends early`);
    return ch;
  }

  private alternation(): Node {
    const options = [this.sequence()];
    while (this.peek() === '|') {
      this.at++;
      options.push(this.sequence());
    }
    return options.length === 1 && options[0] ? options[0] : { kind: 'alt', options };
  }

  private sequence(): Node {
    const items: Node[] = [];
    for (let ch = this.peek(); ch !== undefined && ch !== '|' && ch !== ')'; ch = this.peek()) {
      if (ch === '^' || ch === '$') {
        this.at++;
        continue;
      }
      items.push(this.quantified(this.atom()));
    }
    return { kind: 'seq', items };
  }

  private atom(): Node {
    const ch = this.take();
    if (ch === '(') {
      if (this.source.startsWith('?:', this.at)) this.at += 2;
      const inner = this.alternation();
      this.take();
      return inner;
    }
    if (ch === '[') return this.charClass();
    if (ch === '.') return { kind: 'chars', chars: printable };
    if (ch === '\\') return { kind: 'chars', chars: this.escape() };
    return { kind: 'chars', chars: [ch] };
  }

  private escape(): string[] {
    const ch = this.take();
    if (ch === 'x') return [String.fromCharCode(parseInt(this.take() + this.take(), 16))];
    return classEscapes[ch] ?? [ch];
  }

  private charClass(): Node {
    const negated = this.peek() === '^';
    if (negated) this.at++;
    const chars: string[] = [];
    while (this.peek() !== ']') {
      const ch = this.take();
      const first = ch === '\\' ? this.escape() : [ch];
      const next = this.source[this.at + 1];
      if (first.length === 1 && this.peek() === '-' && next !== undefined && next !== ']') {
        this.at++;
        const endCh = this.take();
        const end = endCh === '\\' ? this.escape() : [endCh];
        const from = first[0]?.charCodeAt(0) ?? 0;
        const to = end[0]?.charCodeAt(0) ?? from;
        for (let c = from; c <= to; c++) chars.push(String.fromCharCode(c));
      } else chars.push(...first);
    }
    this.at++;
    return { kind: 'chars', chars: negated ? printable.filter((c) => !chars.includes(c)) : chars };
  }

  private quantified(node: Node): Node {
    const ch = this.peek();
    if (ch === '*' || ch === '+' || ch === '?') {
      this.at++;
      const min = ch === '+' ? 1 : 0;
      return { kind: 'repeat', node, min, max: ch === '?' ? 1 : min + 4 };
    }
    const m = /^\{(\d+)(,(\d*))?\}/.exec(this.source.slice(this.at));
    if (!m) return node;
    this.at += m[0].length;
    const min = Number(m[1]);
    const max = m[2] === undefined ? min : m[3] ? Number(m[3]) : min + 4;
    return { kind: 'repeat', node, min, max };
  }
}

function generate(node: Node, random: Random): string {
  switch (node.kind) {
    case 'chars':
      return random.pick(node.chars);
    case 'seq':
      return node.items.map((item) => generate(item, random)).join('');
    case 'alt':
      return generate(random.pick(node.options), random);
    case 'repeat': {
      // Long bounded repeats ({1,200}) are kept short most of the time, and sometimes full.
      const max = random.chance(0.9) ? Math.min(node.max, node.min + 8) : node.max;
      const count = random.int(node.min, max);
      return Array.from({ length: count }, () => generate(node.node, random)).join('');
    }
  }
}

const parsed = new Map<string, Node>();

/** A string that matches `pattern`. */
export function sampleRegex(pattern: string, random: Random): string {
  let node = parsed.get(pattern);
  if (!node) {
    node = new Parser(pattern).parse();
    parsed.set(pattern, node);
  }
  return generate(node, random);
}
