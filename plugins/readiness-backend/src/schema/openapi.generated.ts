// Generated from openapi.yaml by scripts/generate-openapi.js. Do not edit.

export const spec = {
  openapi: '3.1.0',
  info: {
    title: 'readiness',
    version: '1',
    description:
      'Production-readiness checklists for catalog entities: answers, their history and scores.',
    license: {
      name: 'Apache-2.0',
      url: 'http://www.apache.org/licenses/LICENSE-2.0.html',
    },
  },
  servers: [
    {
      url: '/',
    },
  ],
  components: {
    parameters: {
      kind: {
        name: 'kind',
        in: 'path',
        required: true,
        schema: {
          type: 'string',
          minLength: 1,
          maxLength: 63,
        },
      },
      namespace: {
        name: 'namespace',
        in: 'path',
        required: true,
        schema: {
          type: 'string',
          minLength: 1,
          maxLength: 63,
        },
      },
      name: {
        name: 'name',
        in: 'path',
        required: true,
        schema: {
          type: 'string',
          minLength: 1,
          maxLength: 253,
        },
      },
      owner: {
        name: 'owner',
        in: 'query',
        allowReserved: true,
        description: 'Owner entity refs, for example group:default/payments.',
        schema: {
          type: 'array',
          items: {
            type: 'string',
          },
          maxItems: 100,
        },
        style: 'form',
        explode: true,
      },
      system: {
        name: 'system',
        in: 'query',
        allowReserved: true,
        schema: {
          type: 'array',
          items: {
            type: 'string',
          },
          maxItems: 100,
        },
        style: 'form',
        explode: true,
      },
      domain: {
        name: 'domain',
        in: 'query',
        allowReserved: true,
        schema: {
          type: 'array',
          items: {
            type: 'string',
          },
          maxItems: 100,
        },
        style: 'form',
        explode: true,
      },
      entityKind: {
        name: 'kind',
        in: 'query',
        schema: {
          type: 'array',
          items: {
            type: 'string',
          },
          maxItems: 100,
        },
        style: 'form',
        explode: true,
      },
      type: {
        name: 'type',
        in: 'query',
        description: "The entities' spec.type.",
        schema: {
          type: 'array',
          items: {
            type: 'string',
          },
          maxItems: 100,
        },
        style: 'form',
        explode: true,
      },
      lifecycle: {
        name: 'lifecycle',
        in: 'query',
        schema: {
          type: 'array',
          items: {
            type: 'string',
          },
          maxItems: 100,
        },
        style: 'form',
        explode: true,
      },
    },
    schemas: {
      EntityReadiness: {
        type: 'object',
        description: 'Everything the entity tab needs in one response.',
        required: [
          'entityRef',
          'checklist',
          'answers',
          'orphanedAnswers',
          'result',
          'levels',
          'reviewIntervalDays',
          'access',
        ],
        properties: {
          entityRef: {
            type: 'string',
          },
          checklistRef: {
            type: 'object',
            description:
              'The checklist by reference, absent when none applies: `GET /checklists/{id}?version=` returns it; `questionIds` are the questions asked of this entity.',
            required: ['id', 'version', 'questionIds'],
            additionalProperties: false,
            properties: {
              id: {
                type: 'string',
              },
              version: {
                type: 'string',
              },
              questionIds: {
                type: 'array',
                items: {
                  type: 'string',
                },
              },
            },
          },
          assessment: {
            description: 'Absent when no checklist applies.',
            $ref: '#/components/schemas/AssessmentState',
          },
          counts: {
            $ref: '#/components/schemas/ReadinessCounts',
          },
          checklist: {
            description:
              'The checklist as asked of the entity (null when none applies); the compact form (`checklist=reference`) names it instead.',
            anyOf: [
              {
                $ref: '#/components/schemas/Checklist',
              },
              {
                type: 'null',
              },
            ],
          },
          reason: {
            type: 'string',
            description: 'Why no checklist applies',
            'when none does.': null,
          },
          answers: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/Answer',
            },
          },
          orphanedAnswers: {
            type: 'array',
            description:
              'Answers to questions the current checklist no longer has; kept, not scored.',
            items: {
              $ref: '#/components/schemas/Answer',
            },
          },
          result: {
            anyOf: [
              {
                $ref: '#/components/schemas/Result',
              },
              {
                type: 'null',
              },
            ],
          },
          levels: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/Level',
            },
          },
          reviewIntervalDays: {
            type: 'number',
          },
          access: {
            $ref: '#/components/schemas/ReadinessAccess',
          },
          evidenceProblems: {
            type: 'array',
            description:
              'Evidence providers that could not gather their evidence at their last run; their earlier automatic answers are kept.',
            items: {
              $ref: '#/components/schemas/EvidenceProblem',
            },
          },
        },
      },
      EntityReadinessByReference: {
        type: 'object',
        description:
          'The compact form (`checklist=reference`): the checklist named, not copied, and each answer without what the response already says.',
        required: [
          'entityRef',
          'checklistRef',
          'answers',
          'orphanedAnswers',
          'result',
          'levels',
          'reviewIntervalDays',
          'providerTitles',
        ],
        properties: {
          entityRef: {
            type: 'string',
          },
          checklistRef: {
            type: 'object',
            description:
              '`GET /checklists/{id}?version=` returns the checklist; `questionIds`, the questions asked of this entity, is left out when every question is asked.',
            required: ['id', 'version'],
            additionalProperties: false,
            properties: {
              id: {
                type: 'string',
              },
              version: {
                type: 'string',
              },
              questionIds: {
                type: 'array',
                items: {
                  type: 'string',
                },
              },
            },
          },
          assessment: {
            $ref: '#/components/schemas/AssessmentState',
          },
          counts: {
            $ref: '#/components/schemas/ReadinessCounts',
          },
          answers: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/CompactAnswer',
            },
          },
          orphanedAnswers: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/CompactAnswer',
            },
          },
          result: {
            $ref: '#/components/schemas/Result',
          },
          levels: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/Level',
            },
          },
          reviewIntervalDays: {
            type: 'number',
          },
          providerTitles: {
            type: 'object',
            description:
              'The names of the evidence providers the answers cite, by provider id.',
            additionalProperties: {
              type: 'string',
            },
          },
          answeredBy: {
            type: 'string',
            description:
              "Who gave most of the people's answers; a person's answer without `answeredBy` is theirs.",
          },
          access: {
            description: 'Left out with `access=omit`.',
            $ref: '#/components/schemas/ReadinessAccess',
          },
          evidenceProblems: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/EvidenceProblem',
            },
          },
        },
      },
      CompactAnswer: {
        type: 'object',
        description:
          "An answer in the compact form. Without `version` it is an automatic answer, all of which its `evidence` says. A person's answer leaves out its entity, `source`, an empty `links`, a `reviewedAt` equal to `answeredAt`, and a false `stale`; evidence leaves out its provider's title (`providerTitles`) and an empty `links`; `answeredBy` is left out when it is the response's `answeredBy`.",
        required: ['questionId'],
        additionalProperties: false,
        properties: {
          questionId: {
            type: 'string',
          },
          status: {
            $ref: '#/components/schemas/AnswerStatus',
          },
          note: {
            type: 'string',
          },
          links: {
            type: 'array',
            items: {
              type: 'string',
            },
          },
          version: {
            type: 'integer',
          },
          answeredBy: {
            type: 'string',
          },
          answeredAt: {
            type: 'string',
          },
          reviewedAt: {
            type: 'string',
          },
          expiresAt: {
            type: 'string',
          },
          approval: {
            $ref: '#/components/schemas/ExemptionApproval',
          },
          requestedBy: {
            type: 'string',
          },
          beforeRequest: {
            type: 'object',
            required: ['status', 'reviewedAt'],
            properties: {
              status: {
                type: 'string',
                enum: ['yes', 'partial', 'no'],
              },
              reviewedAt: {
                type: 'string',
              },
            },
          },
          decidedBy: {
            type: 'string',
          },
          decidedAt: {
            type: 'string',
          },
          decisionNote: {
            type: 'string',
          },
          stale: {
            type: 'boolean',
            enum: [true],
          },
          evidence: {
            type: 'object',
            required: ['providerId', 'status', 'note', 'evaluatedAt'],
            additionalProperties: false,
            properties: {
              providerId: {
                type: 'string',
              },
              status: {
                $ref: '#/components/schemas/AnswerStatus',
              },
              note: {
                type: 'string',
              },
              links: {
                type: 'array',
                items: {
                  type: 'string',
                },
              },
              evaluatedAt: {
                type: 'string',
              },
            },
          },
        },
      },
      ReadinessCounts: {
        type: 'object',
        description:
          'The counts every surface shows, with one meaning; absent when no checklist applies.',
        required: [
          'questions',
          'answeredByPeople',
          'automatic',
          'open',
          'needsReview',
        ],
        additionalProperties: false,
        properties: {
          questions: {
            type: 'integer',
          },
          answeredByPeople: {
            type: 'integer',
            description: 'Questions a person answered, stale ones included.',
          },
          automatic: {
            type: 'integer',
            description: 'Questions only an evidence provider answered.',
          },
          open: {
            type: 'integer',
            description:
              'Questions unanswered, answered No or Partial, or stale.',
          },
          needsReview: {
            type: 'integer',
            description:
              "Answers past the review interval or their exemption's expiry.",
          },
        },
      },
      ReadinessAccess: {
        type: 'object',
        required: ['canEdit', 'owners'],
        additionalProperties: false,
        properties: {
          canEdit: {
            type: 'boolean',
          },
          owners: {
            type: 'array',
            items: {
              type: 'string',
            },
          },
          canApprove: {
            type: 'boolean',
            description: 'Whether the caller may approve or reject exemptions.',
          },
        },
      },
      EvidenceProblem: {
        type: 'object',
        required: [
          'providerId',
          'providerTitle',
          'attempted',
          'reason',
          'since',
          'lastAttemptAt',
        ],
        additionalProperties: false,
        properties: {
          providerId: {
            type: 'string',
          },
          providerTitle: {
            type: 'string',
          },
          attempted: {
            type: 'string',
            description:
              'What the provider tried, as a verb phrase (read the repository).',
          },
          reason: {
            type: 'string',
          },
          since: {
            type: 'string',
            description:
              'When the provider first failed in a row of failed runs.',
          },
          lastAttemptAt: {
            type: 'string',
          },
        },
      },
      EvidenceProblemItem: {
        type: 'object',
        required: [
          'entityRef',
          'providerId',
          'providerTitle',
          'attempted',
          'reason',
          'since',
          'lastAttemptAt',
        ],
        additionalProperties: false,
        properties: {
          entityRef: {
            type: 'string',
          },
          title: {
            type: 'string',
          },
          owner: {
            type: 'string',
          },
          providerId: {
            type: 'string',
          },
          providerTitle: {
            type: 'string',
          },
          attempted: {
            type: 'string',
          },
          reason: {
            type: 'string',
          },
          since: {
            type: 'string',
          },
          lastAttemptAt: {
            type: 'string',
          },
        },
      },
      AnswerStatus: {
        type: 'string',
        enum: ['yes', 'partial', 'no', 'na'],
      },
      ChecklistQuestion: {
        type: 'object',
        description: 'One question of a checklist.',
        required: ['id', 'text', 'guidance', 'weight'],
        properties: {
          id: {
            type: 'string',
            description:
              'Stable identifier; answers are stored against it, so never reuse one for another meaning.',
          },
          text: {
            type: 'string',
            description: 'The question as shown to the team.',
          },
          guidance: {
            type: 'string',
            description: 'One or two lines on what a good answer looks like.',
          },
          weight: {
            type: 'number',
            description: 'Relative weight in the score; greater than zero.',
          },
          requiredForLevel: {
            type: 'string',
            description:
              'When set, an entity cannot reach this level (or any above it) unless this question is answered Yes and the answer is not stale.',
          },
          appliesTo: {
            description:
              "The entities of the checklist it is asked of, when not all (or not its section's); to the others it is not asked, not scored and not counted.",
            type: 'array',
            items: {
              $ref: '#/components/schemas/ChecklistTarget',
            },
          },
          exemptionNeedsApproval: {
            type: 'boolean',
            description:
              "Whether an N/A needs approval before it counts; defaults to the checklist's `exemptionsNeedApproval`.",
          },
        },
      },
      ChecklistTarget: {
        type: 'object',
        description:
          "Which entities a checklist applies to. `kind` is matched case-insensitively; when `types` is given, the entity's `spec.type` must be one of them.",
        required: ['kind'],
        properties: {
          kind: {
            type: 'string',
          },
          types: {
            type: 'array',
            items: {
              type: 'string',
            },
          },
        },
      },
      ChecklistSection: {
        type: 'object',
        description: 'A titled group of questions.',
        required: ['id', 'title', 'questions'],
        properties: {
          id: {
            type: 'string',
          },
          title: {
            type: 'string',
          },
          description: {
            type: 'string',
          },
          appliesTo: {
            description:
              "The entities of the checklist its questions are asked of, when not all; a question's own `appliesTo` takes precedence.",
            type: 'array',
            items: {
              $ref: '#/components/schemas/ChecklistTarget',
            },
          },
          questions: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/ChecklistQuestion',
            },
          },
        },
      },
      Checklist: {
        type: 'object',
        description: 'A complete checklist.',
        required: ['id', 'title', 'appliesTo', 'sections'],
        properties: {
          id: {
            type: 'string',
          },
          title: {
            type: 'string',
          },
          description: {
            type: 'string',
          },
          appliesTo: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/ChecklistTarget',
            },
          },
          exemptionsNeedApproval: {
            type: 'boolean',
            description:
              'Whether an N/A on its questions needs approval (unless a question says otherwise).',
          },
          sections: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/ChecklistSection',
            },
          },
        },
      },
      ChecklistsResponse: {
        type: 'object',
        description: 'The configured checklists, levels and review interval.',
        required: ['items', 'levels', 'reviewIntervalDays'],
        properties: {
          items: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/Checklist',
            },
          },
          levels: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/Level',
            },
          },
          reviewIntervalDays: {
            type: 'number',
          },
        },
      },
      Level: {
        type: 'object',
        description:
          'A named level an entity reaches at a minimum score (0 to 100).',
        required: ['id', 'title', 'minScore'],
        properties: {
          id: {
            type: 'string',
          },
          title: {
            type: 'string',
          },
          minScore: {
            type: 'number',
          },
          color: {
            type: 'string',
            description:
              "The level's colour (`#rrggbb`) on every chip and chart; defaults to `levelColor`'s choice for the id.",
          },
        },
      },
      Answer: {
        type: 'object',
        description:
          'A stored answer with everything the API returns about it.',
        required: [
          'entityRef',
          'questionId',
          'status',
          'links',
          'version',
          'answeredBy',
          'answeredAt',
          'reviewedAt',
          'stale',
        ],
        properties: {
          entityRef: {
            type: 'string',
          },
          questionId: {
            type: 'string',
          },
          status: {
            $ref: '#/components/schemas/AnswerStatus',
          },
          note: {
            type: 'string',
          },
          links: {
            type: 'array',
            items: {
              type: 'string',
            },
          },
          version: {
            type: 'integer',
            description:
              'Increments on every write; a write must send the version it read.',
          },
          answeredBy: {
            type: 'string',
            description:
              'Entity ref of the user (or `service:<subject>`) who last changed the answer.',
          },
          answeredAt: {
            type: 'string',
          },
          reviewedAt: {
            type: 'string',
            description:
              'When the answer was last set or confirmed; it goes stale after the review interval.',
          },
          expiresAt: {
            type: 'string',
            description:
              'When this N/A (an exemption) expires; past it the answer is stale.',
          },
          approval: {
            description:
              'For an N/A that needs approval; only an approved one counts as N/A.',
            $ref: '#/components/schemas/ExemptionApproval',
          },
          requestedBy: {
            type: 'string',
            description:
              'Who asked for the exemption (wrote its reason and expiry); they cannot decide on it.',
          },
          beforeRequest: {
            type: 'object',
            description:
              'The answer an exemption request replaced; while the request is pending, the question scores as it (as unanswered when there is none).',
            required: ['status', 'reviewedAt'],
            properties: {
              status: {
                type: 'string',
                enum: ['yes', 'partial', 'no'],
              },
              reviewedAt: {
                type: 'string',
              },
            },
          },
          decidedBy: {
            type: 'string',
            description:
              'Who approved or rejected the exemption (with when and why).',
          },
          decidedAt: {
            type: 'string',
          },
          decisionNote: {
            type: 'string',
          },
          stale: {
            type: 'boolean',
            description:
              'Whether the answer is older than the review interval and earns no credit until confirmed.',
          },
          source: {
            type: 'string',
            enum: ['person', 'evidence'],
            description:
              '`person` for an answer someone gave (version 1 or more), `evidence` for an automatic one (version 0: writing to it with expectedVersion 0 confirms or overrides it).',
          },
          evidence: {
            type: 'object',
            description:
              "The automatic answer for this question, also when a person's answer overrides it.",
            required: [
              'providerId',
              'providerTitle',
              'status',
              'note',
              'links',
              'evaluatedAt',
            ],
            properties: {
              providerId: {
                type: 'string',
              },
              providerTitle: {
                type: 'string',
                description:
                  'The provider\'s name for people, such as "Catalog metadata".',
              },
              status: {
                $ref: '#/components/schemas/AnswerStatus',
              },
              note: {
                type: 'string',
              },
              links: {
                type: 'array',
                items: {
                  type: 'string',
                },
              },
              evaluatedAt: {
                type: 'string',
              },
            },
          },
        },
      },
      AnswerNote: {
        type: 'string',
        description: "An answer's (or a decision's) free text.",
        maxLength: 4000,
      },
      EvidenceLinks: {
        type: 'array',
        description: 'Evidence links; http or https URLs only.',
        maxItems: 10,
        items: {
          type: 'string',
          maxLength: 2000,
        },
      },
      AnswerInput: {
        type: 'object',
        additionalProperties: false,
        required: ['questionId', 'status', 'expectedVersion'],
        properties: {
          questionId: {
            type: 'string',
            minLength: 1,
            maxLength: 200,
          },
          status: {
            $ref: '#/components/schemas/AnswerStatus',
          },
          note: {
            description:
              'Free text; required (as the reason) when status is na.',
            $ref: '#/components/schemas/AnswerNote',
          },
          links: {
            $ref: '#/components/schemas/EvidenceLinks',
          },
          expectedVersion: {
            type: 'integer',
            minimum: 0,
            maximum: 2147483647,
            description:
              'The version of the answer the client read; 0 when there was none.',
          },
          reviewedAt: {
            type: 'string',
            format: 'date-time',
            description:
              'When the team last checked this answer, for importing an earlier assessment; only service writers may set it, and not in the future. Defaults to now.',
          },
          expiresAt: {
            type: 'string',
            format: 'date-time',
            description:
              'For an N/A only: when the exemption expires (in the future, at most five years ahead). From then on the answer is stale until it is confirmed or changed.',
          },
        },
      },
      Totals: {
        type: 'object',
        description:
          "An entity's or a section's score and the counts behind it.",
        required: [
          'score',
          'earned',
          'possible',
          'questions',
          'answered',
          'stale',
          'notApplicable',
        ],
        properties: {
          score: {
            type: ['number', 'null'],
            description:
              'Percentage of the achievable weight earned, one decimal; null when no question applies.',
          },
          earned: {
            type: 'number',
          },
          possible: {
            type: 'number',
          },
          questions: {
            type: 'integer',
          },
          answered: {
            type: 'integer',
          },
          stale: {
            type: 'integer',
          },
          notApplicable: {
            type: 'integer',
          },
        },
      },
      Result: {
        description:
          'The full result of scoring one entity against its checklist.',
        allOf: [
          {
            $ref: '#/components/schemas/Totals',
          },
          {
            type: 'object',
            required: [
              'level',
              'cappedBy',
              'nextLevel',
              'sections',
              'orphanedQuestionIds',
              'nextStaleAt',
            ],
            properties: {
              level: {
                description:
                  'The level reached, or null when below the first level.',
                anyOf: [
                  {
                    $ref: '#/components/schemas/Level',
                  },
                  {
                    type: 'null',
                  },
                ],
              },
              cappedBy: {
                type: 'array',
                items: {
                  type: 'string',
                },
                description:
                  'Required questions that hold the level below the one the score alone would give.',
              },
              nextLevel: {
                type: ['object', 'null'],
                description:
                  'What stands between the entity and the next level.',
                required: ['level', 'pointsNeeded', 'missingRequired'],
                properties: {
                  level: {
                    $ref: '#/components/schemas/Level',
                  },
                  pointsNeeded: {
                    type: 'number',
                    description:
                      "Score points still missing to reach the level's threshold (0 when only required items are missing).",
                  },
                  missingRequired: {
                    type: 'array',
                    items: {
                      type: 'string',
                    },
                    description:
                      'Required questions for this level (or below) that are not answered Yes or whose answer is stale.',
                  },
                },
              },
              sections: {
                type: 'array',
                items: {
                  allOf: [
                    {
                      $ref: '#/components/schemas/Totals',
                    },
                    {
                      type: 'object',
                      required: ['id', 'title'],
                      properties: {
                        id: {
                          type: 'string',
                        },
                        title: {
                          type: 'string',
                        },
                      },
                    },
                  ],
                },
              },
              orphanedQuestionIds: {
                type: 'array',
                items: {
                  type: 'string',
                },
                description:
                  'Answers to question ids that are not in the checklist (kept, never scored).',
              },
              nextStaleAt: {
                type: ['string', 'null'],
                description:
                  'Earliest time a currently fresh answer goes stale; null when none will.',
              },
            },
          },
        ],
      },
      Score: {
        type: 'object',
        description:
          'A stored score, as returned in bulk: every property below, or with `fields` only those asked for (entityRef is always there). Of the optional ones, entityType, owner, system, domain, lifecycle and title are left out when the catalog has none.',
        required: ['entityRef'],
        properties: {
          entityRef: {
            type: 'string',
          },
          kind: {
            type: 'string',
            description: 'Lower case.',
          },
          entityType: {
            type: 'string',
          },
          owner: {
            type: 'string',
          },
          system: {
            type: 'string',
          },
          domain: {
            type: 'string',
          },
          lifecycle: {
            type: 'string',
          },
          title: {
            type: 'string',
          },
          assessment: {
            $ref: '#/components/schemas/AssessmentState',
          },
          automatic: {
            type: 'integer',
            description: 'Questions only an evidence provider answered.',
          },
          checklistId: {
            type: 'string',
          },
          score: {
            type: ['number', 'null'],
          },
          level: {
            type: ['string', 'null'],
          },
          levelRank: {
            type: 'integer',
            description: 'Index of the level; -1 below the first.',
          },
          questions: {
            type: 'integer',
          },
          answered: {
            type: 'integer',
          },
          stale: {
            type: 'integer',
          },
          notApplicable: {
            type: 'integer',
          },
          updatedAt: {
            type: 'string',
          },
        },
      },
      ScoreSummary: {
        description:
          'A stored score with every property; entityType, owner, system, domain, lifecycle and title are left out when the catalog has none.',
        allOf: [
          {
            $ref: '#/components/schemas/Score',
          },
        ],
        required: [
          'entityRef',
          'kind',
          'checklistId',
          'score',
          'level',
          'levelRank',
          'questions',
          'answered',
          'automatic',
          'assessment',
          'stale',
          'notApplicable',
          'updatedAt',
        ],
      },
      ScoreField: {
        type: 'string',
        description: 'A property of Score, for `fields`.',
        enum: [
          'entityRef',
          'kind',
          'entityType',
          'owner',
          'system',
          'domain',
          'lifecycle',
          'title',
          'checklistId',
          'score',
          'level',
          'levelRank',
          'questions',
          'answered',
          'automatic',
          'assessment',
          'stale',
          'notApplicable',
          'updatedAt',
        ],
      },
      ScorePage: {
        type: 'object',
        required: ['items'],
        properties: {
          items: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/Score',
            },
          },
          totalCount: {
            type: 'integer',
            description:
              'How many scores match, on the first page (without cursor); left out on later pages, and when the catalog hides some entities from the caller (pages may then hold fewer items than the limit; follow nextCursor).',
          },
          nextCursor: {
            type: 'string',
          },
        },
      },
      HistoryEntry: {
        type: 'object',
        required: [
          'id',
          'entityRef',
          'questionId',
          'version',
          'status',
          'links',
          'changedBy',
          'changedAt',
        ],
        properties: {
          id: {
            type: 'integer',
          },
          entityRef: {
            type: 'string',
          },
          questionId: {
            type: 'string',
          },
          version: {
            type: 'integer',
          },
          status: {
            description:
              '`cleared` when a person removed their answer (an automatic answer applies again).',
            anyOf: [
              {
                $ref: '#/components/schemas/AnswerStatus',
              },
              {
                type: 'string',
                enum: ['cleared'],
              },
            ],
          },
          note: {
            type: 'string',
          },
          links: {
            type: 'array',
            items: {
              type: 'string',
            },
          },
          changedBy: {
            type: 'string',
          },
          changedAt: {
            type: 'string',
          },
          expiresAt: {
            type: 'string',
          },
          approval: {
            description:
              'Where the exemption stood after this change, for an N/A that needs approval.',
            $ref: '#/components/schemas/ExemptionApproval',
          },
          decisionNote: {
            type: 'string',
            description:
              "The approver's reason, for a change that approved or rejected an exemption.",
          },
          previous: {
            description:
              'The answer this change replaced; absent for a first answer.',
            $ref: '#/components/schemas/AnswerSnapshot',
          },
        },
      },
      AnswerSnapshot: {
        type: 'object',
        description:
          'What an answer said at one version: the form history entries and audit events record.',
        required: ['status', 'links', 'version'],
        properties: {
          status: {
            $ref: '#/components/schemas/AnswerStatus',
          },
          note: {
            type: 'string',
          },
          links: {
            type: 'array',
            items: {
              type: 'string',
            },
          },
          version: {
            type: 'integer',
          },
          expiresAt: {
            type: 'string',
            description: 'When the N/A expires',
            'if it does.': null,
          },
          approval: {
            $ref: '#/components/schemas/ExemptionApproval',
          },
        },
      },
      ExemptionApproval: {
        type: 'string',
        description:
          'Where an exemption (an N/A on a question that needs approval) stands: it counts as N/A only once approved; until then the question scores as the answer the request replaced.',
        enum: ['pending', 'approved', 'rejected'],
      },
      WriteResult: {
        type: 'object',
        required: ['answers', 'result'],
        properties: {
          answers: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/Answer',
            },
          },
          result: {
            $ref: '#/components/schemas/Result',
          },
        },
      },
      Error: {
        type: 'object',
        required: ['error'],
        properties: {
          error: {
            type: 'object',
            required: ['name', 'message'],
            properties: {
              name: {
                type: 'string',
              },
              message: {
                type: 'string',
              },
            },
          },
          request: {
            type: 'object',
          },
          response: {
            type: 'object',
          },
        },
      },
      LevelCounts: {
        type: 'object',
        description:
          'Entities per level id; `none` counts those below the first level.',
        additionalProperties: {
          type: 'integer',
        },
      },
      AssessmentState: {
        type: 'string',
        enum: ['not-started', 'automatic', 'assessed'],
        description:
          'not-started: no answer at all; automatic: only automatic answers; assessed: at least one answer by a person.',
      },
      ReviewGroupBy: {
        type: 'string',
        description: 'What the org-wide review can group by.',
        enum: ['owner', 'system', 'domain', 'kind', 'type', 'lifecycle'],
      },
      ReviewPopulation: {
        type: 'string',
        description:
          "Which entities the review's scores, levels and section and question figures are computed over: every entity in scope (whatever its assessment state), or those people assessed. Coverage always counts every entity in scope.",
        enum: ['all', 'assessed'],
      },
      ReviewCoverage: {
        type: 'object',
        description:
          'Every entity in scope, by assessment state, whatever the population.',
        required: ['inScope', 'assessed', 'automatic', 'notStarted'],
        properties: {
          inScope: {
            type: 'integer',
          },
          assessed: {
            type: 'integer',
          },
          automatic: {
            type: 'integer',
          },
          notStarted: {
            type: 'integer',
          },
        },
      },
      ReviewFigures: {
        type: 'object',
        description:
          "Figures over a set of entities: the coverage of every entity in scope, and the scores over the report's population.",
        required: [
          'coverage',
          'entities',
          'averageScore',
          'minScore',
          'maxScore',
          'levels',
          'staleAnswers',
          'entitiesWithStale',
        ],
        properties: {
          coverage: {
            $ref: '#/components/schemas/ReviewCoverage',
          },
          entities: {
            type: 'integer',
            description:
              'Entities of the population the scores are computed over.',
          },
          averageScore: {
            type: ['number', 'null'],
          },
          minScore: {
            type: ['number', 'null'],
          },
          maxScore: {
            type: ['number', 'null'],
          },
          levels: {
            $ref: '#/components/schemas/LevelCounts',
          },
          staleAnswers: {
            type: 'integer',
          },
          entitiesWithStale: {
            type: 'integer',
          },
        },
      },
      ReviewGroup: {
        allOf: [
          {
            $ref: '#/components/schemas/ReviewFigures',
          },
          {
            type: 'object',
            required: ['key'],
            properties: {
              key: {
                type: ['string', 'null'],
              },
            },
          },
        ],
      },
      SectionCell: {
        type: 'object',
        description:
          'The average score of one checklist section within one group.',
        required: ['key', 'sectionId', 'averageScore', 'entities'],
        properties: {
          key: {
            type: ['string', 'null'],
          },
          sectionId: {
            type: 'string',
          },
          averageScore: {
            type: ['number', 'null'],
          },
          entities: {
            type: 'integer',
          },
        },
      },
      QuestionFigures: {
        description:
          "How the population answered one question, counting a person's answer where there is one and the automatic answer otherwise (as the tab and the scores do). `entities` is how many entities the question applies to; `stale` answers are counted there and not under their status.",
        type: 'object',
        required: [
          'checklistId',
          'questionId',
          'sectionId',
          'text',
          'entities',
          'yes',
          'partial',
          'no',
          'na',
          'stale',
          'automatic',
          'unanswered',
        ],
        properties: {
          checklistId: {
            type: 'string',
          },
          questionId: {
            type: 'string',
          },
          sectionId: {
            type: 'string',
          },
          text: {
            type: 'string',
          },
          entities: {
            type: 'integer',
          },
          yes: {
            type: 'integer',
          },
          partial: {
            type: 'integer',
          },
          no: {
            type: 'integer',
          },
          na: {
            type: 'integer',
          },
          stale: {
            type: 'integer',
          },
          automatic: {
            type: 'integer',
            description:
              'Of the answers counted, those that came from evidence.',
          },
          unanswered: {
            type: 'integer',
            description:
              "Entities with neither a person's nor an automatic answer.",
          },
        },
      },
      ReadinessReport: {
        type: 'object',
        description: 'The org-wide review in one response.',
        required: [
          'groupBy',
          'filters',
          'population',
          'totals',
          'groups',
          'sections',
          'sectionScores',
          'questions',
          'levels',
          'facets',
          'generatedAt',
        ],
        properties: {
          groupBy: {
            $ref: '#/components/schemas/ReviewGroupBy',
          },
          filters: {
            $ref: '#/components/schemas/ReviewFilters',
          },
          population: {
            $ref: '#/components/schemas/ReviewPopulation',
          },
          totals: {
            $ref: '#/components/schemas/ReviewFigures',
          },
          groups: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/ReviewGroup',
            },
          },
          sections: {
            type: 'array',
            items: {
              type: 'object',
              required: ['id', 'title'],
              properties: {
                id: {
                  type: 'string',
                },
                title: {
                  type: 'string',
                },
              },
            },
          },
          sectionScores: {
            type: 'array',
            description:
              'Average section scores per group (the section x group heat map) and overall (key `*`).',
            items: {
              $ref: '#/components/schemas/SectionCell',
            },
          },
          questions: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/QuestionFigures',
            },
          },
          levels: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/Level',
            },
          },
          facets: {
            type: 'object',
            description:
              'Every value of each grouping among the entities in scope, for filter choices.',
            required: [
              'owner',
              'system',
              'domain',
              'kind',
              'type',
              'lifecycle',
            ],
            additionalProperties: false,
            properties: {
              owner: {
                type: 'array',
                items: {
                  type: 'string',
                },
              },
              system: {
                type: 'array',
                items: {
                  type: 'string',
                },
              },
              domain: {
                type: 'array',
                items: {
                  type: 'string',
                },
              },
              kind: {
                type: 'array',
                items: {
                  type: 'string',
                },
              },
              type: {
                type: 'array',
                items: {
                  type: 'string',
                },
              },
              lifecycle: {
                type: 'array',
                items: {
                  type: 'string',
                },
              },
            },
          },
          generatedAt: {
            type: 'string',
          },
        },
      },
      ReadinessTrends: {
        type: 'object',
        description: 'Trends from the daily snapshots.',
        required: ['groupBy', 'from', 'points'],
        properties: {
          groupBy: {
            oneOf: [
              {
                $ref: '#/components/schemas/ReviewGroupBy',
              },
              {
                type: 'string',
                enum: ['all'],
              },
            ],
          },
          from: {
            type: 'string',
          },
          points: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/TrendPoint',
            },
          },
        },
      },
      TrendPoint: {
        type: 'object',
        description: 'One day of one group in a trend.',
        required: ['day', 'key', 'entities', 'averageScore', 'levels'],
        properties: {
          day: {
            type: 'string',
          },
          key: {
            type: ['string', 'null'],
          },
          entities: {
            type: 'integer',
          },
          averageScore: {
            type: ['number', 'null'],
          },
          levels: {
            $ref: '#/components/schemas/LevelCounts',
          },
        },
      },
      ReviewFilters: {
        type: 'object',
        description:
          'Narrows to entities with these catalog facts; each list matches any of its values.',
        properties: {
          owners: {
            type: 'array',
            items: {
              type: 'string',
            },
          },
          systems: {
            type: 'array',
            items: {
              type: 'string',
            },
          },
          domains: {
            type: 'array',
            items: {
              type: 'string',
            },
          },
          kinds: {
            type: 'array',
            items: {
              type: 'string',
            },
          },
          types: {
            type: 'array',
            items: {
              type: 'string',
            },
          },
          lifecycles: {
            type: 'array',
            items: {
              type: 'string',
            },
          },
        },
      },
      CampaignScope: {
        type: 'object',
        additionalProperties: false,
        description:
          "The catalog facts of the entities a campaign concerns (the review's filters, within the limits a stored campaign keeps); an empty scope is every entity a checklist applies to.",
        properties: {
          owners: {
            type: 'array',
            items: {
              type: 'string',
              maxLength: 255,
            },
            maxItems: 100,
          },
          systems: {
            type: 'array',
            items: {
              type: 'string',
              maxLength: 255,
            },
            maxItems: 100,
          },
          domains: {
            type: 'array',
            items: {
              type: 'string',
              maxLength: 255,
            },
            maxItems: 100,
          },
          kinds: {
            type: 'array',
            items: {
              type: 'string',
              maxLength: 63,
            },
            maxItems: 100,
          },
          types: {
            type: 'array',
            items: {
              type: 'string',
              maxLength: 63,
            },
            maxItems: 100,
          },
          lifecycles: {
            type: 'array',
            items: {
              type: 'string',
              maxLength: 63,
            },
            maxItems: 100,
          },
        },
      },
      CampaignTarget: {
        description:
          'A level to reach (or pass), or questions that must all be answered Yes.',
        oneOf: [
          {
            type: 'object',
            additionalProperties: false,
            required: ['level'],
            properties: {
              level: {
                type: 'string',
                minLength: 1,
                maxLength: 63,
              },
            },
          },
          {
            type: 'object',
            additionalProperties: false,
            required: ['questionIds'],
            properties: {
              questionIds: {
                type: 'array',
                minItems: 1,
                maxItems: 50,
                items: {
                  type: 'string',
                  minLength: 1,
                  maxLength: 200,
                },
              },
            },
          },
        ],
      },
      CampaignInput: {
        type: 'object',
        additionalProperties: false,
        required: [
          'title',
          'scope',
          'target',
          'startsOn',
          'dueOn',
          'reminderDays',
        ],
        properties: {
          title: {
            type: 'string',
            minLength: 1,
            maxLength: 200,
          },
          description: {
            type: 'string',
            maxLength: 2000,
          },
          scope: {
            $ref: '#/components/schemas/CampaignScope',
          },
          target: {
            $ref: '#/components/schemas/CampaignTarget',
          },
          startsOn: {
            type: 'string',
            description: 'First day, YYYY-MM-DD (UTC)',
            maxLength: 10,
          },
          dueOn: {
            type: 'string',
            description: 'Last day, YYYY-MM-DD (UTC)',
            maxLength: 10,
          },
          reminderDays: {
            type: 'integer',
            minimum: 0,
            maximum: 365,
          },
        },
      },
      Campaign: {
        type: 'object',
        required: [
          'id',
          'title',
          'scope',
          'target',
          'startsOn',
          'dueOn',
          'reminderDays',
          'source',
          'version',
        ],
        properties: {
          id: {
            type: 'string',
          },
          title: {
            type: 'string',
          },
          description: {
            type: 'string',
          },
          scope: {
            $ref: '#/components/schemas/CampaignScope',
          },
          target: {
            $ref: '#/components/schemas/CampaignTarget',
          },
          startsOn: {
            type: 'string',
          },
          dueOn: {
            type: 'string',
          },
          reminderDays: {
            type: 'integer',
          },
          source: {
            type: 'string',
            enum: ['config', 'api'],
          },
          version: {
            type: 'integer',
          },
          createdBy: {
            type: 'string',
          },
          createdAt: {
            type: 'string',
          },
          updatedBy: {
            type: 'string',
          },
          updatedAt: {
            type: 'string',
          },
        },
      },
      CampaignPhase: {
        type: 'string',
        enum: ['scheduled', 'running', 'overdue'],
      },
      CampaignEntityState: {
        type: 'string',
        enum: ['done', 'open', 'overdue'],
      },
      CampaignProgress: {
        type: 'object',
        required: ['entities', 'done', 'open', 'overdue'],
        properties: {
          entities: {
            type: 'integer',
          },
          done: {
            type: 'integer',
          },
          open: {
            type: 'integer',
          },
          overdue: {
            type: 'integer',
          },
        },
      },
      CampaignSummary: {
        allOf: [
          {
            $ref: '#/components/schemas/Campaign',
          },
          {
            type: 'object',
            required: ['phase', 'progress'],
            properties: {
              phase: {
                $ref: '#/components/schemas/CampaignPhase',
              },
              progress: {
                $ref: '#/components/schemas/CampaignProgress',
              },
            },
          },
        ],
      },
      CampaignDetail: {
        type: 'object',
        required: ['campaign', 'teams', 'entities', 'overTime'],
        properties: {
          campaign: {
            $ref: '#/components/schemas/CampaignSummary',
          },
          teams: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/CampaignTeamProgress',
            },
          },
          entities: {
            type: 'object',
            required: ['items', 'totalCount'],
            properties: {
              totalCount: {
                type: 'integer',
              },
              items: {
                type: 'array',
                items: {
                  $ref: '#/components/schemas/CampaignEntity',
                },
              },
            },
          },
          overTime: {
            type: 'array',
            description:
              'Done entities per day since the start, from the daily snapshots; today is live.',
            items: {
              $ref: '#/components/schemas/CampaignProgressPoint',
            },
          },
        },
      },
      CampaignTeamProgress: {
        description:
          "A campaign's progress within one owning team (`owner` null for entities without one).",
        allOf: [
          {
            $ref: '#/components/schemas/CampaignProgress',
          },
          {
            type: 'object',
            required: ['owner'],
            properties: {
              owner: {
                type: ['string', 'null'],
              },
            },
          },
        ],
      },
      CampaignEntity: {
        type: 'object',
        description: 'One entity of a campaign.',
        required: ['entityRef', 'state', 'score', 'level'],
        properties: {
          entityRef: {
            type: 'string',
          },
          title: {
            type: 'string',
          },
          owner: {
            type: 'string',
          },
          state: {
            $ref: '#/components/schemas/CampaignEntityState',
          },
          score: {
            type: ['number', 'null'],
          },
          level: {
            type: ['string', 'null'],
          },
        },
      },
      CampaignProgressPoint: {
        type: 'object',
        description: 'Done entities of a campaign on one day.',
        required: ['day', 'entities', 'done'],
        properties: {
          day: {
            type: 'string',
          },
          entities: {
            type: 'integer',
          },
          done: {
            type: 'integer',
          },
        },
      },
      EntityCampaign: {
        type: 'object',
        description:
          'A campaign that concerns one entity, and where the entity stands in it.',
        required: ['campaign', 'phase', 'state'],
        properties: {
          campaign: {
            $ref: '#/components/schemas/Campaign',
          },
          phase: {
            $ref: '#/components/schemas/CampaignPhase',
          },
          state: {
            $ref: '#/components/schemas/CampaignEntityState',
          },
        },
      },
      CampaignHistoryEntry: {
        type: 'object',
        description: 'One change of a stored campaign.',
        required: ['version', 'changedBy', 'changedAt', 'campaign'],
        properties: {
          version: {
            type: 'integer',
          },
          changedBy: {
            type: 'string',
          },
          changedAt: {
            type: 'string',
          },
          campaign: {
            $ref: '#/components/schemas/CampaignInput',
          },
        },
      },
      ExemptionItem: {
        type: 'object',
        description:
          'One exemption on the review page: an N/A waiting for approval, or one that expires soon.',
        required: [
          'entityRef',
          'questionId',
          'questionText',
          'answeredBy',
          'answeredAt',
          'version',
        ],
        properties: {
          entityRef: {
            type: 'string',
          },
          title: {
            type: 'string',
            description: "The entity's title, if it has one.",
          },
          owner: {
            type: 'string',
          },
          questionId: {
            type: 'string',
          },
          questionText: {
            type: 'string',
            description: "The question as the entity's checklist asks it.",
          },
          note: {
            type: 'string',
            description: 'The reason given for the N/A.',
          },
          answeredBy: {
            type: 'string',
          },
          answeredAt: {
            type: 'string',
          },
          expiresAt: {
            type: 'string',
          },
          approval: {
            $ref: '#/components/schemas/ExemptionApproval',
          },
          version: {
            type: 'integer',
          },
        },
      },
      ExemptionPage: {
        type: 'object',
        required: ['items', 'totalCount'],
        properties: {
          totalCount: {
            type: 'integer',
          },
          items: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/ExemptionItem',
            },
          },
        },
      },
      ReviewExemptions: {
        type: 'object',
        description:
          'The exemptions the review page lists: those waiting for approval (oldest first) and those expiring within `expiringWithinDays` (soonest first), each with its total.',
        required: ['pending', 'expiring', 'expiringWithinDays'],
        properties: {
          pending: {
            $ref: '#/components/schemas/ExemptionPage',
          },
          expiring: {
            $ref: '#/components/schemas/ExemptionPage',
          },
          expiringWithinDays: {
            type: 'integer',
          },
        },
      },
      ReviewEvidenceProblems: {
        type: 'object',
        description:
          'The entities whose evidence could not be checked, longest failing first.',
        required: ['items', 'totalCount'],
        properties: {
          totalCount: {
            type: 'integer',
          },
          items: {
            type: 'array',
            items: {
              $ref: '#/components/schemas/EvidenceProblemItem',
            },
          },
        },
      },
      EntityTrendPoint: {
        type: 'object',
        description: "One entity's score on one day, from the daily snapshots.",
        required: ['day', 'score', 'level'],
        properties: {
          day: {
            type: 'string',
          },
          score: {
            type: ['number', 'null'],
          },
          level: {
            type: ['string', 'null'],
          },
        },
      },
    },
    responses: {
      Error: {
        description: 'An error, with a message saying what is wrong.',
        content: {
          'application/json': {
            schema: {
              $ref: '#/components/schemas/Error',
            },
          },
        },
      },
    },
  },
  paths: {
    '/checklists': {
      get: {
        operationId: 'ListChecklists',
        description:
          'The checklists in selection order, the levels and the review interval.',
        responses: {
          '200': {
            description: 'Ok',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/ChecklistsResponse',
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/Error',
          },
          '401': {
            $ref: '#/components/responses/Error',
          },
          '503': {
            $ref: '#/components/responses/Error',
          },
        },
      },
    },
    '/checklists/{id}': {
      get: {
        operationId: 'GetChecklist',
        description:
          'One configured checklist (all its questions). Its ETag is its version; asked for with its current `version`, the response may be kept for good.',
        parameters: [
          {
            name: 'id',
            in: 'path',
            required: true,
            schema: {
              type: 'string',
            },
          },
          {
            name: 'version',
            in: 'query',
            required: false,
            description: 'The version a `checklistRef` named.',
            schema: {
              type: 'string',
            },
          },
          {
            name: 'If-None-Match',
            in: 'header',
            required: false,
            schema: {
              type: 'string',
            },
          },
        ],
        responses: {
          '200': {
            description: 'Ok',
            headers: {
              ETag: {
                description: "The checklist's version.",
                schema: {
                  type: 'string',
                },
              },
            },
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/Checklist',
                },
              },
            },
          },
          '304': {
            description:
              "Not modified; the caller's copy (If-None-Match) is current.",
            headers: {
              ETag: {
                description: "The checklist's version.",
                schema: {
                  type: 'string',
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/Error',
          },
          '401': {
            $ref: '#/components/responses/Error',
          },
          '404': {
            $ref: '#/components/responses/Error',
          },
          '503': {
            $ref: '#/components/responses/Error',
          },
        },
      },
    },
    '/entities/{kind}/{namespace}/{name}': {
      get: {
        operationId: 'GetEntityReadiness',
        description:
          "The checklist that applies to the entity, its answers and its score. The response's ETag is its version for this caller; sent back as If-None-Match, an unchanged version gets 304 and no body.",
        parameters: [
          {
            $ref: '#/components/parameters/kind',
          },
          {
            $ref: '#/components/parameters/namespace',
          },
          {
            $ref: '#/components/parameters/name',
          },
          {
            name: 'If-None-Match',
            in: 'header',
            required: false,
            description: 'The ETag of a response held by the caller.',
            schema: {
              type: 'string',
            },
          },
          {
            name: 'checklist',
            in: 'query',
            required: false,
            description:
              '`reference` sends the compact form (EntityReadinessByReference): the checklist named by `checklistRef` instead of copied, and answers without what the response already says. `full` (the default) copies the checklist and every answer field.',
            schema: {
              type: 'string',
              enum: ['full', 'reference'],
            },
          },
          {
            name: 'access',
            in: 'query',
            required: false,
            description:
              "`omit` leaves the caller's access out and asks no permission for it, for a client that holds it from an earlier read (the tab asks once per page). Only with `checklist=reference`; the read is authorised by the catalog as always.",
            schema: {
              type: 'string',
              enum: ['include', 'omit'],
            },
          },
        ],
        responses: {
          '200': {
            description: 'Ok',
            headers: {
              ETag: {
                description: 'The version of the response for this caller.',
                schema: {
                  type: 'string',
                },
              },
            },
            content: {
              'application/json': {
                schema: {
                  anyOf: [
                    {
                      $ref: '#/components/schemas/EntityReadiness',
                    },
                    {
                      $ref: '#/components/schemas/EntityReadinessByReference',
                    },
                  ],
                },
              },
            },
          },
          '304': {
            description:
              "Not modified; the caller's copy (If-None-Match) is current.",
            headers: {
              ETag: {
                description: 'The version of the response for this caller.',
                schema: {
                  type: 'string',
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/Error',
          },
          '401': {
            $ref: '#/components/responses/Error',
          },
          '404': {
            $ref: '#/components/responses/Error',
          },
          '503': {
            $ref: '#/components/responses/Error',
          },
        },
      },
    },
    '/entities/{kind}/{namespace}/{name}/answers': {
      post: {
        operationId: 'WriteAnswers',
        description: 'Writes several answers at once, all or nothing.',
        parameters: [
          {
            $ref: '#/components/parameters/kind',
          },
          {
            $ref: '#/components/parameters/namespace',
          },
          {
            $ref: '#/components/parameters/name',
          },
        ],
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                type: 'object',
                additionalProperties: false,
                required: ['checklistId', 'answers'],
                properties: {
                  checklistId: {
                    type: 'string',
                    minLength: 1,
                  },
                  answers: {
                    type: 'array',
                    minItems: 1,
                    maxItems: 100,
                    items: {
                      $ref: '#/components/schemas/AnswerInput',
                    },
                  },
                },
              },
            },
          },
        },
        responses: {
          '200': {
            description: 'The written answers and the new score.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/WriteResult',
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/Error',
          },
          '401': {
            $ref: '#/components/responses/Error',
          },
          '403': {
            $ref: '#/components/responses/Error',
          },
          '404': {
            $ref: '#/components/responses/Error',
          },
          '409': {
            $ref: '#/components/responses/Error',
          },
          '503': {
            $ref: '#/components/responses/Error',
          },
        },
      },
    },
    '/entities/{kind}/{namespace}/{name}/answers/{questionId}': {
      put: {
        operationId: 'WriteAnswer',
        description:
          'Writes (or confirms, by sending the same values) one answer.',
        parameters: [
          {
            $ref: '#/components/parameters/kind',
          },
          {
            $ref: '#/components/parameters/namespace',
          },
          {
            $ref: '#/components/parameters/name',
          },
          {
            name: 'questionId',
            in: 'path',
            required: true,
            schema: {
              type: 'string',
              minLength: 1,
              maxLength: 200,
            },
          },
        ],
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                type: 'object',
                additionalProperties: false,
                required: ['checklistId', 'status', 'expectedVersion'],
                properties: {
                  checklistId: {
                    type: 'string',
                    minLength: 1,
                  },
                  status: {
                    $ref: '#/components/schemas/AnswerStatus',
                  },
                  note: {
                    $ref: '#/components/schemas/AnswerNote',
                  },
                  links: {
                    $ref: '#/components/schemas/EvidenceLinks',
                  },
                  expectedVersion: {
                    type: 'integer',
                    minimum: 0,
                    maximum: 2147483647,
                  },
                  expiresAt: {
                    type: 'string',
                    format: 'date-time',
                    description: 'For an N/A only, when the exemption expires.',
                  },
                },
              },
            },
          },
        },
        responses: {
          '200': {
            description: 'The written answer and the new score.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/WriteResult',
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/Error',
          },
          '401': {
            $ref: '#/components/responses/Error',
          },
          '403': {
            $ref: '#/components/responses/Error',
          },
          '404': {
            $ref: '#/components/responses/Error',
          },
          '409': {
            $ref: '#/components/responses/Error',
          },
          '503': {
            $ref: '#/components/responses/Error',
          },
        },
      },
      delete: {
        operationId: 'ClearAnswer',
        description:
          "Removes a person's answer, so the automatic answer (if any) applies again. Send the version that was read.",
        parameters: [
          {
            $ref: '#/components/parameters/kind',
          },
          {
            $ref: '#/components/parameters/namespace',
          },
          {
            $ref: '#/components/parameters/name',
          },
          {
            name: 'questionId',
            in: 'path',
            required: true,
            schema: {
              type: 'string',
              minLength: 1,
              maxLength: 200,
            },
          },
          {
            name: 'expectedVersion',
            in: 'query',
            required: true,
            schema: {
              type: 'integer',
              minimum: 1,
              maximum: 2147483647,
            },
          },
        ],
        responses: {
          '200': {
            description: "The entity's readiness after the change.",
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/EntityReadiness',
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/Error',
          },
          '401': {
            $ref: '#/components/responses/Error',
          },
          '403': {
            $ref: '#/components/responses/Error',
          },
          '404': {
            $ref: '#/components/responses/Error',
          },
          '409': {
            $ref: '#/components/responses/Error',
          },
          '503': {
            $ref: '#/components/responses/Error',
          },
        },
      },
    },
    '/entities/{kind}/{namespace}/{name}/answers/{questionId}/decision': {
      post: {
        operationId: 'DecideExemption',
        description:
          'Approves or rejects an exemption (an N/A on a question that needs approval) that is pending, at the version read. Needs readiness.exemption.approve on the entity; nobody decides on their own request. Recorded in the history and audited.',
        parameters: [
          {
            $ref: '#/components/parameters/kind',
          },
          {
            $ref: '#/components/parameters/namespace',
          },
          {
            $ref: '#/components/parameters/name',
          },
          {
            name: 'questionId',
            in: 'path',
            required: true,
            schema: {
              type: 'string',
              minLength: 1,
              maxLength: 200,
            },
          },
        ],
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                type: 'object',
                additionalProperties: false,
                required: ['decision', 'expectedVersion'],
                properties: {
                  decision: {
                    type: 'string',
                    enum: ['approve', 'reject'],
                  },
                  expectedVersion: {
                    type: 'integer',
                    minimum: 1,
                    maximum: 2147483647,
                  },
                  note: {
                    $ref: '#/components/schemas/AnswerNote',
                  },
                },
              },
            },
          },
        },
        responses: {
          '200': {
            description: "The entity's readiness after the decision.",
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/EntityReadiness',
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/Error',
          },
          '401': {
            $ref: '#/components/responses/Error',
          },
          '403': {
            $ref: '#/components/responses/Error',
          },
          '404': {
            $ref: '#/components/responses/Error',
          },
          '409': {
            $ref: '#/components/responses/Error',
          },
          '503': {
            $ref: '#/components/responses/Error',
          },
        },
      },
    },
    '/entities/{kind}/{namespace}/{name}/evidence/refresh': {
      post: {
        operationId: 'RefreshEvidence',
        description:
          'Runs the evidence providers for the entity now and rescores it when its automatic answers changed. Reading an entity never does this; the evidence task does it on its schedule. Needs the same permission as writing an answer, and is audited.',
        parameters: [
          {
            $ref: '#/components/parameters/kind',
          },
          {
            $ref: '#/components/parameters/namespace',
          },
          {
            $ref: '#/components/parameters/name',
          },
        ],
        responses: {
          '200': {
            description: "The entity's readiness after the run.",
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  required: ['result', 'changed'],
                  properties: {
                    result: {
                      $ref: '#/components/schemas/EntityReadiness',
                    },
                    changed: {
                      type: 'boolean',
                      description: 'Whether the automatic answers changed.',
                    },
                  },
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/Error',
          },
          '401': {
            $ref: '#/components/responses/Error',
          },
          '403': {
            $ref: '#/components/responses/Error',
          },
          '404': {
            $ref: '#/components/responses/Error',
          },
          '503': {
            $ref: '#/components/responses/Error',
          },
        },
      },
    },
    '/entities/{kind}/{namespace}/{name}/history': {
      get: {
        operationId: 'GetAnswerHistory',
        description: "Every change to the entity's answers, newest first.",
        parameters: [
          {
            $ref: '#/components/parameters/kind',
          },
          {
            $ref: '#/components/parameters/namespace',
          },
          {
            $ref: '#/components/parameters/name',
          },
          {
            name: 'questionId',
            in: 'query',
            schema: {
              type: 'string',
            },
          },
          {
            name: 'limit',
            in: 'query',
            schema: {
              type: 'integer',
              minimum: 1,
              maximum: 1000,
            },
          },
          {
            name: 'beforeId',
            in: 'query',
            description:
              'Return entries older than this id (the last id of the previous page).',
            schema: {
              type: 'integer',
              minimum: 1,
              maximum: 9007199254740991,
            },
          },
        ],
        responses: {
          '200': {
            description: 'Ok',
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  required: ['items'],
                  properties: {
                    items: {
                      type: 'array',
                      items: {
                        $ref: '#/components/schemas/HistoryEntry',
                      },
                    },
                  },
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/Error',
          },
          '401': {
            $ref: '#/components/responses/Error',
          },
          '404': {
            $ref: '#/components/responses/Error',
          },
          '503': {
            $ref: '#/components/responses/Error',
          },
        },
      },
    },
    '/entities/{kind}/{namespace}/{name}/trend': {
      get: {
        operationId: 'GetEntityTrend',
        description:
          "The entity's own score per day, from the daily snapshots, oldest first.",
        parameters: [
          {
            $ref: '#/components/parameters/kind',
          },
          {
            $ref: '#/components/parameters/namespace',
          },
          {
            $ref: '#/components/parameters/name',
          },
          {
            name: 'days',
            in: 'query',
            schema: {
              type: 'integer',
              minimum: 1,
              maximum: 3660,
            },
          },
        ],
        responses: {
          '200': {
            description: 'Ok',
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  required: ['from', 'points'],
                  properties: {
                    from: {
                      type: 'string',
                    },
                    points: {
                      type: 'array',
                      items: {
                        $ref: '#/components/schemas/EntityTrendPoint',
                      },
                    },
                  },
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/Error',
          },
          '401': {
            $ref: '#/components/responses/Error',
          },
          '404': {
            $ref: '#/components/responses/Error',
          },
          '503': {
            $ref: '#/components/responses/Error',
          },
        },
      },
    },
    '/report': {
      get: {
        operationId: 'GetReport',
        description:
          'The org-wide review of the entities in scope: coverage by assessment state, totals and level distribution, figures per group, average section scores per group, and how each question is answered. Computed in SQL.',
        parameters: [
          {
            name: 'groupBy',
            in: 'query',
            schema: {
              $ref: '#/components/schemas/ReviewGroupBy',
            },
          },
          {
            name: 'population',
            in: 'query',
            description:
              'Compute scores, levels, sections and questions over every entity in scope (all, the default) or over those people assessed.',
            schema: {
              $ref: '#/components/schemas/ReviewPopulation',
            },
          },
          {
            $ref: '#/components/parameters/owner',
          },
          {
            $ref: '#/components/parameters/system',
          },
          {
            $ref: '#/components/parameters/domain',
          },
          {
            $ref: '#/components/parameters/entityKind',
          },
          {
            $ref: '#/components/parameters/type',
          },
          {
            $ref: '#/components/parameters/lifecycle',
          },
        ],
        responses: {
          '200': {
            description: 'Ok',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/ReadinessReport',
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/Error',
          },
          '401': {
            $ref: '#/components/responses/Error',
          },
          '403': {
            $ref: '#/components/responses/Error',
          },
          '503': {
            $ref: '#/components/responses/Error',
          },
        },
      },
    },
    '/report/trends': {
      get: {
        operationId: 'GetTrends',
        description:
          'Daily figures from the snapshots, overall (groupBy all) or per group.',
        parameters: [
          {
            name: 'groupBy',
            in: 'query',
            schema: {
              type: 'string',
              enum: [
                'all',
                'owner',
                'system',
                'domain',
                'kind',
                'type',
                'lifecycle',
              ],
            },
          },
          {
            name: 'days',
            in: 'query',
            description:
              'How many days back, up to the snapshot retention. Defaults to 90.',
            schema: {
              type: 'integer',
              minimum: 1,
              maximum: 3660,
            },
          },
          {
            $ref: '#/components/parameters/owner',
          },
          {
            $ref: '#/components/parameters/system',
          },
          {
            $ref: '#/components/parameters/domain',
          },
          {
            $ref: '#/components/parameters/entityKind',
          },
          {
            $ref: '#/components/parameters/type',
          },
          {
            $ref: '#/components/parameters/lifecycle',
          },
        ],
        responses: {
          '200': {
            description: 'Ok',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/ReadinessTrends',
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/Error',
          },
          '401': {
            $ref: '#/components/responses/Error',
          },
          '403': {
            $ref: '#/components/responses/Error',
          },
          '503': {
            $ref: '#/components/responses/Error',
          },
        },
      },
    },
    '/scores': {
      get: {
        operationId: 'QueryScores',
        description:
          'Stored scores, filtered and paginated by entity ref. Entities without answers have no score.',
        parameters: [
          {
            name: 'entityRef',
            in: 'query',
            allowReserved: true,
            schema: {
              type: 'array',
              items: {
                type: 'string',
              },
              maxItems: 200,
            },
            style: 'form',
            explode: true,
          },
          {
            name: 'kind',
            in: 'query',
            schema: {
              type: 'array',
              items: {
                type: 'string',
              },
            },
            style: 'form',
            explode: true,
          },
          {
            name: 'level',
            in: 'query',
            description:
              'Level ids; `none` selects entities below the first level.',
            schema: {
              type: 'array',
              items: {
                type: 'string',
              },
            },
            style: 'form',
            explode: true,
          },
          {
            name: 'minScore',
            in: 'query',
            schema: {
              type: 'number',
              minimum: 0,
              maximum: 100,
            },
          },
          {
            name: 'maxScore',
            in: 'query',
            schema: {
              type: 'number',
              minimum: 0,
              maximum: 100,
            },
          },
          {
            $ref: '#/components/parameters/owner',
          },
          {
            $ref: '#/components/parameters/system',
          },
          {
            $ref: '#/components/parameters/domain',
          },
          {
            $ref: '#/components/parameters/type',
          },
          {
            $ref: '#/components/parameters/lifecycle',
          },
          {
            name: 'scoredSince',
            in: 'query',
            description:
              'Only scores computed at or after this time (ISO 8601), for incremental sync.',
            schema: {
              type: 'string',
            },
          },
          {
            name: 'limit',
            in: 'query',
            schema: {
              type: 'integer',
              minimum: 1,
              maximum: 20000,
            },
          },
          {
            name: 'cursor',
            in: 'query',
            description:
              'The nextCursor of the previous page, as it was returned.',
            schema: {
              type: 'string',
              maxLength: 1000,
            },
          },
          {
            name: 'fields',
            in: 'query',
            description:
              'Only these properties of each score (entityRef is always there), for bulk readers: a sync of levels needs a fifth of the full response.',
            schema: {
              type: 'array',
              items: {
                $ref: '#/components/schemas/ScoreField',
              },
              maxItems: 19,
            },
            style: 'form',
            explode: true,
          },
        ],
        responses: {
          '200': {
            description: 'Ok',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/ScorePage',
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/Error',
          },
          '401': {
            $ref: '#/components/responses/Error',
          },
          '503': {
            $ref: '#/components/responses/Error',
          },
        },
      },
    },
    '/report/evidence-problems': {
      get: {
        operationId: 'ListEvidenceProblems',
        description:
          'Entities whose automatic evidence could not be checked at the last run (a repository that could not be read, say), longest failing first, at most 100 with the total, over the entities the caller may read. Their earlier automatic answers are kept. Needs readiness.report.read.',
        parameters: [
          {
            $ref: '#/components/parameters/owner',
          },
          {
            $ref: '#/components/parameters/system',
          },
          {
            $ref: '#/components/parameters/domain',
          },
          {
            $ref: '#/components/parameters/entityKind',
          },
          {
            $ref: '#/components/parameters/type',
          },
          {
            $ref: '#/components/parameters/lifecycle',
          },
        ],
        responses: {
          '200': {
            description: 'Ok',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/ReviewEvidenceProblems',
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/Error',
          },
          '401': {
            $ref: '#/components/responses/Error',
          },
          '403': {
            $ref: '#/components/responses/Error',
          },
          '503': {
            $ref: '#/components/responses/Error',
          },
        },
      },
    },
    '/report/exemptions': {
      get: {
        operationId: 'ListExemptions',
        description:
          'Exemptions waiting for approval (oldest first) and N/As expiring within 30 days (soonest first), at most 100 of each with their totals, over the entities the caller may read. Needs readiness.report.read.',
        parameters: [
          {
            $ref: '#/components/parameters/owner',
          },
          {
            $ref: '#/components/parameters/system',
          },
          {
            $ref: '#/components/parameters/domain',
          },
          {
            $ref: '#/components/parameters/entityKind',
          },
          {
            $ref: '#/components/parameters/type',
          },
          {
            $ref: '#/components/parameters/lifecycle',
          },
        ],
        responses: {
          '200': {
            description: 'Ok',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/ReviewExemptions',
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/Error',
          },
          '401': {
            $ref: '#/components/responses/Error',
          },
          '403': {
            $ref: '#/components/responses/Error',
          },
          '503': {
            $ref: '#/components/responses/Error',
          },
        },
      },
    },
    '/subjects/removed': {
      get: {
        operationId: 'ListRemovedSubjects',
        description:
          "Entities that left the catalog (or every checklist's scope), most recently removed first. Their answers and history are kept, and they come back with them if the entity returns. Needs readiness.admin.",
        parameters: [
          {
            name: 'limit',
            in: 'query',
            schema: {
              type: 'integer',
              minimum: 1,
              maximum: 1000,
            },
          },
        ],
        responses: {
          '200': {
            description: 'Ok',
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  required: ['items'],
                  properties: {
                    items: {
                      type: 'array',
                      items: {
                        type: 'object',
                        required: [
                          'entityRef',
                          'kind',
                          'answered',
                          'removedAt',
                        ],
                        properties: {
                          entityRef: {
                            type: 'string',
                          },
                          kind: {
                            type: 'string',
                          },
                          title: {
                            type: 'string',
                          },
                          owner: {
                            type: 'string',
                          },
                          answered: {
                            type: 'integer',
                          },
                          removedAt: {
                            type: 'string',
                          },
                        },
                      },
                    },
                  },
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/Error',
          },
          '401': {
            $ref: '#/components/responses/Error',
          },
          '403': {
            $ref: '#/components/responses/Error',
          },
          '503': {
            $ref: '#/components/responses/Error',
          },
        },
      },
    },
    '/scores/query': {
      post: {
        operationId: 'QueryScoresByBody',
        description:
          'The same as GET /scores, for entity ref lists too long for a URL.',
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                type: 'object',
                additionalProperties: false,
                properties: {
                  entityRefs: {
                    type: 'array',
                    items: {
                      type: 'string',
                    },
                    maxItems: 20000,
                  },
                  kinds: {
                    type: 'array',
                    items: {
                      type: 'string',
                    },
                  },
                  owners: {
                    type: 'array',
                    items: {
                      type: 'string',
                    },
                  },
                  systems: {
                    type: 'array',
                    items: {
                      type: 'string',
                    },
                  },
                  domains: {
                    type: 'array',
                    items: {
                      type: 'string',
                    },
                  },
                  types: {
                    type: 'array',
                    items: {
                      type: 'string',
                    },
                  },
                  lifecycles: {
                    type: 'array',
                    items: {
                      type: 'string',
                    },
                  },
                  levels: {
                    type: 'array',
                    items: {
                      type: 'string',
                    },
                  },
                  minScore: {
                    type: 'number',
                    minimum: 0,
                    maximum: 100,
                  },
                  maxScore: {
                    type: 'number',
                    minimum: 0,
                    maximum: 100,
                  },
                  scoredSince: {
                    type: 'string',
                  },
                  limit: {
                    type: 'integer',
                    minimum: 1,
                    maximum: 20000,
                  },
                  cursor: {
                    type: 'string',
                  },
                  fields: {
                    type: 'array',
                    items: {
                      $ref: '#/components/schemas/ScoreField',
                    },
                    maxItems: 19,
                  },
                },
              },
            },
          },
        },
        responses: {
          '200': {
            description: 'Ok',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/ScorePage',
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/Error',
          },
          '401': {
            $ref: '#/components/responses/Error',
          },
          '503': {
            $ref: '#/components/responses/Error',
          },
        },
      },
    },
    '/campaigns': {
      get: {
        operationId: 'ListCampaigns',
        description:
          "Every campaign (configured ones first) with today's progress over the entities the caller may read. Needs readiness.report.read.",
        responses: {
          '200': {
            description: 'Ok',
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  required: ['items', 'canManage'],
                  properties: {
                    items: {
                      type: 'array',
                      items: {
                        $ref: '#/components/schemas/CampaignSummary',
                      },
                    },
                    canManage: {
                      type: 'boolean',
                      description:
                        'Whether the caller may create and change campaigns.',
                    },
                  },
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/Error',
          },
          '401': {
            $ref: '#/components/responses/Error',
          },
          '403': {
            $ref: '#/components/responses/Error',
          },
          '503': {
            $ref: '#/components/responses/Error',
          },
        },
      },
      post: {
        operationId: 'CreateCampaign',
        description:
          'Creates a campaign. Needs readiness.campaign.manage; audited.',
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                $ref: '#/components/schemas/CampaignInput',
              },
            },
          },
        },
        responses: {
          '201': {
            description: 'The stored campaign.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/Campaign',
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/Error',
          },
          '401': {
            $ref: '#/components/responses/Error',
          },
          '403': {
            $ref: '#/components/responses/Error',
          },
          '503': {
            $ref: '#/components/responses/Error',
          },
        },
      },
    },
    '/campaigns/{campaignId}': {
      get: {
        operationId: 'GetCampaign',
        description:
          "One campaign: today's progress, per team, one page of its entities (not done first) and done entities per day since its start. Needs readiness.report.read.",
        parameters: [
          {
            name: 'campaignId',
            in: 'path',
            required: true,
            schema: {
              type: 'string',
              minLength: 1,
              maxLength: 63,
            },
          },
          {
            name: 'owner',
            in: 'query',
            allowReserved: true,
            description: 'Only the entities of this owner.',
            schema: {
              type: 'string',
              maxLength: 255,
            },
          },
          {
            name: 'state',
            in: 'query',
            schema: {
              $ref: '#/components/schemas/CampaignEntityState',
            },
          },
          {
            name: 'limit',
            in: 'query',
            schema: {
              type: 'integer',
              minimum: 1,
              maximum: 500,
            },
          },
          {
            name: 'offset',
            in: 'query',
            schema: {
              type: 'integer',
              minimum: 0,
              maximum: 1000000,
            },
          },
        ],
        responses: {
          '200': {
            description: 'Ok',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/CampaignDetail',
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/Error',
          },
          '401': {
            $ref: '#/components/responses/Error',
          },
          '403': {
            $ref: '#/components/responses/Error',
          },
          '404': {
            $ref: '#/components/responses/Error',
          },
          '503': {
            $ref: '#/components/responses/Error',
          },
        },
      },
      put: {
        operationId: 'UpdateCampaign',
        description:
          'Changes a campaign created through the API (configured ones change in app-config). Send the version that was read. Needs readiness.campaign.manage; audited.',
        parameters: [
          {
            name: 'campaignId',
            in: 'path',
            required: true,
            schema: {
              type: 'string',
              minLength: 1,
              maxLength: 63,
            },
          },
          {
            name: 'expectedVersion',
            in: 'query',
            required: true,
            schema: {
              type: 'integer',
              minimum: 1,
              maximum: 2147483647,
            },
          },
        ],
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                $ref: '#/components/schemas/CampaignInput',
              },
            },
          },
        },
        responses: {
          '200': {
            description: 'The changed campaign.',
            content: {
              'application/json': {
                schema: {
                  $ref: '#/components/schemas/Campaign',
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/Error',
          },
          '401': {
            $ref: '#/components/responses/Error',
          },
          '403': {
            $ref: '#/components/responses/Error',
          },
          '404': {
            $ref: '#/components/responses/Error',
          },
          '409': {
            $ref: '#/components/responses/Error',
          },
          '503': {
            $ref: '#/components/responses/Error',
          },
        },
      },
    },
    '/campaigns/{campaignId}/history': {
      get: {
        operationId: 'GetCampaignHistory',
        description:
          'Every version of a stored campaign, newest first, with who wrote it.',
        parameters: [
          {
            name: 'campaignId',
            in: 'path',
            required: true,
            schema: {
              type: 'string',
              minLength: 1,
              maxLength: 63,
            },
          },
        ],
        responses: {
          '200': {
            description: 'Ok',
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  required: ['items'],
                  properties: {
                    items: {
                      type: 'array',
                      items: {
                        $ref: '#/components/schemas/CampaignHistoryEntry',
                      },
                    },
                  },
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/Error',
          },
          '401': {
            $ref: '#/components/responses/Error',
          },
          '403': {
            $ref: '#/components/responses/Error',
          },
          '404': {
            $ref: '#/components/responses/Error',
          },
          '503': {
            $ref: '#/components/responses/Error',
          },
        },
      },
    },
    '/entities/{kind}/{namespace}/{name}/campaigns': {
      get: {
        operationId: 'GetEntityCampaigns',
        description:
          'The campaigns that concern the entity, and where it stands in each.',
        parameters: [
          {
            $ref: '#/components/parameters/kind',
          },
          {
            $ref: '#/components/parameters/namespace',
          },
          {
            $ref: '#/components/parameters/name',
          },
        ],
        responses: {
          '200': {
            description: 'Ok',
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  required: ['items'],
                  properties: {
                    items: {
                      type: 'array',
                      items: {
                        $ref: '#/components/schemas/EntityCampaign',
                      },
                    },
                  },
                },
              },
            },
          },
          '400': {
            $ref: '#/components/responses/Error',
          },
          '401': {
            $ref: '#/components/responses/Error',
          },
          '404': {
            $ref: '#/components/responses/Error',
          },
          '503': {
            $ref: '#/components/responses/Error',
          },
        },
      },
    },
  },
} as const;
