/** The retention period in whole years (DESIGN.md §5, "Retention"): the admin's setting, within these bounds. */
export const RETENTION_YEARS = { min: 1, max: 75, default: 5 } as const;

export const isValidRetentionYears = (years: number): boolean =>
  Number.isInteger(years) && years >= RETENTION_YEARS.min && years <= RETENTION_YEARS.max;
