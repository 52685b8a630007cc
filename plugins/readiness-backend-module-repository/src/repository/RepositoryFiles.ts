/**
 * The files of one repository as read for one run: every path (relative to the repository's
 * root), and the content of those small enough to look into. Vendored folders and large files
 * are left out when reading (see `readRepository`).
 */
export type RepositoryFiles = {
  /** The reader's ETag of this read: unchanged when the repository is. */
  etag: string;
  /** Content by path; `undefined` for a file listed but too large to read. */
  files: Map<string, Buffer | undefined>;
};

/** The files below one folder of a repository, with paths relative to that folder. */
export class FolderFiles {
  private readonly paths: string[];
  private readonly texts = new Map<string, string>();

  constructor(
    private readonly repository: RepositoryFiles,
    /** The folder, relative to the repository root, without leading or trailing slash. */
    readonly folder: string,
  ) {
    const prefix = folder ? `${folder}/` : '';
    this.paths = [...repository.files.keys()]
      .filter(path => path.startsWith(prefix))
      .map(path => path.slice(prefix.length))
      .sort();
  }

  /** Every path below the folder, relative to it. */
  list(): readonly string[] {
    return this.paths;
  }

  /** A file's text, or undefined when it is missing or was too large to read. */
  text(path: string): string | undefined {
    const known = this.texts.get(path);
    if (known !== undefined) {
      return known;
    }
    const content = this.repository.files.get(
      this.folder ? `${this.folder}/${path}` : path,
    );
    if (content === undefined) {
      return undefined;
    }
    const text = content.toString('utf8');
    this.texts.set(path, text);
    return text;
  }
}
