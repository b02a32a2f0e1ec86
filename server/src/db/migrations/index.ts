import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261130125224_initial } from './Migration20261130125224_initial.js';
import { Migration20261130132444_deliberation } from './Migration20261130132444_deliberation.js';
import { Migration20261130135340_voting } from './Migration20261130135340_voting.js';
import { Migration20261130140044_compliance } from './Migration20261130140044_compliance.js';
import { Migration20261130142939_stats } from './Migration20261130142939_stats.js';
import { Migration20261130172500_stats_facts } from './Migration20261130172500_stats_facts.js';
import { Migration20261130170000_idempotency } from './Migration20261130170000_idempotency.js';
import { Migration20261130190000_stats_rollup } from './Migration20261130190000_stats_rollup.js';
import { Migration20261201090000_accounts } from './Migration20261201090000_accounts.js';
import { Migration20261206190000_stats_disclosure } from './Migration20261206190000_stats_disclosure.js';
import { Migration20261206200000_retention } from './Migration20261206200000_retention.js';
import { Migration20261206210000_eotinish_key } from './Migration20261206210000_eotinish_key.js';
import { Migration20261206220000_job_failures } from './Migration20261206220000_job_failures.js';
import { Migration20261207000000_event_watermark } from './Migration20261207000000_event_watermark.js';
import { Migration20261207100000_evidence_chunks } from './Migration20261207100000_evidence_chunks.js';
import { Migration20261207300000_decision_reasoning } from './Migration20261207300000_decision_reasoning.js';
import { Migration20261208200000_paper_applications } from './Migration20261208200000_paper_applications.js';
import { Migration20261208100000_case_answer } from './Migration20261208100000_case_answer.js';
import { Migration20261207200000_legal_basis_titles } from './Migration20261207200000_legal_basis_titles.js';
import { Migration20261207230000_extension_notice } from './Migration20261207230000_extension_notice.js';
import { Migration20261208300000_prescription_addressing } from './Migration20261208300000_prescription_addressing.js';

// Listed by hand: migrations do not load from a folder under tsx or vitest.
export const migrationsList: MigrationObject[] = [
  { name: 'Migration20261130125224_initial', class: Migration20261130125224_initial },
  { name: 'Migration20261130132444_deliberation', class: Migration20261130132444_deliberation },
  { name: 'Migration20261130135340_voting', class: Migration20261130135340_voting },
  { name: 'Migration20261130140044_compliance', class: Migration20261130140044_compliance },
  { name: 'Migration20261130142939_stats', class: Migration20261130142939_stats },
  { name: 'Migration20261130170000_idempotency', class: Migration20261130170000_idempotency },
  { name: 'Migration20261130172500_stats_facts', class: Migration20261130172500_stats_facts },
  { name: 'Migration20261130190000_stats_rollup', class: Migration20261130190000_stats_rollup },
  { name: 'Migration20261201090000_accounts', class: Migration20261201090000_accounts },
  { name: 'Migration20261206190000_stats_disclosure', class: Migration20261206190000_stats_disclosure },
  { name: 'Migration20261206200000_retention', class: Migration20261206200000_retention },
  { name: 'Migration20261206210000_eotinish_key', class: Migration20261206210000_eotinish_key },
  { name: 'Migration20261206220000_job_failures', class: Migration20261206220000_job_failures },
  { name: 'Migration20261207000000_event_watermark', class: Migration20261207000000_event_watermark },
  { name: 'Migration20261207100000_evidence_chunks', class: Migration20261207100000_evidence_chunks },
  { name: 'Migration20261207200000_legal_basis_titles', class: Migration20261207200000_legal_basis_titles },
  { name: 'Migration20261207230000_extension_notice', class: Migration20261207230000_extension_notice },
  { name: 'Migration20261207300000_decision_reasoning', class: Migration20261207300000_decision_reasoning },
  { name: 'Migration20261208100000_case_answer', class: Migration20261208100000_case_answer },
  { name: 'Migration20261208200000_paper_applications', class: Migration20261208200000_paper_applications },
  { name: 'Migration20261208300000_prescription_addressing', class: Migration20261208300000_prescription_addressing },
];
