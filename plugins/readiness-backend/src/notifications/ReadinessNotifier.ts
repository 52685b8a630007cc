import { LoggerService } from '@backstage/backend-plugin-api';
import { parseEntityRef } from '@backstage/catalog-model';
import { NotificationService } from '@backstage/plugin-notifications-node';
import {
  ownerEntityRef,
  ReadinessLevel,
} from '@readiness/plugin-readiness-common';
import { ScoreChange, ScoreChangeCause } from '../domain/ScoreChange';

// People see what they changed; the reconcile only records what the catalog says.
const NOTIFIED_CAUSES: ScoreChangeCause[] = ['refresh', 'evidence'];

/**
 * Tells an entity's owning group when time takes readiness away: answers went stale, or the
 * entity dropped a level, by the refresh task or an evidence run. Writes by people are not
 * notified (they made the change), nor are reconcile changes. Sending is
 * best effort: without the notifications backend the message is logged at debug level and
 * nothing else happens.
 */
export class ReadinessNotifier {
  constructor(
    private readonly options: {
      notifications: NotificationService;
      logger: LoggerService;
      levels: ReadinessLevel[];
    },
  ) {}

  readonly onScoresChanged = (changes: ScoreChange[]) => {
    for (const change of changes) {
      const message = this.messageFor(change);
      if (message && change.owner) {
        this.send(change, change.owner, message);
      }
    }
  };

  /** The notification for a change, or undefined when it is not worth one. */
  messageFor(
    change: ScoreChange,
  ): { title: string; description: string } | undefined {
    const { previous } = change;
    if (!previous || !NOTIFIED_CAUSES.includes(change.cause)) {
      return undefined;
    }
    const { name } = parseEntityRef(change.entityRef);
    const rank = (id: string | null | undefined) =>
      id ? this.options.levels.findIndex(l => l.id === id) : -1;
    const title = (id: string | null | undefined) =>
      this.options.levels.find(l => l.id === id)?.title ?? 'no level';
    const newlyStale = change.stale - previous.stale;
    const review =
      newlyStale > 0
        ? `${newlyStale} answer${
            newlyStale === 1 ? '' : 's'
          } went stale and need${newlyStale === 1 ? 's' : ''} review.`
        : '';
    if (rank(change.level) < rank(previous.level)) {
      return {
        title: `${name} dropped from ${title(previous.level)} to ${title(
          change.level,
        )}`,
        description: `${review} The readiness score is now ${
          change.score ?? 0
        }%. Confirm or update the answers on the Readiness tab.`.trim(),
      };
    }
    if (newlyStale > 0) {
      return {
        title: `${name}: readiness answers need review`,
        description: `${review} Confirm them on the Readiness tab to keep their credit.`,
      };
    }
    return undefined;
  }

  private async send(
    change: ScoreChange,
    owner: string,
    message: { title: string; description: string },
  ) {
    const { kind, namespace, name } = parseEntityRef(change.entityRef);
    const recipient = ownerEntityRef(owner, namespace);
    try {
      await this.options.notifications.send({
        recipients: { type: 'entity', entityRef: recipient },
        payload: {
          ...message,
          link: `/catalog/${namespace}/${kind}/${name}/readiness`,
          severity: 'normal',
          topic: 'readiness',
          scope: `readiness:${change.entityRef}`,
        },
      });
    } catch (error) {
      this.options.logger.debug(
        `Readiness notification for ${change.entityRef} not sent: ${error}`,
      );
    }
  }
}
