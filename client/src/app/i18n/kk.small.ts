import type { SmallMessages } from './ru.small';

// Kazakh strings of the small fixes of issue 17 (due times, the statistics explorer's operation).
export const kkSmall: SmallMessages = {
  due: {
    by: '{{at}} дейін',
  },
};
