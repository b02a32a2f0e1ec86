import type { EntityManager } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';
import { CalendarDayKindEnum, CalendarDayRow } from '../../modules/calendar/calendar-day.entity.js';
import { Platform } from '../../modules/platforms/platform.entity.js';
import { Member } from '../../modules/members/member.entity.js';
import { PanelSettings } from '../../modules/settings/panel-settings.entity.js';
import { KZ_CALENDAR_2025_2027 } from './kz-calendar.js';
import { PLATFORMS } from './reference.js';
import { seedDemoPanel } from './demo.js';

/** Platforms, the panel's settings and the holiday calendar, on an empty database only (the admin owns them afterwards). */
export async function seedReference(em: EntityManager): Promise<void> {
  await em.transactional(async (tx) => {
    if ((await tx.count(Platform)) === 0) {
      for (const p of PLATFORMS) tx.create(Platform, { ...p, hosts: [...p.hosts] });
    }
    if ((await tx.count(PanelSettings)) === 0) tx.persist(new PanelSettings());
    if ((await tx.count(CalendarDayRow)) === 0) {
      for (const d of KZ_CALENDAR_2025_2027) tx.create(CalendarDayRow, { ...d, kind: d.kind as CalendarDayKindEnum });
    }
  });
}

/** The demo panel and cases (DESIGN.md §7), once: a second start finds the accounts and skips it. */
export async function seedDemo(em: EntityManager, log: Logger): Promise<void> {
  if ((await em.count(Member)) > 0) return;
  const t = Date.now();
  await seedDemoPanel(em);
  log.info({ ms: Date.now() - t }, 'demo panel seeded');
}
