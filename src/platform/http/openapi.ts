/**
 * The OpenAPI document (/api/openapi.json, browsable at /api/docs), generated from the routes' zod
 * schemas and from what each route declares in its `config`:
 *
 * - `status`: the success statuses it answers (default 200). A single declared status is also the
 *   one the route answers: it is set before the handler runs, so the document cannot drift from
 *   the answer. Routes that choose (201 created / 200 existing, 200 / 304 not modified) list them
 *   all and set the one that applies.
 * - `shape`: the JSON body of a success, 'list' ({items:[…],total}) or 'record' (one object, the
 *   default); a zod `response` schema, where a route has one, is documented instead.
 * - `produces`: the media types of a file download, documented in place of JSON.
 * - `errors`: error statuses beyond those every operation of its kind may answer (errorStatusesOf).
 *
 * Every error answer is documented with the one shared Error schema: {"error":{"code","message",
 * "details"}}. Multipart uploads get a multipart/form-data request body with the file field.
 */
import swagger, { type SwaggerTransform, type SwaggerTransformObject } from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance, RouteOptions } from 'fastify';
import { jsonSchemaTransform } from 'fastify-type-provider-zod';
import type { ErrorCode } from '../errors.js';

export type SuccessStatus = 200 | 201 | 204 | 304;
export type ErrorStatus = 400 | 401 | 403 | 404 | 409 | 412 | 413 | 422 | 428 | 429;

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Success statuses (default 200); a single one is set before the handler runs. */
    status?: SuccessStatus | readonly SuccessStatus[];
    /** The JSON body of a success: a page {items,total} or one record (the default). */
    shape?: 'list' | 'record';
    /** A file download: the media types of its 200 answer. */
    produces?: readonly string[];
    /** Error statuses beyond those errorStatusesOf gives every operation of its kind. */
    errors?: readonly ErrorStatus[];
  }
}

type RouteConfig = NonNullable<RouteOptions['config']>;
type JsonSchema = Record<string, unknown>;

/** Every code, so that a new one is documented (a missing key does not compile). */
const codes: Record<ErrorCode, true> = {
  bad_request: true,
  unauthenticated: true,
  forbidden: true,
  not_found: true,
  conflict: true,
  precondition_failed: true,
  precondition_required: true,
  too_large: true,
  unprocessable: true,
  rate_limited: true,
  internal: true,
};

const errorSchema: JsonSchema = {
  type: 'object',
  required: ['error'],
  properties: {
    error: {
      type: 'object',
      required: ['code', 'message', 'details'],
      properties: {
        code: { type: 'string', enum: Object.keys(codes) },
        message: { type: 'string', description: '中文 / English' },
        details: {
          type: 'array',
          items: {
            type: 'object',
            required: ['message'],
            properties: {
              field: { type: 'string', description: 'body.x, query.x, params.x, headers.x, file' },
              line: { type: 'integer', description: 'source line of an imported file' },
              row: { type: 'integer' },
              column: { type: 'integer' },
              message: { type: 'string' },
            },
          },
        },
      },
    },
  },
};

const errorDescriptions: Record<ErrorStatus, string> = {
  400: '请求无效，details 列出出错的字段 / invalid request; details name the fields',
  401: '未登录，或 API 令牌无效 / not logged in, or an invalid API token',
  403: '无权操作，或缺少 X-CSRF-Token / not allowed, or a missing X-CSRF-Token',
  404: '记录不存在或不可见 / no such record, or not visible to you',
  409: '冲突：版本已变、记录重复，或同一幂等键的请求仍在处理 / conflict: stale version, duplicate, or the same Idempotency-Key in flight',
  412: 'If-Match 的版本已过期 / If-Match names a stale version',
  413: '请求或文件过大 / request or file too large',
  422: '内容无法处理 / the content cannot be processed',
  428: '修改需要 If-Match 或 version / send If-Match or version with a change',
  429: '请求过于频繁，请稍后再试 / too many requests; try again shortly',
};

const successDescriptions: Record<SuccessStatus, string> = {
  200: '成功 / OK',
  201: '已创建 / created',
  204: '成功，无内容 / done, no content',
  304: '未修改（If-None-Match）/ not modified (If-None-Match)',
};

const listSchema: JsonSchema = {
  type: 'object',
  required: ['items', 'total'],
  properties: {
    items: { type: 'array', items: { type: 'object' } },
    total: { type: 'integer', minimum: 0 },
  },
};

const recordSchema: JsonSchema = { type: 'object' };

const ifMatch: JsonSchema = {
  type: 'string',
  pattern: '^(W/)?"v[0-9]+"$',
  description: '读取时的 ETag，如 "v3" / the ETag read, e.g. "v3"; a stale one answers 412',
};

/** The request headers of a versioned write: its own, and If-Match. */
function withIfMatch(headers: unknown): JsonSchema {
  const own = isRecord(headers) ? headers : { type: 'object' };
  const properties = isRecord(own.properties) ? own.properties : {};
  return { ...own, properties: { ...properties, 'if-match': ifMatch } };
}

const uploadBody: JsonSchema = {
  type: 'object',
  required: ['file'],
  properties: {
    file: { type: 'string', format: 'binary', description: '上传的文件 / the file' },
  },
};

function successStatuses(config: RouteConfig | undefined): readonly SuccessStatus[] {
  const status = config?.status ?? 200;
  return typeof status === 'number' ? [status] : status;
}

