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
    MY_CASES: 'Зарегистрированные мной или где я писал(а)',
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
