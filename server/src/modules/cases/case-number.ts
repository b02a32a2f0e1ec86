import type { EntityManager } from '@mikro-orm/postgresql';
import { formatSerial, nextSerial } from '../../shared/serial.js';

/** Next pseudonym for the year, KZ-2026-0042. */
export const nextCaseNumber = async (em: EntityManager, year: number): Promise<string> =>
  formatSerial('KZ', year, await nextSerial(em, 'case', year));
