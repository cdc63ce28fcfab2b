/**
 * Values generated from the JSON-Schema subset the OpenAPI document uses (type, enum, anyOf,
 * nullable, min/max with OpenAPI 3.0's boolean exclusive bounds, lengths, pattern, items,
 * properties, required, additionalProperties): valid ones, which are often odd (unicode,
 * boundaries), and deliberately wrong ones (wrong types, out of range, too long, off pattern,
 * missing required fields). Integer fields that name a record take ids seen in earlier answers.
 */
import type { Random } from '../cli/seed/random.js';
import { testPassword } from './factories.js';
import { sampleRegex } from './regex-sample.js';

export type Schema = Record<string, unknown>;

export interface Values {
  random: Random;
  /** Ids of existing records for a field (`id` of a path, `planId`, …). */
  idsFor(name: string, path?: string): readonly number[];
}

/** Dates and months of the worked example's year, used when a pattern accepts them. */
const realistic = ['2017-09-30', '2017-03-15', '2017-09', '2017-12', '2017-06-01T08:00:00Z'];
/** Values of the worked example for fields a random string would never satisfy. */
const known: Record<string, string[]> = { username: ['admin', 'peng'], password: [testPassword] };
const uris = ['https://oapi.dingtalk.com/robot/send?access_token=x', 'https://example.com/hook'];
const alphabet = [
  ...'abcXYZ019 _-.',
  ...'工作要点督办滁州科协台账通报',
  '😀',
  '𠮷',
  'é',
  'e\u0301',
  '\u200b',
  '\u202e',
  '"',
  "'",
  '\\',
  '<',
  '>',
  '&',
  '%',
  '/',
  '\n',
];
const oddStrings = ['', ' ', 'null', '0', '-1', '1e309', '../../etc/passwd', '%00', '\u0000', '🙂'];

const isRecord = (value: unknown): value is Schema =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const num = (value: unknown) => (typeof value === 'number' ? value : undefined);

/** The inclusive integer bounds of a schema (OpenAPI 3.0 exclusive bounds applied). */
function bounds(schema: Schema): { lo?: number; hi?: number } {
  const min = num(schema.minimum);
  const max = num(schema.maximum);
  const step = schema.type === 'integer' ? 1 : 0.5;
  return {
    ...(min === undefined ? {} : { lo: schema.exclusiveMinimum === true ? min + step : min }),
    ...(max === undefined ? {} : { hi: schema.exclusiveMaximum === true ? max - step : max }),
  };
}

const idLike = (name: string) => name === 'id' || name === 'no' || /Id$/.test(name);

function validNumber(schema: Schema, name: string, v: Values): number {
  const { lo = -1000, hi = 1_000_000 } = bounds(schema);
  const r = v.random;
  const ids = idLike(name) ? v.idsFor(name) : [];
  if (ids.length > 0 && r.chance(0.75)) {
    const id = r.pick(ids);
    if (id >= lo && id <= hi) return id;
  }
  if (name === 'year' && lo <= 2017 && hi >= 2017 && r.chance(0.6)) return 2017;
  // Most records of a fresh database are at their first version.
  if (name === 'version' && lo <= 1 && r.chance(0.6)) return 1;
  if (r.chance(0.1)) return r.pick([lo, hi]);
  const top = Math.min(hi, lo + (idLike(name) ? 40 : 100));
  if (schema.type === 'integer') return r.int(Math.ceil(lo), Math.floor(top));
  const multiple = num(schema.multipleOf) ?? 0.5;
  return (
    Math.ceil(lo / multiple) * multiple + multiple * r.int(0, Math.floor((top - lo) / multiple))
  );
}

function validString(schema: Schema, name: string, v: Values): string {
  const r = v.random;
  const examples = known[name];
  if (examples && r.chance(0.5)) return r.pick(examples);
  if (typeof schema.pattern === 'string') {
    const pattern = new RegExp(schema.pattern, 'u');
    const fitting = realistic.filter((s) => pattern.test(s));
    if (fitting.length > 0 && r.chance(0.7)) return r.pick(fitting);
    return sampleRegex(schema.pattern, r);
  }
  if (schema.format === 'uri') return r.pick(uris);
  const min = num(schema.minLength) ?? 0;
  const max = Math.min(num(schema.maxLength) ?? 40, min + 24);
  const length = r.chance(0.05) ? (num(schema.maxLength) ?? max) : r.int(min, max);
  let text = Array.from({ length }, () => r.pick(alphabet)).join('');
  // Lengths count code points in JSON Schema; keep the generated text within them.
  const chars = [...text];
  if (chars.length > (num(schema.maxLength) ?? Infinity))
    text = chars.slice(0, num(schema.maxLength)).join('');
  while ([...text].length < min) text += 'x';
  return text;
}