const isRecord = (value: unknown): value is JsonSchema =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Whether a (JSON) body schema carries `version`, i.e. the write is optimistically locked. */
function hasVersion(schema: unknown): boolean {
  if (!isRecord(schema)) return false;
  if (isRecord(schema.properties) && 'version' in schema.properties) return true;
  return [schema.anyOf, schema.oneOf, schema.allOf].some(
    (branches) => Array.isArray(branches) && branches.some(hasVersion),
  );
}

/**
 * The error statuses an operation may answer: every one 400 (validation) and 401 (a wrong bearer
 * token is refused even on public routes); non-public ones 403 (policy, CSRF) and 404; writes 413
 * (body limit), and when not public 409 (conflicts, an Idempotency-Key in flight) and 422
 * (unprocessable content, a key reused); versioned writes (a `version` in the body) 412 and 428.
 */
function errorStatusesOf(
  method: string,
  config: RouteConfig | undefined,
  body: unknown,
): ErrorStatus[] {
  const statuses = new Set<ErrorStatus>([400, 401]);
  const add = (...more: readonly ErrorStatus[]) => more.forEach((s) => statuses.add(s));
  const isPublic = config?.public === true;
  const write = method !== 'GET' && method !== 'HEAD';
  if (!isPublic) add(403, 404);
  if (write) add(413);
  if (write && !isPublic) add(409, 422);
  if (write && hasVersion(body)) add(412, 428);
  add(...(config?.errors ?? []));
  return [...statuses].sort((a, b) => a - b);
}

const json = (schema: unknown) => ({ 'application/json': { schema } });

function successResponse(
  status: SuccessStatus,
  config: RouteConfig | undefined,
  declared: unknown,
) {
  const description = successDescriptions[status];
  if (status === 204 || status === 304) return { description, type: 'null' };
  const files = config?.produces;
  if (files?.length) {
    // Media types without parameters: text/html, not text/html; charset=utf-8.
    const types = files.map((type) => type.split(';')[0]?.trim() ?? type);
    const binary = { schema: { type: 'string', format: 'binary' } };
    return { description, content: Object.fromEntries(types.map((type) => [type, binary])) };
  }
  const schema = declared ?? (config?.shape === 'list' ? listSchema : recordSchema);
  return { description, content: json(schema) };
}

function errorResponse(status: ErrorStatus) {
  return {
    description: errorDescriptions[status],
    content: json({ $ref: '#/components/schemas/Error' }),
  };
}

const transform: SwaggerTransform = (document) => {
  const { schema, url } = jsonSchemaTransform(document);
  if (!isRecord(schema) || schema.hide) return { schema, url };
  const { route } = document;
  const method = [route.method].flat()[0] ?? 'GET';
  const upload = Array.isArray(schema.consumes) && schema.consumes.includes('multipart/form-data');
  const body = upload ? uploadBody : schema.body;
  const declared = isRecord(schema.response) ? schema.response : {};
  const response: Record<string, unknown> = {};
  for (const status of successStatuses(route.config))
    response[status] = successResponse(status, route.config, declared[status]);
  const errors = errorStatusesOf(method, route.config, body);
  for (const status of errors) response[status] = errorResponse(status);
  const headers = errors.includes(412) ? withIfMatch(schema.headers) : schema.headers;
  return {
    url,
    schema: {
      ...schema,
      ...(body === undefined ? {} : { body }),
      ...(headers === undefined ? {} : { headers }),
      // Public routes need no credentials; every other one needs a session or a token.
      ...(route.config?.public ? { security: [] } : {}),
      response,
    },
  };
};

/**
 * @fastify/swagger marks every request body required; a nullable one (versionBody: a state change
 * that may carry its version) may be left out, and Fastify then validates null.
 */
const transformObject: SwaggerTransformObject = (document) => {
  const openapi = 'openapiObject' in document ? document.openapiObject : {};
  for (const operations of Object.values(openapi.paths ?? {}))
    for (const operation of Object.values(operations ?? {})) {
      if (!isRecord(operation) || !isRecord(operation.requestBody)) continue;
      const body = operation.requestBody;
      const content = isRecord(body.content) ? body.content['application/json'] : undefined;
      if (isRecord(content) && isRecord(content.schema) && content.schema.nullable === true)
        body.required = false;
    }
  return openapi;
};

/** Sets a route's single declared success status before its handler runs. */
function answerDeclaredStatus(route: RouteOptions): void {
  const [status, ...others] = successStatuses(route.config);
  if (status === undefined || status === 200 || others.length > 0) return;
  const handler = route.handler;
  route.handler = function (request, reply) {
    void reply.status(status);
    return handler.call(this, request, reply);
  };
}

export async function registerOpenApi(app: FastifyInstance): Promise<void> {
  app.addHook('onRoute', answerDeclaredStatus);
  await app.register(swagger, {
    openapi: {
      info: { title: '督办 Duban API', version: '1' },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'duban_session' },
          token: { type: 'http', scheme: 'bearer' },
        },
        schemas: { Error: errorSchema },
      },
      security: [{ session: [] }, { token: [] }],
    },
    transform,
    transformObject,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs', staticCSP: true });
  app.get('/api/openapi.json', { config: { public: true }, schema: { hide: true } }, () =>
    app.swagger(),
  );
}
