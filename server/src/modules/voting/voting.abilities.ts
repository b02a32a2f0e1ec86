import { defineCaseAbility } from '../cases/case-abilities.js';
import { mayPreside } from '../cases/case.policy.js';
import { defineAbility, ViewerAbilities } from '../members/abilities.js';
import { isVotingRole, mayDeclareConflict, mayOpenOrCloseVoting, mayVote } from './voting.policy.js';

defineAbility(ViewerAbilities, 'runVoting', 'Open and close voting rounds (the chair and the deputy).', ({ viewer }) => mayOpenOrCloseVoting(viewer));
defineAbility(ViewerAbilities, 'vote', 'Vote in the rounds one is eligible for (not the secretary or advisors).', ({ viewer }) => isVotingRole(viewer));
defineAbility(ViewerAbilities, 'declareConflict', 'Declare a conflict of interest in a case (voters and advisors).', ({ viewer }) => mayDeclareConflict(viewer));

defineCaseAbility('openVoting', 'Open a voting round (openVoting): presiding, the case IN_REVIEW.', ({ viewer, kase }, rel) =>
  mayOpenOrCloseVoting(viewer) && mayPreside(viewer, rel) && kase.status === 'IN_REVIEW');
defineCaseAbility('closeVoting', 'Close the open round (closeVoting): presiding, the case VOTING.', ({ viewer, kase }, rel) =>
  mayOpenOrCloseVoting(viewer) && mayPreside(viewer, rel) && kase.status === 'VOTING');
defineCaseAbility('vote', 'Cast or change a vote in the open round (castVote): eligible in it, not recused.', async ({ viewer, kase, context }, rel) => {
  if (kase.status !== 'VOTING') return false;
  const rounds = await context.loaders.roundsByCase.load(kase.id);
  return rounds.some((r) => r.open && mayVote(viewer, { eligible: r.eligibleIds.includes(viewer.id), recused: rel.recused }));
});
defineCaseAbility('declareConflict', 'Declare a conflict of interest in this case (declareConflict): not declared yet.', ({ viewer }, rel) =>
  mayDeclareConflict(viewer) && !rel.recused);
