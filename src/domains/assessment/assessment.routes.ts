/**
 * Year-end assessment routes (目标绩效考核): a plan's scoring scheme (read, versioned save), its
 * scores on a day, and the same scores as .xlsx and as an official .docx. Scores are cached per
 * data generation and day, so a scheme change or any other audited write is seen at once.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Kysely } from 'kysely';
import { accessOf, authorize } from '../../platform/auth/access.js';
import { calendarDate } from '../../platform/clock.js';
import type { Database } from '../../platform/db/schema.js';
import { cachedJson } from '../../platform/http/response-cache.js';
import { expectedVersion, sendVersioned } from '../../platform/http/versioning.js';
import { DOCX_TYPE, sendDownload, XLSX_TYPE } from '../documents/download.js';
import { getPlan } from '../plan/get-plan.js';
import { assessmentDocument } from './assessment-document.js';
import { assessmentWorkbook } from './assessment-workbook.js';
import { assessmentPolicy } from './assessment.policy.js';
import { presentAssessment, presentAssessmentScheme } from './assessment.presenter.js';
import { assessmentQuery, planParams, schemeBody } from './assessment.schema.js';
import { getAssessmentScheme } from './get-assessment-scheme.js';
import { defaultAsOf, getPlanAssessment } from './get-plan-assessment.js';
import { loadScoringUnits } from './load-assessment-facts.js';
import { saveAssessmentScheme } from './save-assessment-scheme.js';

const types = { xlsx: XLSX_TYPE, docx: DOCX_TYPE };

async function schemeView(db: Kysely<Database>, planId: number) {
  const scheme = await getAssessmentScheme({ db, planId });
  const units = await loadScoringUnits(
    db,
    scheme.rules.bonuses.map((b) => b.unitId),
  );
  return presentAssessmentScheme(scheme, units);
}

export const assessmentRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.store;
  const tags = ['assessment'];
  const guard = async (
    request: FastifyRequest,
    planId: number,
    action: 'read' | 'updateScheme',
  ) => {
    const access = await accessOf(db, request);
    const plan = await getPlan({ db, id: planId });
    authorize(assessmentPolicy, access, action, plan);
    return { access, plan };
  };
  const scored = async (request: FastifyRequest, planId: number, asOf: string | undefined) => {
    const { plan } = await guard(request, planId, 'read');
    const day = asOf ?? defaultAsOf(plan.year, calendarDate(app.clock()));
    return presentAssessment(await getPlanAssessment({ db, plan, asOf: day }));
  };
  const sendFile = (reply: FastifyReply, kind: 'xlsx' | 'docx', name: string, bytes: Buffer) =>
    sendDownload(reply, { name: `${name}.${kind}`, contentType: types[kind], bytes });

  app.get(
    '/api/plans/:id/assessment-scheme',
    { schema: { tags, params: planParams } },
    async (request, reply) => {
      await guard(request, request.params.id, 'read');
      return sendVersioned(reply, await schemeView(db, request.params.id));
    },
  );

  app.put(
    '/api/plans/:id/assessment-scheme',
    // 201 when the plan's first scheme is stored, 200 when it replaces one.
    { config: { status: [201, 200] }, schema: { tags, params: planParams, body: schemeBody } },
    async (request, reply) => {
      const { access, plan } = await guard(request, request.params.id, 'updateScheme');
      const { version, ...rules } = request.body;
      // Parsed now, so that a malformed If-Match is refused even when the scheme is new.
      const sent = request.headers['if-match'] ? expectedVersion(request, version) : null;
      const { created } = await saveAssessmentScheme({
        db,
        actor: access.actor,
        planId: plan.id,
        rules,
        expected: () => sent ?? expectedVersion(request, version),
        now: app.clock(),
      });
      void reply.status(created ? 201 : 200);
      return sendVersioned(reply, await schemeView(db, plan.id));
    },
  );

  app.get(
    '/api/plans/:id/assessment',
    // Cached (cachedJson): a revalidation with its ETag answers 304.
    {
      config: { status: [200, 304] },
      schema: { tags, params: planParams, querystring: assessmentQuery },
    },
    async (request, reply) => {
      const today = calendarDate(app.clock());
      return cachedJson(request, reply, { variant: today }, () =>
        scored(request, request.params.id, request.query.asOf),
      );
    },
  );

  app.get(
    '/api/plans/:id/assessment.xlsx',
    {
      config: { produces: [types.xlsx] },
      schema: { tags, params: planParams, querystring: assessmentQuery },
    },
    async (request, reply) => {
      const a = await scored(request, request.params.id, request.query.asOf);
      return sendFile(reply, 'xlsx', `目标绩效考核-${a.planTitle}`, await assessmentWorkbook(a));
    },
  );

  app.get(
    '/api/plans/:id/assessment.docx',
    {
      config: { produces: [types.docx] },
      schema: { tags, params: planParams, querystring: assessmentQuery },
    },
    async (request, reply) => {
      const a = await scored(request, request.params.id, request.query.asOf);
      return sendFile(reply, 'docx', `目标绩效考核-${a.planTitle}`, await assessmentDocument(a));
    },
  );
};