/** A value valid against `schema`; `name` is the field's name, for ids and years. */
export function validValue(schema: Schema, name: string, v: Values): unknown {
  const r = v.random;
  if (schema.nullable === true && r.chance(0.1)) return null;
  if (Array.isArray(schema.enum)) return r.pick(schema.enum);
  const branches = schema.anyOf ?? schema.oneOf;
  if (Array.isArray(branches)) return validValue(r.pick(branches.filter(isRecord)), name, v);
  switch (schema.type) {
    case 'integer':
    case 'number':
      return validNumber(schema, name, v);
    case 'string':
      return validString(schema, name, v);
    case 'boolean':
      return r.chance(0.5);
    case 'array': {
      const min = num(schema.minItems) ?? 0;
      const count = r.int(min, Math.min(num(schema.maxItems) ?? min + 3, min + 3));
      const items = isRecord(schema.items) ? schema.items : {};
      return Array.from({ length: count }, () => validValue(items, name, v));
    }
    case 'object':
      return validObject(schema, v);
    default:
      return r.pick(['x', 1, true]);
  }
}

function validObject(schema: Schema, v: Values): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const required = Array.isArray(schema.required) ? schema.required : [];
  const properties = isRecord(schema.properties) ? schema.properties : {};
  for (const [key, property] of Object.entries(properties)) {
    if (!isRecord(property)) continue;
    if (required.includes(key) || v.random.chance(0.6)) out[key] = validValue(property, key, v);
  }
  if (isRecord(schema.additionalProperties))
    for (let i = v.random.int(0, 2); i > 0; i--)
      out[validString({ maxLength: 12, minLength: 1 }, 'key', v)] = validValue(
        schema.additionalProperties,
        'value',
        v,
      );
  return out;
}

/**
 * A value `schema` rejects, written as text (a path, query or header value), or undefined when
 * this schema has no way to be wrong in text (a free string, a boolean that may be coerced).
 */
export function invalidText(schema: Schema, v: Values): string | undefined {
  const r = v.random;
  const options: string[] = [];
  const { lo, hi } = bounds(schema);
  if (Array.isArray(schema.enum)) options.push('不存在的值', 'NOT_A_VALUE');
  if (schema.type === 'integer' || schema.type === 'number') {
    options.push('abc', '一', '0x');
    if (schema.type === 'integer') options.push('1.5');
    if (lo !== undefined) options.push(String(lo - 1), '-99999999999');
    if (hi !== undefined) options.push(String(hi + 1), '9'.repeat(30));
  }
  if (schema.type === 'string' && !Array.isArray(schema.enum)) {
    const max = num(schema.maxLength);
    if (max !== undefined) options.push('长'.repeat(max + 1));
    if (schema.format === 'date') options.push('2017-02-30', '2017-04-31', '2017-13-45');
    if (typeof schema.pattern === 'string') {
      const pattern = new RegExp(schema.pattern, 'u');
      options.push(
        ...[...oddStrings, '2017-13-45', '2017/09/30'].filter((s) => s && !pattern.test(s)),
      );
    }
  }
  return options.length > 0 ? r.pick(options) : undefined;
}

/** `value` (valid against `schema`) with one thing made wrong: a type, a bound, a field. */
export function mutate(schema: Schema, value: unknown, v: Values): unknown {
  const r = v.random;
  const properties = isRecord(schema.properties) ? schema.properties : {};
  const keys = Object.keys(properties);
  if (isRecord(value) && keys.length > 0 && r.chance(0.7)) {
    const key = r.pick(keys);
    const required = Array.isArray(schema.required) ? schema.required : [];
    const copy = { ...value };
    if (required.includes(key) && r.chance(0.3)) {
      delete copy[key];
      return copy;
    }
    const property = properties[key];
    copy[key] = mutate(isRecord(property) ? property : {}, copy[key], v);
    return copy;
  }
  const { lo, hi } = bounds(schema);
  const options: unknown[] = [r.pick(oddStrings), 12345, { nested: true }, [1, 'two'], false];
  if (schema.nullable !== true) options.push(null);
  if (schema.type === 'integer') options.push(0.5, '12');
  if (lo !== undefined) options.push(lo - 1, -1e15);
  if (hi !== undefined) options.push(hi + 1, 1e300);
  const max = num(schema.maxLength);
  if (max !== undefined) options.push('长'.repeat(max + 1));
  if (typeof schema.pattern === 'string') options.push('2017-13-45', '2017/09/30');
  if (schema.format === 'date') options.push('2017-02-30', '2017-04-31');
  if (schema.type === 'array' && isRecord(schema.items) && Array.isArray(value))
    options.push([
      ...(value as unknown[]),
      mutate(schema.items, validValue(schema.items, 'item', v), v),
    ]);
  return r.pick(options);
}
