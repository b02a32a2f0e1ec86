import { Language } from '../cases/case.enums.js';

/** The longest decision reasoning, per language. */
export const REASONING_MAX = 10_000;

/** Who writes the reasoning is a policy (decision.policy.ts); re-exported for its older importers. */
export { mayWriteReasoning } from './decision.policy.js';

/** What is wrong with a reasoning draft, if anything (an empty half is allowed while drafting). */
export function reasoningProblem(kk: string, ru: string): 'TOO_LONG' | null {
  return kk.length > REASONING_MAX || ru.length > REASONING_MAX ? 'TOO_LONG' : null;
}

/** A protocol is signed only over a reasoning written in both languages. */
export const reasoningComplete = (d: { reasoningKk: string; reasoningRu: string }): boolean =>
  d.reasoningKk.trim().length > 0 && d.reasoningRu.trim().length > 0;

/** The reasoning the applicant reads: the decision's own, in the application's language only. */
export const answerReasoning = (d: { reasoningKk: string; reasoningRu: string }, language: Language): string =>
  (language === Language.KK ? d.reasoningKk : d.reasoningRu).trim();
