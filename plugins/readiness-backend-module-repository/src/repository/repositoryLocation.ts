import { Entity, getEntitySourceLocation } from '@backstage/catalog-model';

/** Where an entity's files are: the repository to read, and the entity's folder in it. */
export type RepositoryLocation = {
  /** The repository's root as a URL the URL readers take, ending in `/`. */
  repositoryUrl: string;
  /** The entity's folder below the root, without slashes at either end ('' for the root). */
  folder: string;
  /** The entity's folder as a URL, ending in `/`: the base of the links to its files. */
  folderUrl: string;
};

/**
 * The path shapes of tree URLs, by the marker before the branch: GitHub and Gitea
 * (`/tree/<ref>/`), GitLab (`/-/tree/<ref>/`), Bitbucket Cloud (`/src/<ref>/`), Gitea's
 * `/src/branch/<ref>/`. A folder after the ref is a monorepo path.
 */
const TREE = /^(.*?\/(?:-\/)?(?:tree|src\/branch|src)\/[^/]+)(?:\/(.*))?$/;

/**
 * The repository of an entity, from `backstage.io/source-location` (a monorepo path
 * included). Entities in one repository share its root URL, so the repository is read once for
 * all of them. Undefined when the entity names no source location of type `url`.
 */
export function repositoryLocationOf(
  entity: Entity,
): RepositoryLocation | undefined {
  let target: string;
  try {
    const location = getEntitySourceLocation(entity);
    if (location.type !== 'url') {
      return undefined;
    }
    target = location.target;
  } catch {
    return undefined;
  }
  const url = new URL(target);
  url.search = '';
  url.hash = '';
  const withoutSlash = url.toString().replace(/\/+$/, '');
  const tree = TREE.exec(new URL(withoutSlash).pathname);
  if (!tree) {
    return {
      repositoryUrl: `${withoutSlash}/`,
      folder: '',
      folderUrl: `${withoutSlash}/`,
    };
  }
  const root = new URL(withoutSlash);
  root.pathname = tree[1];
  const folder = decodeURIComponent(tree[2] ?? '');
  return {
    repositoryUrl: `${root.toString()}/`,
    folder,
    folderUrl: `${withoutSlash}/`,
  };
}
