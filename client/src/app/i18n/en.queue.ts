import type { ruQueue, ruQueueView } from './ru.queue';

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
    MY_CASES: 'Where I am rapporteur, registered by me, or where I wrote',
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

/** The queue's table, filters and counts. */
export const enQueue: typeof ruQueue = {
  title: 'Case queue',
  lead: 'Cases are ordered by decision deadline. Times are Astana time.',
  newApplication: 'Register application',
  shown: 'Showing {{shown}} of {{total}}',
  loadMore: 'Load more',
  loadingMore: 'Loading…',
  empty: 'No cases yet.',
  emptyFiltered: 'No cases match the selected filters.',
  colNumber: 'Number',
  colStatus: 'Status',
  colReceived: 'Received',
  colDue: 'Decision due',
  colPlatforms: 'Platforms',
  filters: 'Filters',
  filterStatus: 'Status',
  filterOverdue: 'Overdue only',
  filterSearch: 'Search',
  filterSearchPlaceholder: 'Case number, E-otinish number or text',
  clearFilters: 'Clear filters',
};
