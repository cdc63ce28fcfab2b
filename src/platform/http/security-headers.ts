/**
 * Security headers (helmet's defaults) on every response. helmet's Fastify plugin builds helmet's
 * middleware anew for each request, parsing the Content-Security-Policy each time; the headers
 * never change, so they are worked out once here by running helmet on a recording response.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { FastifyInstance } from 'fastify';
import helmet, { type HelmetOptions } from 'helmet';

function headersOf(options: HelmetOptions): Record<string, string> {
  const headers: Record<string, string> = {};
  const recorder = {
    setHeader: (name: string, value: unknown) => (headers[name.toLowerCase()] = String(value)),
    removeHeader: (name: string) => delete headers[name.toLowerCase()],
  };
  helmet(options)({} as IncomingMessage, recorder as unknown as ServerResponse, () => {});
  return headers;
}

export function registerSecurityHeaders(app: FastifyInstance): void {
  const headers = headersOf({
    // The defaults allow the web app (own scripts, antd's inline styles, data: images); upgrading
    // requests to https would break the plain-http deployments inside an intranet.
    contentSecurityPolicy: { directives: { upgradeInsecureRequests: null } },
  });
  app.addHook('onRequest', (_request, reply, done) => {
    void reply.headers(headers);
    done();
  });
}
