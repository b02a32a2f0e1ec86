import { VoteChoice } from '../../../server/src/modules/voting/criteria.js';

const FILLER =
  'Сынып чатында баланы мазақ ететін хабарламалар жалғасып жатыр; скриншоттар іс материалдарына тіркелді. ' +
  'В чате класса продолжаются оскорбительные сообщения; скриншоты приложены к материалам дела. ';

/** The i-th comment body, about 200 characters and without @handles (no mentions), the same on both sides. */
export function commentBody(i: number): string {
  return `№ ${i}. ${FILLER}`.slice(0, 200);
}

/** Votes alternate between two choices that need no findings and never decide the round by themselves. */
export const voteChoice = (i: number): VoteChoice => (i % 2 === 0 ? VoteChoice.NOT_CONFIRMED : VoteChoice.ABSTAIN);

export const voteReasoning = (i: number): string => `Дәлелдер жеткіліксіз / доказательств недостаточно (${i}).`;
