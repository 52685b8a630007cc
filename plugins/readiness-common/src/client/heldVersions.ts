import type {
  Checklist,
  ChecklistRef,
} from '@readiness/plugin-readiness-common';

/** How many entities' last responses a client holds for conditional requests. */
const HELD_VERSIONS = 100;

/**
 * The last response per request path with its version (an ETag), for If-None-Match. When full,
 * the path read longest ago makes room.
 */
export class HeldVersions<T> {
  private readonly held = new Map<string, { version: string; value: T }>();

  get(path: string): { version: string; value: T } | undefined {
    return this.held.get(path);
  }

  /** Holds a response; one without a version replaces nothing held. */
  hold(path: string, version: string | null, value: T) {
    this.held.delete(path);
    if (!version) {
      return;
    }
    this.held.set(path, { version, value });
    if (this.held.size > HELD_VERSIONS) {
      this.held.delete(this.held.keys().next().value!);
    }
  }
}

/** Checklists by id and version, each fetched once; a version never changes. */
export class ChecklistsByVersion {
  private readonly held = new Map<string, Promise<Checklist>>();

  constructor(
    private readonly fetchPath: (path: string) => Promise<Checklist>,
  ) {}

  get(ref: Pick<ChecklistRef, 'id' | 'version'>): Promise<Checklist> {
    const key = `${ref.id}@${ref.version}`;
    let held = this.held.get(key);
    if (!held) {
      held = this.fetchPath(
        `/checklists/${encodeURIComponent(ref.id)}?version=${encodeURIComponent(
          ref.version,
        )}`,
      );
      this.held.set(key, held);
      // A failed fetch is not kept: the next read tries again.
      held.catch(() => this.held.delete(key));
    }
    return held;
  }
}
