import { ObjectType } from 'type-graphql';
import type { Context } from '../../shared/context.js';
import type { Viewer } from '../../shared/viewer.js';
import { defineAbility, ViewerAbilities } from '../members/abilities.js';
import { endingOf } from './answer.rules.js';
import type { CaseRow } from './case.entity.js';
import {
  mayChoosePrescriptionUrls, mayExtendDeadline, mayReadCase, mayRecordAnswerSent, mayRecordExtensionNotice, mayRegister, maySeeIdentity, mayUploadEvidence,
  prescriptionUrlsOpen, type CaseRelation,
} from './case.policy.js';
import { isClockStopped } from './lifecycle.js';

/**
 * What the viewer may do on one case now, given its status and the viewer's recusal. Each boolean
 * is declared by the module that owns the rule (`defineAbility`) and computed by the policy
 * function its mutation checks, plus the case's state where the mutation refuses by state.
 */
@ObjectType({ description: 'What the viewer may do on this case now (its status and the viewer\'s recusal included): computed by the same policies the mutations check.' })
export class CaseAbilities {
  constructor(readonly kase: CaseRow, readonly viewer: Viewer, private readonly ctx: Context) {}

  /** The viewer's relation to the case; recusal comes from the request's batch loader (one query per page of cases). */
  async relation(): Promise<CaseRelation> {
    return { recused: await this.ctx.loaders.recused.load(this.kase.id) };
  }

  /** The request's context, for abilities that need more of the case (its rounds, its decision) through loaders. */
  get context(): Context {
    return this.ctx;
  }
}

/** Declares one boolean of `Case.viewerCan` from a rule on the viewer, the case and the viewer's relation to it. */
export function defineCaseAbility(name: string, description: string, rule: (a: CaseAbilities, rel: CaseRelation) => boolean | Promise<boolean>): void {
  defineAbility(CaseAbilities, name, description, async (a) => rule(a, await a.relation()));
}

// ---------- global abilities owned by cases ----------
defineAbility(ViewerAbilities, 'seeCases', 'Read case files (the queue, the case room).', ({ viewer }) => mayReadCase(viewer));
defineAbility(ViewerAbilities, 'seeIdentity', 'See the child\'s and the applicant\'s identity, on cases the viewer has not recused from.', ({ viewer }) => maySeeIdentity(viewer, { recused: false }));
defineAbility(ViewerAbilities, 'registerApplications', 'Register and screen applications.', ({ viewer }) => mayRegister(viewer));
defineAbility(ViewerAbilities, 'uploadEvidence', 'Add evidence files, on cases the viewer has not recused from.', ({ viewer }) => mayUploadEvidence(viewer, { recused: false }));

// ---------- on one case ----------
defineCaseAbility('seeIdentity', 'See the child\'s and the applicant\'s identity.', ({ viewer }, rel) => maySeeIdentity(viewer, rel));
defineCaseAbility('extendDeadline', 'Extend the deadline (extendDeadline): the case\'s clock is running.', ({ viewer, kase }, rel) =>
  mayExtendDeadline(viewer, rel) && !isClockStopped(kase.status));
defineCaseAbility('recordExtensionNotice', 'Record that the applicant was told of the extension (recordExtensionNotice): extended, not yet recorded.', ({ viewer, kase }, rel) =>
  mayRecordExtensionNotice(viewer, rel) && kase.extendedAt != null && kase.extensionNoticeSentAt == null);
defineCaseAbility('recordAnswerSent', 'Record that the answer to the applicant was sent (recordAnswerSent): the case has ended, not yet recorded.', ({ viewer, kase }, rel) =>
  mayRecordAnswerSent(viewer, rel) && endingOf(kase) !== null && kase.answerSentAt == null);
defineCaseAbility('choosePrescriptionUrls', 'Choose the URLs of the prescription (setPrescriptionUrl): until the decision.', ({ viewer, kase }, rel) =>
  mayChoosePrescriptionUrls(viewer, rel) && prescriptionUrlsOpen(kase.status));
defineCaseAbility('uploadEvidence', 'Add evidence files (POST /evidence): identity not erased.', ({ viewer, kase }, rel) =>
  mayUploadEvidence(viewer, rel) && kase.identityErasedAt == null);
