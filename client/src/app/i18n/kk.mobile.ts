import type { ruMobile } from './ru.mobile';

// The phone layout (issue 17): the header's menu and the case room's jump bar, in Kazakh.
export const kkMobile: typeof ruMobile = {
  menu: {
    open: 'Мәзірді ашу',
    close: 'Мәзірді жабу',
    label: 'Мәзір',
  },
  jump: {
    label: 'Іс бөлімдері',
    file: 'Іс',
    vote: 'Дауыс беру',
    thread: 'Талқылау',
    documents: 'Материалдар',
  },
};
