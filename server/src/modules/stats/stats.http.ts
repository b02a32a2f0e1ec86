import { Router } from 'express';
import type { AppDeps } from '../../shared/context.js';
import type { RouteKit } from '../../shared/http-route.js';
import { badInput, forbidden, msg } from '../../shared/domain-error.js';
import { isLocalDate } from '../../shared/scalars.js';
import { CASE_STATUSES, type CaseStatus } from '../cases/lifecycle.js';
import { Region } from '../cases/region.js';
import { mayReadStats } from './stats.policy.js';
import { statsCsv } from './stats.csv.js';
import { StatsService } from './stats.service.js';

const list = (v: unknown) => (typeof v === 'string' && v ? v.split(',').map((s) => s.trim()).filter(Boolean) : []);

/** GET /stats.csv?from&to&platforms&regions&statuses: the figures of `stats` as CSV, with the same suppression. */
export function statsRouter(deps: AppDeps, kit: RouteKit): Router {
  const router = Router();
  router.get('/stats.csv', async (req, res) => {
    try {
      const ctx = await kit.viewerContext(req);
      if (!mayReadStats(ctx.viewer!)) throw forbidden();
      const { from, to } = req.query;
      if (typeof from !== 'string' || typeof to !== 'string' || !isLocalDate(from) || !isLocalDate(to)) {
        throw badInput(msg('Give the period as from=YYYY-MM-DD&to=YYYY-MM-DD.', 'Укажите период: from=ГГГГ-ММ-ДД&to=ГГГГ-ММ-ДД.', 'Кезеңді көрсетіңіз: from=ЖЖЖЖ-АА-КК&to=ЖЖЖЖ-АА-КК.'));
      }
      const regions = list(req.query.regions);
      const statuses = list(req.query.statuses);
      const badRegion = regions.find((r) => !Object.hasOwn(Region, r)); // own keys: not "constructor"
      const badStatus = statuses.find((s) => !CASE_STATUSES.includes(s as CaseStatus));
      if (badRegion || badStatus) {
        const what = badRegion ?? badStatus;
        throw badInput(msg(`Unknown region or status: ${what}.`, `Неизвестный регион или статус: ${what}.`, `Белгісіз өңір немесе мәртебе: ${what}.`));
      }
      const service = await StatsService.open(ctx.em, ctx.viewer!, { from, to }, { platforms: list(req.query.platforms), regions: regions as Region[], statuses: statuses as CaseStatus[] }, deps.clock.now());
      const csv = await statsCsv(service);
      res.setHeader('Content-Type', 'text/csv; charset=utf-8');
      res.setHeader('Content-Disposition', `attachment; filename="stats-${from}-${to}.csv"`);
      res.setHeader('Cache-Control', 'no-store');
      res.end(`\uFEFF${csv}`); // a BOM, so spreadsheets read Cyrillic correctly
    } catch (e) {
      kit.sendError(res, e);
    }
  });
  return router;
}
