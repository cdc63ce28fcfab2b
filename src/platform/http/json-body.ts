/**
 * JSON request bodies, checked before they are parsed: bytes that are not UTF-8, a NUL character
 * and nesting deeper than any of our requests needs are refused with 400. The checks are one
 * linear pass that stops at the first problem, so a megabyte of `[[[…` costs microseconds, not the
 * parser's recursion, and no undecodable text is stored as U+FFFD.
 */
import type { FastifyInstance } from 'fastify';
import { AppError } from '../errors.js';

/** Our deepest request body (a scheme document) nests 5 levels; 32 leaves room. */
export const JSON_MAX_DEPTH = 32;

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** The body as text; throws bad_request for bytes that are not UTF-8. */
export function decodeUtf8(bytes: Uint8Array): string {
  try {
    return utf8.decode(bytes);
  } catch {
    throw refused('请求内容不是有效的 UTF-8 文本 / the request body is not valid UTF-8');
  }
}

/**
 * Scans JSON text for nesting depth and `\u0000` escapes (the only way a NUL can be in valid
 * JSON); throws bad_request at the first. Syntax is left to the parser.
 */
export function checkJsonText(text: string, maxDepth = JSON_MAX_DEPTH): void {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === BACKSLASH) {
        if (text.startsWith('u0000', i + 1)) throw refused(NUL_MESSAGE);
        i++;
      } else if (c === QUOTE) inString = false;
    } else if (c === QUOTE) inString = true;
    else if (c === OPEN_BRACKET || c === OPEN_BRACE) {
      depth++;
      if (depth > maxDepth) throw tooDeep(maxDepth);
    } else if (c === CLOSE_BRACKET || c === CLOSE_BRACE) depth--;
  }
}

/** Replaces Fastify's JSON parser with one that checks first, then parses as Fastify would. */
export function registerJsonBodyParser(app: FastifyInstance): void {
  const parse = app.getDefaultJsonParser('error', 'error');
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'buffer' }, (request, body, done) => {
    try {
      const text = typeof body === 'string' ? body : decodeUtf8(body);
      checkJsonText(text);
      void parse(request, text, done);
    } catch (error) {
      done(error as Error, undefined);
    }
  });
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;

const NUL_MESSAGE = '请求内容含有空字符（\\u0000）/ the request body contains a NUL character';

function tooDeep(maxDepth: number): AppError {
  return refused(
    `JSON 嵌套过深（上限 ${maxDepth} 层）/ JSON nested too deeply (limit ${maxDepth})`,
  );
}

function refused(message: string): AppError {
  return new AppError('bad_request', message, [{ field: 'body', message }]);
}
