import { downloadFile } from '../../shared/api/files';
import { csvQuery, type StatsQueryState } from './stats.period';

/** GET /stats.csv with the token: the dashboard's figures, with the same suppression, as a file. */
export function downloadStatsCsv(state: StatsQueryState) {
  return downloadFile(`/stats.csv?${csvQuery(state)}`, {
    fileName: `stats-${state.from}-${state.to}.csv`,
    expectType: 'text/csv',
  });
}
