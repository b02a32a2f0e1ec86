import 'i18next';
import type { Messages } from './ru';
import type { StatsMessages } from './ru.stats';
import type { QueueMessages, QueueViewMessages } from './ru.queue';
import type { InvitationMessages } from './ru.invitation';
import type { LoginMessages } from './ru.login';
import type { AdminMessages } from './ru.admin';
import type { IntakeMessages } from './ru.intake';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    // The statistics', the queue's, the intake form's, the sign-in and invitation pages' and the admin's messages load with their pages (features/*/*.messages.ts).
    resources: { translation: Messages & AdminMessages & IntakeMessages & { stats: StatsMessages; queueView: QueueViewMessages; queue: QueueMessages; invitation: InvitationMessages; login: LoginMessages } };
  }
}
