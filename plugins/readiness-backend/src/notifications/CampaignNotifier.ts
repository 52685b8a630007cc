import { LoggerService } from '@backstage/backend-plugin-api';
import { parseEntityRef } from '@backstage/catalog-model';
import { NotificationService } from '@backstage/plugin-notifications-node';
import {
  Campaign,
  ReadinessLevel,
  describeCampaignTarget,
  ownerEntityRef,
} from '@readiness/plugin-readiness-common';
import { CampaignNoticeKind } from './campaignNotices';

/** An entity of a campaign that is not done. */
export type OpenCampaignEntity = {
  entityRef: string;
  title?: string;
  owner?: string;
};

/**
 * Sends a campaign's notices to the owners of its entities that are not done, one notification
 * per entity linking to its Readiness tab. Each entity's notifications of one campaign share a
 * scope, so a reminder replaces the start notice in the owner's inbox instead of piling up.
 * Sending is best effort: a failure is logged and the others are still sent.
 */
export class CampaignNotifier {
  constructor(
    private readonly options: {
      notifications: NotificationService;
      logger: LoggerService;
      levels: ReadinessLevel[];
    },
  ) {}

  /** The notification for one entity, for tests and for `send`. */
  messageFor(
    campaign: Campaign,
    kind: CampaignNoticeKind,
    entity: OpenCampaignEntity,
  ): { title: string; description: string } {
    const name = entity.title ?? parseEntityRef(entity.entityRef).name;
    const target = describeCampaignTarget(
      campaign.target,
      id => this.options.levels.find(l => l.id === id)?.title ?? id,
    );
    switch (kind) {
      case 'start':
        return {
          title: `Campaign "${campaign.title}" started for ${name}`,
          description: `${target} by ${campaign.dueOn}. See what is still needed on the Readiness tab.`,
        };
      case 'reminder':
        return {
          title: `Reminder: ${name} is due for "${campaign.title}" on ${campaign.dueOn}`,
          description: `${target}; it is not done yet. See what is still needed on the Readiness tab.`,
        };
      default:
        return {
          title: `${name} is overdue for "${campaign.title}"`,
          description: `${target} was due on ${campaign.dueOn}. See what is still needed on the Readiness tab.`,
        };
    }
  }

  /** Sends the notice for every entity; returns how many notifications were sent. */
  async send(
    campaign: Campaign,
    kind: CampaignNoticeKind,
    entities: OpenCampaignEntity[],
  ): Promise<number> {
    let sent = 0;
    for (const entity of entities) {
      if (!entity.owner) {
        continue;
      }
      const {
        kind: entityKind,
        namespace,
        name,
      } = parseEntityRef(entity.entityRef);
      try {
        await this.options.notifications.send({
          recipients: {
            type: 'entity',
            entityRef: ownerEntityRef(entity.owner, namespace),
          },
          payload: {
            ...this.messageFor(campaign, kind, entity),
            link: `/catalog/${namespace}/${entityKind}/${name}/readiness`,
            severity: kind === 'overdue' ? 'high' : 'normal',
            topic: 'readiness-campaign',
            scope: `readiness-campaign:${campaign.id}:${entity.entityRef}`,
          },
        });
        sent += 1;
      } catch (error) {
        this.options.logger.warn(
          `Campaign notice for ${entity.entityRef} not sent: ${error}`,
        );
      }
    }
    return sent;
  }
}
