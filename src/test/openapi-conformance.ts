/**
 * Reads the served OpenAPI document for property tests: its operations, its schemas as plain
 * JSON Schema (local $refs inlined; OpenAPI 3.0's `nullable` and boolean exclusive bounds turned
 * into draft-07) compiled with ajv, and whether an answer conforms: a documented status, a
 * documented media type, a body that validates, and an error code that maps to the status.
 */
import { Ajv, type ValidateFunction } from 'ajv';
import { httpStatus, type ErrorCode } from '../platform/errors.js';

export type Schema = Record<string, unknown>;

export interface MediaType {
  schema?: Schema;
}

export interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required?: boolean;
  schema: Schema;
}

export interface Operation {
  method: string;
  path: string;
  parameters: Parameter[];
  body?: { required: boolean; content: Record<string, MediaType> };
  /** Whether the operation needs credentials (the document's security, or its own). */
  secured: boolean;
  responses: Record<string, { content?: Record<string, MediaType> }>;
}

export interface OpenApiDocument {
  security?: unknown[];
  paths: Record<
    string,
    Record<
      string,
      Omit<Operation, 'method' | 'path' | 'body' | 'secured'> & {
        requestBody?: Operation['body'];
        security?: unknown[];
      }
    >
  >;
  components?: { schemas?: Record<string, Schema> };
}

export interface Answer {
  status: number;
  contentType: string;
  text: string;
}

const isRecord = (value: unknown): value is Schema =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export function operationsOf(doc: OpenApiDocument): Operation[] {
  return Object.entries(doc.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, op]) => ({
      method: method.toUpperCase(),
      path,
      parameters: op.parameters ?? [],
      ...(op.requestBody ? { body: op.requestBody } : {}),
      responses: op.responses,
      secured: (op.security ?? doc.security ?? []).length > 0,
    })),
  );
}

/** An OpenAPI 3.0 schema as draft-07 JSON Schema with the document's local $refs inlined. */
export function toJsonSchema(schema: unknown, doc: OpenApiDocument): unknown {
  if (Array.isArray(schema)) return schema.map((s) => toJsonSchema(s, doc));
  if (!isRecord(schema)) return schema;
  const ref = schema.$ref;
  if (typeof ref === 'string') {
    const name = ref.replace('#/components/schemas/', '');
    return toJsonSchema(doc.components?.schemas?.[name], doc);
  }
  const out: Schema = {};
  for (const [key, value] of Object.entries(schema)) {
    if (key === 'nullable' || key === 'example') continue;
    if (key === 'exclusiveMinimum' || key === 'exclusiveMaximum') continue;
    const nested = key === 'properties' || key === 'patternProperties';
    out[key] =
      nested && isRecord(value)
        ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toJsonSchema(v, doc)]))
        : toJsonSchema(value, doc);
  }
  if (schema.exclusiveMinimum === true && typeof schema.minimum === 'number') {
    out.exclusiveMinimum = schema.minimum;
    delete out.minimum;
  }
  if (schema.exclusiveMaximum === true && typeof schema.maximum === 'number') {
    out.exclusiveMaximum = schema.maximum;
    delete out.maximum;
  }
  return schema.nullable === true ? { anyOf: [out, { type: 'null' }] } : out;
}

/** Compiles schemas of one document once each. */
export class SchemaValidator {
  private readonly ajv = new Ajv({ strict: false, allErrors: false })
    .addFormat('date', { type: 'string', validate: isCalendarDate })
    .addFormat('binary', true)
    .addFormat('uri', true);
  private readonly compiled = new WeakMap<object, ValidateFunction>();
  constructor(private readonly doc: OpenApiDocument) {}

  /** The first problem of `value` against `schema`, or null when it validates. */
  problem(schema: Schema, value: unknown): string | null {
    let validate = this.compiled.get(schema);
    if (!validate) {
      const json = toJsonSchema(schema, this.doc);
      validate = this.ajv.compile(isRecord(json) ? json : {});
      this.compiled.set(schema, validate);
    }
    if (validate(value)) return null;
    const error = validate.errors?.[0];
    return `${error?.instancePath || '(root)'} ${error?.message ?? 'is invalid'}`;
  }
}

/** YYYY-MM-DD naming a day that exists (2017-02-30 does not). */
function isCalendarDate(text: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return false;
  const day = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return day.toISOString().slice(0, 10) === text;
}

const mediaType = (header: string) => header.split(';')[0]?.trim().toLowerCase() ?? '';

function errorCodeProblem(status: number, body: unknown): string | null {
  if (status < 400 || !isRecord(body) || !isRecord(body.error)) return null;
  const code = body.error.code;
  const codes: readonly string[] = [
    'bad_request',
    'unauthenticated',
    'forbidden',
    'not_found',
    'conflict',
    'precondition_failed',
    'precondition_required',
    'too_large',
    'unprocessable',
    'rate_limited',
    'internal',
  ] satisfies readonly ErrorCode[];
  if (typeof code !== 'string' || !codes.includes(code))
    return `unknown error code ${String(code)}`;
  const expected = httpStatus(code as ErrorCode);
  return expected === status ? null : `error code ${code} belongs to ${expected}, not ${status}`;
}

/** What is wrong with an answer to `op` by the document, or [] when it conforms. */
export function conformanceProblems(
  op: Operation,
  answer: Answer,
  validator: SchemaValidator,
): string[] {
  if (answer.status >= 500) return [`server error ${answer.status}: ${answer.text.slice(0, 300)}`];
  const documented = op.responses[String(answer.status)];
  if (!documented)
    return [
      `undocumented status ${answer.status} (documented: ${Object.keys(op.responses).join(', ')})`,
    ];
  const content = documented.content;
  if (!content) return answer.text === '' ? [] : [`status ${answer.status} documents no body`];
  const type = mediaType(answer.contentType);
  const media = Object.entries(content).find(([key]) => mediaType(key) === type)?.[1];
  if (!media)
    return [`content type ${type || '(none)'} not documented (${Object.keys(content).join(', ')})`];
  if (type !== 'application/json' || !media.schema) return [];
  let body: unknown;
  try {
    body = JSON.parse(answer.text);
  } catch {
    return ['body is not JSON'];
  }
  const problem = validator.problem(media.schema, body);
  const code = errorCodeProblem(answer.status, body);
  return [problem && `body ${problem}`, code].filter((p): p is string => p !== null);
}
