import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { isPanelRole } from '../admin/account.policy';
import type { MemberSummary } from '../../shared/api/member.fragment';
import { useRoomDirectory } from './hooks';
import { mentionNames, type Mentionable } from './mentions';
import type { DirectoryMember } from './operations';
import type { TypingSignal } from './use-typing';
import type { Room } from './use-room';

export interface RoomContextValue {
  caseId: string;
  viewer: MemberSummary;
  /** The viewer may write here (`Case.viewerCan.comment`). */
  canComment: boolean;
  room: Room;
  typing: TypingSignal;
  /** Who may be mentioned here (readers of the case, active, not the viewer). */
  mentionable: readonly DirectoryMember[];
  /** Handle → member, for showing `@handle` as a name. */
  names: ReadonlyMap<string, Mentionable>;
}

const RoomContext = createContext<RoomContextValue | null>(null);

interface RoomProviderProps {
  caseId: string;
  viewer: MemberSummary;
  canComment: boolean;
  room: Room;
  typing: TypingSignal;
  children: ReactNode;
}

export function RoomProvider({ caseId, viewer, canComment, room, typing, children }: RoomProviderProps) {
  const directory = useRoomDirectory();
  const members = directory.data?.members;
  const value = useMemo<RoomContextValue>(() => {
    const all = members ?? [];
    return {
      caseId,
      viewer,
      canComment,
      room,
      typing,
      mentionable: all.filter((m) => m.active && isPanelRole(m.role) && m.id !== viewer.id),
      names: mentionNames(all, [viewer]),
    };
  }, [caseId, viewer, canComment, room, typing, members]);
  return <RoomContext.Provider value={value}>{children}</RoomContext.Provider>;
}

export function useRoomContext(): RoomContextValue {
  const value = useContext(RoomContext);
  if (!value) throw new Error('useRoomContext outside RoomProvider');
  return value;
}
