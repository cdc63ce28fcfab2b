/**
 * Bulletins (通报): issue a month's bulletin of a plan as a new frozen version, list them, read
 * one with its snapshot, and download it as .docx, .xlsx or a printable page.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { accessOf, authorize } from '../../platform/auth/access.js';
import { actorOf } from '../../platform/http/auth.js';
import { sendDownload } from '../documents/download.js';
import { getPlan } from '../plan/get-plan.js';
import { presentBulletin, presentBulletinSummary } from './bulletin.presenter.js';
import { bulletinPolicy } from './bulletin.policy.js';
import { bulletinParams, documentQuery, generateBody, planParams } from './bulletin.schema.js';
import { findBulletins } from './find-bulletins.js';
import { generateBulletin } from './generate-bulletin.js';
import { getBulletin } from './get-bulletin.js';
import { contentTypes, renderBulletin } from './render-bulletin.js';

const tags = ['bulletins'];

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
      return presentBulletinSummary(bulletin);
    },
  );

  app.get(
    '/api/plans/:id/bulletins',
    { config: { shape: 'list' }, schema: { tags, params: planParams } },
    async (request) => {
      const plan = await getPlan({ db, id: request.params.id });
      authorize(bulletinPolicy, await accessOf(db, request), 'read', plan);
      const items = (await findBulletins({ db, planId: plan.id })).map(presentBulletinSummary);
      return { items, total: items.length };
    },
  );

  const readable = async (request: Parameters<typeof accessOf>[1], id: number) => {
    const bulletin = await getBulletin({ db, id });
    const plan = await getPlan({ db, id: bulletin.plan_id });
    authorize(bulletinPolicy, await accessOf(db, request), 'read', plan);
    return bulletin;
  };

  app.get('/api/bulletins/:id', { schema: { tags, params: bulletinParams } }, async (request) =>
    presentBulletin(await readable(request, request.params.id)),
  );

  app.get(
    '/api/bulletins/:id/document',
    {
      config: { produces: Object.values(contentTypes) },
      schema: { tags, params: bulletinParams, querystring: documentQuery },
    },
    async (request, reply) => {
      const bulletin = await readable(request, request.params.id);
      const file = await renderBulletin(bulletin, request.query.format);
      return sendDownload(reply, {
        name: file.fileName,
        contentType: file.contentType,
        bytes: file.bytes,
        // The print view opens in the browser; the office files download.
        disposition: request.query.format === 'html' ? 'inline' : 'attachment',
      });
    },
  );
};
