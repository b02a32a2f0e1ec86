import type { ruMobile } from './ru.mobile';

// The phone layout (issue 17): the header's menu and the case room's jump bar, in English.
export const enMobile: typeof ruMobile = {
  menu: {
    open: 'Open the menu',
    close: 'Close the menu',
    label: 'Menu',
  },
  jump: {
    label: 'Parts of the case',
    file: 'File',
    vote: 'Vote',
    thread: 'Discussion',
    documents: 'Materials',
  },
};
