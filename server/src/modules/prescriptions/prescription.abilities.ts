import { defineCaseAbility } from '../cases/case-abilities.js';
import type { CaseStatus } from '../cases/lifecycle.js';
import { defineAbility, ViewerAbilities } from '../members/abilities.js';
import { mayEscalatePrescriptions, mayFollowUpPrescriptions } from './prescription.policy.js';

/** A case's prescriptions are followed up while it is PRESCRIBED (delivery, compliance, re-checks, escalation). */
const FOLLOWED_UP: readonly CaseStatus[] = ['PRESCRIBED'];

defineAbility(ViewerAbilities, 'followUpPrescriptions', 'Record delivery and compliance of prescriptions and re-check their URLs.', ({ viewer }) => mayFollowUpPrescriptions(viewer, { recused: false }));
defineAbility(ViewerAbilities, 'escalatePrescriptions', 'Escalate a prescription not complied with to an access restriction (the chair and the deputy).', ({ viewer }) => mayEscalatePrescriptions(viewer, { recused: false }));

defineCaseAbility('followUpPrescriptions', 'Deliver, record compliance and re-check the case\'s prescriptions (deliverPrescription, recordCompliance, recheckPrescription): the case PRESCRIBED.', ({ viewer, kase }, rel) =>
  FOLLOWED_UP.includes(kase.status) && mayFollowUpPrescriptions(viewer, rel));
defineCaseAbility('escalatePrescriptions', 'Escalate the case\'s prescriptions (escalatePrescription): the case PRESCRIBED; refused before a prescription\'s deadline.', ({ viewer, kase }, rel) =>
  FOLLOWED_UP.includes(kase.status) && mayEscalatePrescriptions(viewer, rel));
