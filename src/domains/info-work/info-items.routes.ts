/**
 * Information-item routes (信息报送): officers submit for their unit, administrators record
 * adoptions (采用) and instructions (批示); reading is cut to one's own unit and those below.
 * Every write is audited; adoptions and instructions answer with the whole item.
 */
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { accessOf, authorize, type Access } from '../../platform/auth/access.js';
import { calendarDate } from '../../platform/clock.js';
import { AppError } from '../../platform/errors.js';
import { createInfoItem } from './create-info-item.js';
import { findInfoItems } from './find-info-items.js';
import { getInfoItem, getInfoItemDetail } from './get-info-item.js';
import { infoItemPolicy } from './info-work.policy.js';
import { presentInfoItem, presentInfoItemDetail } from './info-work.presenter.js';
import {
  adoptionBody,
  createItemBody,
  instructionBody,
  itemListQuery,
  itemParams,
} from './info-work.schema.js';
import { recordAdoption } from './record-adoption.js';
import { recordInstruction } from './record-instruction.js';

/** The unit an item is submitted for: the one named, else the actor's own. */
function submittingUnit(access: Access, named: number | undefined): number {
  const unitId = named ?? access.actor.unitId;
  if (unitId !== null) return unitId;
  if (access.actor.role !== 'admin') authorize(infoItemPolicy, access, 'submit', { unit_id: 0 });
  throw new AppError('unprocessable', '请指定报送单位 / name the unit (unitId)', [
    { field: 'body.unitId', message: 'required for an account without a unit' },
  ]);
}

export const infoItemRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.store;
  const tags = ['info-work'];
  const assessed = async (request: FastifyRequest, id: number) => {
    const access = await accessOf(db, request);
    const item = await getInfoItem({ db, id });
    authorize(infoItemPolicy, access, 'assess', item);
    return { access, item };
  };
  const detail = async (id: number) => presentInfoItemDetail(await getInfoItemDetail({ db, id }));

  app.get(
    '/api/info-items',
    { config: { shape: 'list' }, schema: { tags, querystring: itemListQuery } },
    async (request) => {
      const access = await accessOf(db, request);
      const { unitId } = request.query;
      if (unitId !== undefined) authorize(infoItemPolicy, access, 'read', { unit_id: unitId });
      const { items, total } = await findInfoItems({ db, access, query: request.query });
      return { items: items.map(presentInfoItem), total };
    },
  );

  app.get('/api/info-items/:id', { schema: { tags, params: itemParams } }, async (request) => {
    const access = await accessOf(db, request);
    authorize(infoItemPolicy, access, 'read', await getInfoItem({ db, id: request.params.id }));
    return detail(request.params.id);
  });

  app.post(
    '/api/info-items',
    { config: { status: 201 }, schema: { tags, body: createItemBody } },
    async (request) => {
      const access = await accessOf(db, request);
      const unitId = submittingUnit(access, request.body.unitId);
      authorize(infoItemPolicy, access, 'submit', { unit_id: unitId });
      const id = await createInfoItem({
        db,
        actor: access.actor,
        unitId,
        input: request.body,
        today: calendarDate(app.clock()),
      });
      return detail(id);
    },
  );

  app.post(
    '/api/info-items/:id/adoptions',
    { config: { status: 201 }, schema: { tags, params: itemParams, body: adoptionBody } },
    async (request) => {
      const { access, item } = await assessed(request, request.params.id);
      await recordAdoption({ db, actor: access.actor, item, input: request.body });
      return detail(item.id);
    },
  );

  app.post(
    '/api/info-items/:id/instructions',
    { config: { status: 201 }, schema: { tags, params: itemParams, body: instructionBody } },
    async (request) => {
      const { access, item } = await assessed(request, request.params.id);
      await recordInstruction({ db, actor: access.actor, item, input: request.body });
      return detail(item.id);
    },
  );
};
