import type { EntityManager } from '@mikro-orm/postgresql';
import { mapLoader } from '../../shared/loaders.js';
import { readEscalations, readPrescriptions, readUrlChecks } from './prescription.reader.js';

/** The prescriptions of cases, their re-checks and escalations: one query per kind, whatever the number of prescriptions. */
export const prescriptionLoaders = (em: EntityManager) => ({
  prescriptionsByCase: mapLoader((ids) => readPrescriptions(em, ids)),
  checksByPrescription: mapLoader((ids) => readUrlChecks(em, ids)),
  escalationByPrescription: mapLoader((ids) => readEscalations(em, ids)),
});

declare module '../../shared/context.js' {
  interface Loaders extends ReturnType<typeof prescriptionLoaders> {}
}
