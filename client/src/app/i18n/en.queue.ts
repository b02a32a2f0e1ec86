import type { ruQueueView } from './ru.queue';

// The queue for today's work (issue 17): states, views, sorting and the phone's cards, in English.
export const enQueueView: typeof ruQueueView = {
  lead: 'Cases under way first, by decision deadline. Times are Astana time.',
  states: 'Cases',
  state: {
    ACTIVE: 'Under way',
    FINISHED: 'Finished',
    ALL: 'All',
  },
  views: 'Whose work',
  view: {
    ALL: 'All cases',
    WAITING_FOR_MY_VOTE: 'Waiting for my vote',
    MENTIONS_ME: 'Mentions me',
    MY_CASES: 'My cases',
  },
  viewHint: {
    MENTIONS_ME: 'Unread mentions',
    MY_CASES: 'Registered by me or where I wrote',
  },
  withCount: '{{label}} ({{count}})',
  overdueCount: 'Overdue only ({{count}})',
  sortBy: 'Sort by',
  sortAsc: 'ascending',
  sortDesc: 'descending',
  sortOption: '{{column}}, {{direction}}',
  sortHeader: 'Sort by “{{column}}”',
  more: 'Status and deadline',
  colRegion: 'Region',
  loadingRows: 'Loading cases…',
  finishedHidden: 'Finished cases (closed, returned, out of scope) are under the “Finished” filter.',
};
