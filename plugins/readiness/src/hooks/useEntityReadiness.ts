import { useApi } from '@backstage/core-plugin-api';
import {
  assessmentOfAnswers,
  EntityReadiness,
} from '@readiness/plugin-readiness-common';
import { useCallback, useState } from 'react';
import useAsync from 'react-use/esm/useAsync';
import { AnswerChange, readinessApiRef } from '../api/ReadinessApi';

/**
 * Loads an entity's readiness and keeps it current as answers are saved: a write merges the
 * returned answers and score into the loaded state, so nothing reloads the page.
 */
export function useEntityReadiness(entityRef: string) {
  const api = useApi(readinessApiRef);
  const [readiness, setReadiness] = useState<EntityReadiness>();

  const { loading, error } = useAsync(async () => {
    setReadiness(await api.getEntityReadiness(entityRef));
  }, [api, entityRef]);

  const saveAnswer = useCallback(
    async (checklistId: string, change: AnswerChange) => {
      const written = await api.writeAnswers(entityRef, checklistId, [change]);
      setReadiness(previous => {
        if (!previous) {
          return previous;
        }
        const replaced = new Map(written.answers.map(a => [a.questionId, a]));
        const before = new Map(previous.answers.map(a => [a.questionId, a]));
        const answers = previous.answers.filter(
          a => !replaced.has(a.questionId),
        );
        // A written answer is a person's; it keeps the automatic answer it overrides.
        const people = written.answers.map(a => {
          const evidence = before.get(a.questionId)?.evidence;
          return {
            ...a,
            source: 'person' as const,
            ...(evidence ? { evidence } : {}),
          };
        });
        const merged = [...answers, ...people];
        return {
          ...previous,
          answers: merged,
          result: written.result,
          // A person's answer makes the entity assessed (the rule of readiness-common).
          assessment: assessmentOfAnswers(merged),
        };
      });
    },
    [api, entityRef],
  );

  const clearAnswer = useCallback(
    async (questionId: string, expectedVersion: number) => {
      setReadiness(
        await api.clearAnswer(entityRef, questionId, expectedVersion),
      );
    },
    [api, entityRef],
  );

  /**
   * Fetches the latest state, for example after a conflict. The caller's access is the one
   * this page read first: asked once per page, not on every read.
   */
  const reload = useCallback(async () => {
    setReadiness(
      await api.getEntityReadiness(entityRef, { reuseAccess: true }),
    );
  }, [api, entityRef]);

  /** Runs the evidence providers now; says whether the automatic answers changed. */
  const refreshEvidence = useCallback(async () => {
    const { result, changed } = await api.refreshEvidence(entityRef);
    setReadiness(result);
    return changed;
  }, [api, entityRef]);

  /** Approves or rejects a pending exemption. */
  const decideExemption = useCallback(
    async (
      questionId: string,
      expectedVersion: number,
      decision: 'approve' | 'reject',
      note?: string,
    ) => {
      setReadiness(
        await api.decideExemption(entityRef, questionId, {
          decision,
          expectedVersion,
          ...(note ? { note } : {}),
        }),
      );
    },
    [api, entityRef],
  );

  return {
    readiness,
    loading,
    error,
    saveAnswer,
    clearAnswer,
    reload,
    refreshEvidence,
    decideExemption,
  };
}
