import type { ruQueueView } from './ru.queue';

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
    MY_CASES: 'Мен тіркеген немесе мен жазған істер',
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
