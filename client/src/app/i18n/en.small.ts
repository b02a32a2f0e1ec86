import type { SmallMessages } from './ru.small';

// English strings of the small fixes of issue 17 (due times, the statistics explorer's operation).
export const enSmall: SmallMessages = {
  due: {
    by: 'by {{at}}',
  },
};
