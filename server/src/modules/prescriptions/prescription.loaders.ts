import type { Sql } from '../../shared/sql.js';
import { mapLoader } from '../../shared/loaders.js';
import { readEscalations, readPrescriptions, readUrlChecks } from './prescription.reader.js';

/** The prescriptions of cases, their re-checks and escalations: one query per kind, whatever the number of prescriptions. */
export const prescriptionLoaders = (db: Sql) => ({
  prescriptionsByCase: mapLoader((ids) => readPrescriptions(db, ids)),
  checksByPrescription: mapLoader((ids) => readUrlChecks(db, ids)),
  escalationByPrescription: mapLoader((ids) => readEscalations(db, ids)),
});

declare module '../../shared/context.js' {
  interface Loaders extends ReturnType<typeof prescriptionLoaders> {}
}
