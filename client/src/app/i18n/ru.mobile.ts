// The phone layout (issue 17): the header's menu and the case room's jump bar, in Russian.
export const ruMobile = {
  menu: {
    open: 'Открыть меню',
    close: 'Закрыть меню',
    label: 'Меню',
  },
  jump: {
    label: 'Разделы дела',
    file: 'Дело',
    vote: 'Голосование',
    thread: 'Обсуждение',
    documents: 'Материалы',
  },
};
