/**
 * Renders every error in one shape: {"error":{"code","message","details"}}. AppErrors keep their
 * code; schema failures become bad_request with the failing fields; anything else is logged and
 * shown as a generic 500.
 */
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { AppError, httpStatus, type ErrorCode, type ErrorDetail } from '../errors.js';

function body(code: ErrorCode, message: string, details: ErrorDetail[] = []) {
  return { error: { code, message, details } };
}

export function errorHandler(error: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  if (error instanceof AppError) {
    if (error.retryAfterSeconds !== undefined)
      void reply.header('retry-after', String(error.retryAfterSeconds));
    return reply
      .status(httpStatus(error.code))
      .send(body(error.code, error.message, error.details));
  }
  if (hasZodFastifySchemaValidationErrors(error)) {
    const details = error.validation.map((v) => ({
      field: [error.validationContext, ...v.instancePath.split('/').filter(Boolean)].join('.'),
      message: v.message ?? 'invalid',
    }));
    return reply.status(400).send(body('bad_request', '请求参数无效 / invalid request', details));
  }
  if (error.statusCode === 413 || error.code === 'FST_REQ_FILE_TOO_LARGE') {
    return reply.status(413).send(body('too_large', '请求内容过大 / request too large'));
  }
  if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
    return reply.status(400).send(body('bad_request', error.message));
  }
  request.log.error({ err: error }, 'unhandled error');
  return reply.status(500).send(body('internal', '服务器内部错误 / internal server error'));
}

/**
 * Errors Fastify meets before routing (an undecodable URL such as /api/tasks/%ff, an over-long
 * parameter) in the same shape as every other error.
 */
export function frameworkErrors(
  error: FastifyError,
  _request: FastifyRequest,
  reply: FastifyReply,
) {
  const message = `请求地址无效 / invalid request URL (${error.code})`;
  void reply.status(400).send(body('bad_request', message, [{ field: 'url', message }]));
}

export function notFoundHandler(request: FastifyRequest, reply: FastifyReply) {
  return reply
    .status(404)
    .send(body('not_found', `没有这个地址 / no route ${request.method} ${request.url}`));
}
