/**
 * Bulletins (通报): generate a month's draft of a plan, list them, read one with its snapshot,
 * download it as .docx, .xlsx or a printable page, and issue (签发) a draft as 第N期.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Kysely } from 'kysely';
import { accessOf, authorize } from '../../platform/auth/access.js';
import type { Database } from '../../platform/db/schema.js';
import { actorOf } from '../../platform/http/auth.js';
import { sendDownload } from '../documents/download.js';
import { getPlan } from '../plan/get-plan.js';
import { presentBulletin, presentBulletinSummary } from './bulletin.presenter.js';
import { bulletinPolicy } from './bulletin.policy.js';
import { settingsOfPlan } from './bulletin-settings.js';
import {
  bulletinParams,
  documentQuery,
  generateBody,
  issueBody,
  planParams,
} from './bulletin.schema.js';
import { findBulletins, type BulletinSummary } from './find-bulletins.js';
import { generateBulletin } from './generate-bulletin.js';
import { getBulletin } from './get-bulletin.js';
import { issueBulletin } from './issue-bulletin.js';
import { loadFrame } from './load-frame.js';
import { contentTypes, renderBulletin } from './render-bulletin.js';

const tags = ['bulletins'];

const summaryOf = async (db: Kysely<Database>, b: BulletinSummary) =>
  presentBulletinSummary(b, await loadFrame(db, b));

export const bulletinRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.store;

  app.post(
    '/api/plans/:id/bulletins',
    { config: { status: 201 }, schema: { tags, params: planParams, body: generateBody } },
    async (request) => {
      const plan = await getPlan({ db, id: request.params.id });
      authorize(bulletinPolicy, await accessOf(db, request), 'generate', plan);
      const bulletin = await generateBulletin({
        db,
        actor: actorOf(request),
        plan,
        ...request.body,
        now: app.clock(),
      });
      return summaryOf(db, bulletin);
    },
  );

  app.get(
    '/api/plans/:id/bulletins',
    { config: { shape: 'list' }, schema: { tags, params: planParams } },
    async (request) => {
      const plan = await getPlan({ db, id: request.params.id });
      authorize(bulletinPolicy, await accessOf(db, request), 'read', plan);
      const settings = await settingsOfPlan(db, plan);
      const items = [];
      for (const b of await findBulletins({ db, planId: plan.id }))
        items.push(presentBulletinSummary(b, await loadFrame(db, b, settings)));
      return { items, total: items.length };
    },
  );

  const readable = async (request: Parameters<typeof accessOf>[1], id: number) => {
    const bulletin = await getBulletin({ db, id });
    const plan = await getPlan({ db, id: bulletin.plan_id });
    authorize(bulletinPolicy, await accessOf(db, request), 'read', plan);
    return bulletin;
  };

  app.get('/api/bulletins/:id', { schema: { tags, params: bulletinParams } }, async (request) => {
    const bulletin = await readable(request, request.params.id);
    return presentBulletin(bulletin, await loadFrame(db, bulletin));
  });

  app.get(
    '/api/bulletins/:id/document',
    {
      config: { produces: Object.values(contentTypes) },
      schema: { tags, params: bulletinParams, querystring: documentQuery },
    },
    async (request, reply) => {
      const bulletin = await readable(request, request.params.id);
      const file = await renderBulletin(
        bulletin,
        request.query.format,
        await loadFrame(db, bulletin),
      );
      return sendDownload(reply, {
        name: file.fileName,
        contentType: file.contentType,
        bytes: file.bytes,
        // The print view opens in the browser; the office files download.
        disposition: request.query.format === 'html' ? 'inline' : 'attachment',
      });
    },
  );

  app.post(
    '/api/bulletins/:id/issue',
    { schema: { tags, params: bulletinParams, body: issueBody } },
    async (request) => {
      const bulletin = await getBulletin({ db, id: request.params.id });
      const plan = await getPlan({ db, id: bulletin.plan_id });
      authorize(bulletinPolicy, await accessOf(db, request), 'issue', plan);
      const issued = await issueBulletin({
        db,
        actor: actorOf(request),
        id: bulletin.id,
        issueDate: request.body?.issueDate,
        now: app.clock(),
      });
      return summaryOf(db, issued);
    },
  );
};
