// The admin's sections: each is a page under /admin/<key>, reached from the landing page's cards.
export const ADMIN_SECTIONS = ['members', 'agencies', 'calendar', 'settings', 'platforms', 'jobs'] as const;
export type AdminSection = (typeof ADMIN_SECTIONS)[number];

export const isAdminSection = (key: string | undefined): key is AdminSection => (ADMIN_SECTIONS as readonly string[]).includes(key ?? '');

export const adminSectionPath = (section: AdminSection) => `/admin/${section}`;

/** Each section's title, by its key in the adminPanel.cards texts. */
export const SECTION_TITLE = {
  members: 'members',
  agencies: 'agencies',
  calendar: 'calendar',
  settings: 'settings',
  platforms: 'platforms',
  jobs: 'failedJobs',
} as const satisfies Record<AdminSection, string>;
