import type { ruQueue, ruQueueView } from './ru.queue';

// The queue for today's work (issue 17): states, views, sorting and the phone's cards, in Kazakh.
export const kkQueueView: typeof ruQueueView = {
  lead: 'Алдымен жұмыстағы істер, шешім мерзімі бойынша. Уақыт — Астана уақыты.',
  states: 'Істер',
  state: {
    ACTIVE: 'Жұмыста',
    FINISHED: 'Аяқталған',
    ALL: 'Барлығы',
  },
  views: 'Кімнің жұмысы',
  view: {
    ALL: 'Барлық істер',
    WAITING_FOR_MY_VOTE: 'Менің дауысымды күтуде',
    MENTIONS_ME: 'Мені атап өткен',
    MY_CASES: 'Менің істерім',
  },
  viewHint: {
    MENTIONS_ME: 'Оқылмаған аталымдар',
    MY_CASES: 'Мен баяндамашы, мен тіркеген немесе мен жазған істер',
  },
  withCount: '{{label}} ({{count}})',
  overdueCount: 'Тек мерзімі өткендер ({{count}})',
  sortBy: 'Сұрыптау',
  sortAsc: 'өсу бойынша',
  sortDesc: 'кему бойынша',
  sortOption: '{{column}}, {{direction}}',
  sortHeader: '«{{column}}» бағаны бойынша сұрыптау',
  more: 'Мәртебе және мерзім',
  colRegion: 'Өңір',
  loadingRows: 'Істер жүктелуде…',
  finishedHidden: 'Аяқталған істер (жабылған, қайтарылған, құзыретке жатпайтын) «Аяқталған» сүзгісінде.',
};

/** The queue's table, filters and counts. */
export const kkQueue: typeof ruQueue = {
  title: 'Істер кезегі',
  lead: 'Істер шешім қабылдау мерзімі бойынша реттелген. Уақыт Астана уақытымен көрсетілген.',
  newApplication: 'Өтінішті тіркеу',
  shown: '{{total}} ішінен {{shown}} көрсетілді',
  loadMore: 'Тағы көрсету',
  loadingMore: 'Жүктелуде…',
  empty: 'Әзірге істер жоқ.',
  emptyFiltered: 'Таңдалған сүзгілер бойынша істер жоқ.',
  colNumber: 'Нөмірі',
  colStatus: 'Мәртебесі',
  colReceived: 'Түскен уақыты',
  colDue: 'Шешім мерзімі',
  colPlatforms: 'Платформалар',
  filters: 'Сүзгілер',
  filterStatus: 'Мәртебе',
  filterOverdue: 'Тек мерзімі өткендер',
  filterSearch: 'Іздеу',
  filterSearchPlaceholder: 'Іс нөмірі, E-otinish нөмірі немесе мәтін',
  clearFilters: 'Сүзгілерді тазарту',
};
