import path from 'node:path';
import type { Plugin } from 'vite';
import { FIRST_LOAD_BUDGET_BYTES, kb, measureFirstLoad } from './first-load';

/**
 * Prints, after `vite build`, the gzip size of the JS a browser loads before the case room renders
 * (entry chunk + its static imports + one language's messages + the case room's chunks), against the 200 KB budget.
 * Needs `build.manifest`; the build never fails on the budget (`pnpm bench bundle` records it).
 */
export function reportSizes(): Plugin {
  let outDir = 'dist';
  return {
    name: 'panel:report-sizes',
    apply: 'build',
    configResolved(config) {
      outDir = path.resolve(config.root, config.build.outDir);
    },
    closeBundle(error?: Error) {
      if (error) return; // a failed build has nothing to measure
      const f = measureFirstLoad(outDir);
      const verdict = f.totalGzipBytes <= FIRST_LOAD_BUDGET_BYTES ? 'within' : 'OVER';
      console.log(
        [
          '',
          `first load of the case room (JS, gzip): entry ${kb(f.entryGzipBytes)} KB (${f.entry.length} chunks)` +
            ` + language ${kb(f.languageGzipBytes)} KB (the largest of kk/ru/en)` +
            ` + case room ${kb(f.caseRoomGzipBytes)} KB (${f.caseRoom.length} chunks) = ${kb(f.totalGzipBytes)} KB,` +
            ` ${verdict} the ${kb(FIRST_LOAD_BUDGET_BYTES)} KB budget (B6)`,
          `  loaded after it renders: ${f.afterRender.map((c) => `${c.file} ${kb(c.gzipBytes)} KB`).join(', ') || 'nothing'}`,
        ].join('\n'),
      );
    },
  };
}
