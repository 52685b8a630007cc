import { LoggerService } from '@backstage/backend-plugin-api';
import { ScoreChange, ScoreChangeListener } from './ScoreChange';

/**
 * Tells every listener about committed score changes. A listener that throws is logged and
 * skipped: the write it reacts to has already succeeded, and the other listeners still hear.
 */
export class ScoreChangeBroadcaster {
  private readonly listeners: ScoreChangeListener[] = [];

  constructor(private readonly logger: LoggerService) {}

  addListener(listener: ScoreChangeListener) {
    this.listeners.push(listener);
  }

  broadcast(changes: ScoreChange[]) {
    if (changes.length === 0) {
      return;
    }
    for (const listener of this.listeners) {
      try {
        listener(changes);
      } catch (error) {
        this.logger.warn(
          `A readiness score listener failed on ${changes.length} change(s): ${error}`,
        );
      }
    }
  }
}
