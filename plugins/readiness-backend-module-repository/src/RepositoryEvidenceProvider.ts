import { Entity } from '@backstage/catalog-model';
import { ScmIntegrationRegistry } from '@backstage/integration';
import {
  EvidenceAnswer,
  ReadinessEvidenceProvider,
} from '@readiness/plugin-readiness-node';
import { CompiledRule, MAX_PROOF_FILES } from './rules/compileRules';
import { declaredDependencies } from './rules/dependencies';
import { FolderFiles } from './repository/RepositoryFiles';
import { RepositoryReadPool } from './repository/RepositoryReadPool';
import { repositoryLocationOf } from './repository/repositoryLocation';

/** The answers of one folder at one ETag, kept so an unchanged repository is not evaluated again. */
type Evaluated = { etag: string; answers: EvidenceAnswer[] };

/** Folders whose answers are remembered; beyond this the oldest are forgotten. */
const MAX_REMEMBERED_FOLDERS = 50_000;

/**
 * Answers checklist questions from the entity's own repository (`backstage.io/source-location`),
 * read through Backstage's URL readers. Rules run in order; the first that answers a question
 * owns it (the adopter's rules come before the built-in ones). Each answer's note says what was
 * found and links to the files in the integration's web view. A read that fails throws, so the
 * framework keeps the answers of the last successful read and says why.
 */
export class RepositoryEvidenceProvider implements ReadinessEvidenceProvider {
  readonly id = 'repository';
  readonly title = 'Repository';
  readonly questionIds: string[];
  private readonly evaluated = new Map<string, Evaluated>();

  constructor(
    private readonly options: {
      rules: CompiledRule[];
      pool: RepositoryReadPool;
      integrations: ScmIntegrationRegistry;
    },
  ) {
    this.questionIds = [...new Set(options.rules.map(r => r.questionId))];
  }

  async evaluate(entity: Entity): Promise<EvidenceAnswer[]> {
    const location = repositoryLocationOf(entity);
    if (!location) {
      return [];
    }
    const key = `${location.repositoryUrl}#${location.folder}`;
    const before = this.evaluated.get(key);
    let read = await this.options.pool.read(
      location.repositoryUrl,
      before?.etag,
    );
    if (before && read.etag === before.etag) {
      return before.answers;
    }
    if (!read.files) {
      // Another folder's conditional read came back without files: read them.
      read = await this.options.pool.read(location.repositoryUrl);
    }
    const files = new FolderFiles(read.files!, location.folder);
    let dependencies: ReturnType<typeof declaredDependencies> | undefined;
    const context = {
      files,
      dependencies: () => (dependencies ??= declaredDependencies(files)),
    };
    const answers: EvidenceAnswer[] = [];
    for (const rule of this.options.rules) {
      if (answers.some(a => a.questionId === rule.questionId)) {
        continue;
      }
      const outcome = rule.evaluate(context);
      if (outcome) {
        answers.push({
          questionId: rule.questionId,
          status: outcome.status,
          note: outcome.note,
          links: outcome.files.slice(0, MAX_PROOF_FILES).map(path =>
            this.options.integrations.resolveUrl({
              url: path,
              base: location.folderUrl,
            }),
          ),
        });
      }
    }
    this.remember(key, { etag: read.etag, answers });
    return answers;
  }

  private remember(key: string, evaluated: Evaluated) {
    this.evaluated.delete(key);
    this.evaluated.set(key, evaluated);
    if (this.evaluated.size > MAX_REMEMBERED_FOLDERS) {
      this.evaluated.delete(this.evaluated.keys().next().value!);
    }
  }
}
