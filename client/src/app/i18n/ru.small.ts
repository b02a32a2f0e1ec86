// Russian strings of the small fixes of issue 17 (due times, the statistics explorer's operation).
// kk.small.ts and en.small.ts must have the same keys: the `SmallMessages` type enforces it.
export const ruSmall = {
  due: {
    /** A due time after a noun label ("Срок решения"): the time runs to this minute inclusive. */
    by: 'до {{at}}',
  },
};

export type SmallMessages = typeof ruSmall;
