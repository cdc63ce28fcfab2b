/**
 * Outgoing webhooks (DingTalk / WeCom group robots, generic JSON): administrators over all units
 * list, add, edit (versioned), remove them and read each one's delivery attempts.
 */
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { accessOf, authorize } from '../../platform/auth/access.js';
import { pageQuery } from '../../platform/http/paging.js';
import { expectedVersion, sendVersioned } from '../../platform/http/versioning.js';
import { createWebhook } from './create-webhook.js';
import { deleteWebhook } from './delete-webhook.js';
import { findWebhookDeliveries } from './find-webhook-deliveries.js';
import { findWebhooks } from './find-webhooks.js';
import { getWebhook } from './get-webhook.js';
import { webhookPolicy } from './notify.policy.js';
import { presentDelivery, presentWebhook } from './notify.presenter.js';
import {
  createWebhookBody,
  deliveryListQuery,
  idParams,
  updateWebhookBody,
} from './notify.schema.js';
import { updateWebhook } from './update-webhook.js';

const tags = ['webhooks'];

export const webhookRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.store;
  const admin = async (request: FastifyRequest) => {
    const access = await accessOf(db, request);
    authorize(webhookPolicy, access, 'manage', null);
    return access;
  };

  app.get(
    '/api/webhooks',
    { config: { shape: 'list' }, schema: { tags, querystring: pageQuery } },
    async (request) => {
      await admin(request);
      const { items, total } = await findWebhooks({ db, ...request.query });
      return { items: items.map(presentWebhook), total };
    },
  );

  app.get('/api/webhooks/:id', { schema: { tags, params: idParams } }, async (request, reply) => {
    await admin(request);
    return sendVersioned(reply, presentWebhook(await getWebhook({ db, id: request.params.id })));
  });

  app.post(
    '/api/webhooks',
    { config: { status: 201 }, schema: { tags, body: createWebhookBody } },
    async (request, reply) => {
      const access = await admin(request);
      const webhook = await createWebhook({
        db,
        actor: access.actor,
        input: request.body,
        now: app.clock(),
      });
      return sendVersioned(reply, presentWebhook(webhook));
    },
  );

  app.patch(
    '/api/webhooks/:id',
    { schema: { tags, params: idParams, body: updateWebhookBody } },
    async (request, reply) => {
      const access = await admin(request);
      const webhook = await getWebhook({ db, id: request.params.id });
      const updated = await updateWebhook({
        db,
        actor: access.actor,
        id: webhook.id,
        changes: request.body,
        expected: expectedVersion(request, request.body.version),
        now: app.clock(),
      });
      return sendVersioned(reply, presentWebhook(updated));
    },
  );

  app.delete(
    '/api/webhooks/:id',
    // If-Match is optional here: a stale one answers 412.
    { config: { status: 204, errors: [412] }, schema: { tags, params: idParams } },
    async (request, reply) => {
      const access = await admin(request);
      const expected = request.headers['if-match'] ? expectedVersion(request) : null;
      await deleteWebhook({ db, actor: access.actor, id: request.params.id, expected });
      return reply.send();
    },
  );

  app.get(
    '/api/webhooks/:id/deliveries',
    {
      config: { shape: 'list' },
      schema: { tags, params: idParams, querystring: deliveryListQuery },
    },
    async (request) => {
      await admin(request);
      const webhook = await getWebhook({ db, id: request.params.id });
      const { items, total } = await findWebhookDeliveries({
        db,
        webhookId: webhook.id,
        ...request.query,
      });
      return { items: items.map((d) => presentDelivery(d, d.history)), total };
    },
  );
};
