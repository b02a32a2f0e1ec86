import { write } from '../../shared/write.js';
import type { EntityManager } from '@mikro-orm/postgresql';
import { badInput, msg } from '../../shared/domain-error.js';
import { notifyTopic } from '../../shared/events/event-log.js';
import { isUuid } from '../../shared/ids.js';
import type { Viewer } from '../../shared/viewer.js';
import { recusedCaseIds } from '../../shared/recusal.js';
import { Notification } from './notification.entity.js';

const PAGE = 50;

export const inboxTopic = (memberId: string) => `inbox:${memberId}`;

/** The viewer's own in-app inbox. */
export class InboxService {
  constructor(private readonly em: EntityManager, private readonly viewer: Viewer) {}

  /** Newest first, at most 50; none about a case the viewer has recused from. */
  async list(unreadOnly: boolean): Promise<Notification[]> {
    return this.em.find(Notification, { ...(await this.mine()), ...(unreadOnly ? { readAt: null } : {}) }, { orderBy: { createdAt: 'desc', id: 'desc' }, limit: PAGE });
  }

  async unreadCount(): Promise<number> {
    return this.em.count(Notification, { ...(await this.mine()), readAt: null });
  }

  /** The viewer's notifications, less those of cases they recused from (recusal takes them out of the case). */
  private async mine() {
    const recused = await recusedCaseIds(this.em, this.viewer.id);
    return { member: this.viewer.id, ...(recused.length ? { caseId: { $nin: recused } } : {}) };
  }

  /** Marks the given notifications (or all, when none are given) as read; returns how many changed. */
  async markRead(ids: string[] | null | undefined): Promise<number> {
    if (ids && (ids.length > PAGE || !ids.every(isUuid))) {
      throw badInput(msg(`Give at most ${PAGE} notification ids.`, `Укажите не более ${PAGE} идентификаторов уведомлений.`, `Ең көбі ${PAGE} хабарлама идентификаторын көрсетіңіз.`));
    }
    return write(this.em, async (em) => {
      const where = { member: this.viewer.id, readAt: null, ...(ids ? { id: { $in: ids } } : {}) };
      const changed = await em.nativeUpdate(Notification, where, { readAt: new Date() });
      if (changed > 0) await notifyTopic(em, inboxTopic(this.viewer.id));
      return changed;
    });
  }
}
