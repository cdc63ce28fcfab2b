/**
 * Requests generated from one operation of the OpenAPI document, valid or with one deliberate
 * fault (a wrong path, query or header value, a body with a wrong type, bound or missing field, a
 * multipart upload without its file, malformed JSON). A case knows whether it is certainly
 * invalid by the document, so that an answer of 2xx to it is a finding.
 */
import type { Random } from '../cli/seed/random.js';
import type { Operation, Parameter, SchemaValidator } from './openapi-conformance.js';
import { invalidText, mutate, validValue, type Values } from './schema-values.js';

export interface Case {
  method: string;
  url: string;
  headers: Record<string, string>;
  body?: string | FormData;
  /** What was made wrong, when the document rejects the request; null for a valid request. */
  fault: string | null;
  /** A short description of the body for failure reports. */
  bodyText: string;
}

export interface Upload {
  name: string;
  bytes: Uint8Array;
}

/** Idempotency keys drawn from a small pool, so that some are reused (replay, 409, 422). */
const idempotencyKeys = ['key-1', 'key-2', 'key-3', 'property-run'];

interface Target {
  where: 'param' | 'body';
  parameter?: Parameter;
}

function pickTarget(op: Operation, r: Random): Target | null {
  const targets: Target[] = op.parameters.map((parameter) => ({ where: 'param', parameter }));
  if (op.body) targets.push({ where: 'body' }, { where: 'body' });
  return targets.length > 0 ? r.pick(targets) : null;
}

/** A parameter value as sent: scalars as text, anything else as JSON; null and none as absent. */
const asText = (value: unknown): string | undefined => {
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'string') return value;
  return typeof value === 'number' || typeof value === 'boolean'
    ? `${value}`
    : JSON.stringify(value);
};

/** Values whose ids are looked up for the parameters of `path`. */
const atPath = (v: Values, path: string): Values => ({
  ...v,
  idsFor: (name) => v.idsFor(name, path),
});

function parameterValue(
  p: Parameter,
  path: string,
  target: Target | null,
  v: Values,
): string | undefined {
  const r = v.random;
  if (target?.parameter === p) return undefined;
  if (p.in === 'header' && p.name === 'idempotency-key') {
    if (!r.chance(0.3)) return undefined;
    return r.chance(0.3) ? r.pick(idempotencyKeys) : `run-${r.int(0, 1e9)}`;
  }
  if (p.in === 'header' && p.name === 'if-match' && r.chance(0.4))
    return r.chance(0.6) ? '"v1"' : `"v${r.int(2, 9)}"`;
  if (!p.required && r.chance(0.5)) return undefined;
  return asText(validValue(p.schema, p.name, atPath(v, path)));
}

function multipart(op: Operation, uploads: readonly Upload[], faulty: boolean, v: Values) {
  const form = new FormData();
  if (faulty) {
    form.append('other', 'no file here');
    return { form, text: 'multipart without file' };
  }
  const upload = v.random.pick(uploads);
  form.append('file', new Blob([upload.bytes]), upload.name);
  return { form, text: `multipart file ${upload.name} (${upload.bytes.length} bytes)` };
}

type JsonBody =
  { value: unknown; fault: string | null } | { raw: string | undefined; fault: string };

function jsonBody(op: Operation, faulty: boolean, v: Values, validator: SchemaValidator): JsonBody {
  const schema = op.body?.content['application/json']?.schema ?? {};
  const optional = op.body?.required !== true || schema.nullable === true;
  const r = v.random;
  if (!faulty)
    return optional && r.chance(0.3)
      ? { value: undefined, fault: null }
      : { value: validValue(schema, 'body', v), fault: null };
  if (r.chance(0.1)) return { raw: '{"unterminated": ', fault: 'malformed JSON' };
  if (!optional && r.chance(0.15)) return { raw: undefined, fault: 'body missing' };
  const valid = validValue(schema, 'body', v);
  for (let attempt = 0; attempt < 5; attempt++) {
    const value = mutate(schema, valid, v);
    const problem = validator.problem(schema, value);
    if (problem) return { value, fault: `body ${problem}` };
  }
  return { value: valid, fault: null };
}

/**
 * Header values are Latin-1 bytes with the surrounding spaces trimmed by HTTP: a wrong one is
 * still sendable and stays wrong once trimmed.
 */
function invalidHeader(p: Parameter, v: Values): string | undefined {
  const wrong = invalidText(p.schema, v);
  if (wrong === undefined || (/^[\x20-\xff]+$/.test(wrong) && wrong.trim() === wrong)) return wrong;
  const pattern = typeof p.schema.pattern === 'string' ? new RegExp(p.schema.pattern) : null;
  const latin = ['clé-é', 'x'.repeat(300)].filter((s) => pattern && !pattern.test(s));
  return latin.length > 0 ? v.random.pick(latin) : undefined;
}

/** One request for `op`, valid or (when `faulty`) with one fault. */
export function buildCase(
  op: Operation,
  faulty: boolean,
  v: Values,
  validator: SchemaValidator,
  uploads: readonly Upload[],
): Case {
  const r = v.random;
  const target = faulty ? pickTarget(op, r) : null;
  let fault: string | null = null;
  let path = op.path;
  const query = new URLSearchParams();
  const headers: Record<string, string> = {};
  for (const p of op.parameters) {
    let value = parameterValue(p, op.path, target, v);
    if (target?.parameter === p) {
      const wrong = p.in === 'header' ? invalidHeader(p, v) : invalidText(p.schema, v);
      if (wrong !== undefined) fault = `${p.in} ${p.name}=${JSON.stringify(wrong)}`;
      else if (p.required && p.in !== 'path') fault = `${p.in} ${p.name} missing`;
      const fallback =
        p.in === 'path' ? validValue(p.schema, p.name, atPath(v, op.path)) : undefined;
      value = wrong ?? asText(fallback);
    }
    if (value === undefined) continue;
    // Sometimes the path carries bytes that are not UTF-8 once decoded (%ff): a 400, like any fault.
    if (p.in === 'path' && target?.parameter === p && r.chance(0.15)) {
      const raw = r.pick(['%ff', '%E4%B8', '1%ZZ']);
      fault = `path ${p.name} malformed ${raw}`;
      path = path.replace(`{${p.name}}`, raw);
      continue;
    }
    if (p.in === 'path') path = path.replace(`{${p.name}}`, encodeURIComponent(value));
    else if (p.in === 'query') query.set(p.name, value);
    else if (p.in === 'header') headers[p.name] = value;
  }
  const url = query.size > 0 ? `${path}?${query.toString()}` : path;
  const base = { method: op.method, url, headers };
  if (!op.body) return { ...base, fault, bodyText: '' };
  const faultyBody = target?.where === 'body';
  if (op.body.content['multipart/form-data']) {
    const { form, text } = multipart(op, uploads, faultyBody, v);
    return {
      ...base,
      body: form,
      fault: faultyBody ? 'multipart without file' : fault,
      bodyText: text,
    };
  }
  const json = jsonBody(op, faultyBody, v, validator);
  const text =
    'raw' in json ? json.raw : json.value === undefined ? undefined : JSON.stringify(json.value);
  if (text === undefined) return { ...base, fault: json.fault ?? fault, bodyText: '(no body)' };
  headers['content-type'] = 'application/json';
  return { ...base, body: text, fault: json.fault ?? fault, bodyText: text };
}
