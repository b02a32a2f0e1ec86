import type { Sql } from '../../shared/sql.js';
import DataLoader from 'dataloader';
import { mapLoader } from '../../shared/loaders.js';
import { readRecusals, readRounds, readVotes } from './voting.reader.js';

/** Rounds, votes and recusals of cases; `viewerId` decides which changed votes are shown (see readVotes). */
export function votingLoaders(db: Sql, viewerId: string | null) {
  const recusalsByCase = mapLoader((ids) => readRecusals(db, ids));
  return {
    roundsByCase: mapLoader((ids) => readRounds(db, ids)),
    /** The current votes of each round, and the viewer's changed ones (see readVotes). */
    votesByRound: mapLoader((ids) => readVotes(db, ids, viewerId)),
    recusalsByCase,
    /** Whether the viewer has recused from each case (keyed by case id). */
    recused: new DataLoader<string, boolean>(async (caseIds) => {
      if (!viewerId) return caseIds.map(() => false);
      const lists = await recusalsByCase.loadMany(caseIds);
      return lists.map((list) => {
        if (list instanceof Error) throw list;
        return list.some((r) => r.member.id === viewerId);
      });
    }),
    /** The same answer without a promise, once the case's recusals are read (with its row, see app/loaders.ts); undefined before. */
    recusedKnown: (caseId: string): boolean | undefined => {
      if (!viewerId) return false;
      return recusalsByCase.known(caseId)?.some((r) => r.member.id === viewerId);
    },
  };
}

declare module '../../shared/context.js' {
  interface Loaders extends ReturnType<typeof votingLoaders> {}
}
