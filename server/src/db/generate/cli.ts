// `pnpm generate --cases N [--database-url URL] [--batch B]`: synthetic cases into a migrated database.
import { parseArgs } from 'node:util';
import { runMain } from '../../shared/run-main.js';
import { generate } from './generate.js';

const USAGE = `usage: pnpm generate --cases N --database-url URL [--batch B]
  Fills a migrated database (reference data present) with N synthetic cases (default 1000000)
  and their episodes, resources, voting rounds, votes, decisions and prescriptions, in batches
  of B cases (default 100000), then analyzes the tables. Creates a small panel if there is none.`;

async function main(): Promise<number> {
  const { values } = parseArgs({
    args: process.argv.slice(2).filter((a) => a !== '--'),
    options: { cases: { type: 'string', default: '1000000' }, 'database-url': { type: 'string' }, batch: { type: 'string', default: '100000' }, help: { type: 'boolean', default: false } },
  });
  const url = values['database-url'];
  const cases = Number(values.cases);
  const batch = Number(values.batch);
  if (values.help || !url) {
    console.log(USAGE);
    return values.help ? 0 : 2;
  }
  if (!Number.isInteger(cases) || cases < 1 || !Number.isInteger(batch) || batch < 1) {
    console.error(`--cases and --batch must be positive integers\n${USAGE}`);
    return 2;
  }
  const r = await generate(url, { cases, batch, log: (l) => console.error(`[generate] ${l}`) });
  const total = Object.values(r.rows).reduce((s, v) => s + v, 0);
  console.log(`generated ${r.cases} cases, ${total} rows (${Object.entries(r.rows).map(([k, v]) => `${k} ${v}`).join(', ')}) in ${r.seconds.toFixed(1)} s: ${Math.round(r.rowsPerS)} rows/s`);
  return 0;
}

runMain(main);
