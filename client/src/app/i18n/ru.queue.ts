// The queue for today's work (issue 17): states, views, sorting and the phone's cards, in Russian.
export const ruQueueView = {
  lead: 'Сначала дела в работе, по сроку решения. Время — астанинское.',
  states: 'Дела',
  state: {
    ACTIVE: 'В работе',
    FINISHED: 'Завершённые',
    ALL: 'Все',
  },
  views: 'Чья работа',
  view: {
    ALL: 'Все дела',
    WAITING_FOR_MY_VOTE: 'Ждут моего голоса',
    MENTIONS_ME: 'Меня упомянули',
    MY_CASES: 'Мои дела',
  },
  viewHint: {
    MENTIONS_ME: 'Непрочитанные упоминания',
    MY_CASES: 'Где я докладчик, зарегистрированные мной или где я писал(а)',
  },
  withCount: '{{label}} ({{count}})',
  overdueCount: 'Только просроченные ({{count}})',
  sortBy: 'Сортировка',
  sortAsc: 'по возрастанию',
  sortDesc: 'по убыванию',
  sortOption: '{{column}}, {{direction}}',
  sortHeader: 'Сортировать по столбцу «{{column}}»',
  more: 'Статус и срок',
  colRegion: 'Регион',
  loadingRows: 'Загрузка дел…',
  finishedHidden: 'Завершённые дела (закрытые, возвращённые, вне компетенции) — в фильтре «Завершённые».',
};

export type QueueViewMessages = typeof ruQueueView;

/** The queue's table, filters and counts. */
export const ruQueue = {
  title: 'Очередь дел',
  lead: 'Дела упорядочены по сроку решения. Время указано по Астане.',
  newApplication: 'Зарегистрировать обращение',
  shown: 'Показано {{shown}} из {{total}}',
  loadMore: 'Показать ещё',
  loadingMore: 'Загрузка…',
  empty: 'Дел пока нет.',
  emptyFiltered: 'По выбранным фильтрам дел нет.',
  colNumber: 'Номер',
  colStatus: 'Статус',
  colReceived: 'Поступило',
  colDue: 'Срок решения',
  colPlatforms: 'Платформы',
  filters: 'Фильтры',
  filterStatus: 'Статус',
  filterOverdue: 'Только просроченные',
  filterSearch: 'Поиск',
  filterSearchPlaceholder: 'Номер дела, номер E-otinish или текст',
  clearFilters: 'Сбросить фильтры',
};

export type QueueMessages = typeof ruQueue;
