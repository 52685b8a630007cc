import {
  EntityProvider,
  entityRouteRef,
} from '@backstage/plugin-catalog-react';
import {
  TestApiProvider,
  mockApis,
  renderInTestApp,
} from '@backstage/test-utils';
import { identityApiRef, storageApiRef } from '@backstage/core-plugin-api';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { readinessApiRef } from '../../api/ReadinessApi';
import { paymentsApi } from '../../__testUtils__/entities';
import {
  MockReadinessApi,
  responseError,
} from '../../testUtils/MockReadinessApi';
import { readinessApiMock } from '../../testUtils/readinessApiMock';
import { entityPresentation } from '../../__testUtils__/entityNames';
import { EntityReadinessContent } from './EntityReadinessContent';

const SIGNED_IN = 'user:default/test';

async function renderTab(
  api: MockReadinessApi,
  path = '/',
  storage = mockApis.storage(),
) {
  const rendered = await renderInTestApp(
    <TestApiProvider
      apis={[
        [readinessApiRef, api],
        [storageApiRef, storage],
        entityPresentation(),
        [identityApiRef, mockApis.identity({ userEntityRef: SIGNED_IN })],
      ]}
    >
      <EntityProvider entity={paymentsApi}>
        <EntityReadinessContent />
      </EntityProvider>
    </TestApiProvider>,
    {
      routeEntries: [path],
      mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef },
    },
  );
  await screen.findByRole('img', { name: /Readiness score/ });
  return rendered;
}

// Typing into MUI fields re-renders the whole checklist per key; give slow CI machines room.
jest.setTimeout(20_000);

/** Types by pasting, which is what a user does with a URL and keeps tests fast. */
async function enter(field: HTMLElement, text: string) {
  await userEvent.click(field);
  await userEvent.paste(text);
}

const answerGroup = (question: string) =>
  screen.getByRole('group', { name: `Answer to: ${question}` });

const answerButton = (question: string, label: string) =>
  within(answerGroup(question)).getByRole('button', { name: label });

describe('EntityReadinessContent', () => {
  it('shows the score, level and counts, and updates them when an answer is saved', async () => {
    const api = readinessApiMock();
    api.seed('ops.alerts', 'yes');
    api.seed('docs.runbook', 'yes');
    await renderTab(api);

    // 2 of 4 weight earned: 50%, which is Bronze (40); Silver needs the backups question.
    expect(
      screen.getByRole('img', { name: 'Readiness score 50%' }),
    ).toBeInTheDocument();
    expect(screen.getByTestId('readiness-counts')).toHaveTextContent(
      'Assessed · 2 of 3 answered by people · 0 automatic · 1 open',
    );
    // The same counts, by the same rule, on the open-items line and the section headers.
    expect(screen.getByTestId('readiness-open-count')).toHaveTextContent(
      '1 open item',
    );
    expect(
      screen.getByText(/^1 of 2 answered by people · 0 automatic · 1 open/),
    ).toBeInTheDocument();
    expect(screen.getByText('Bronze')).toBeInTheDocument();
    expect(
      screen.getByRole('list', { name: 'Required for Silver' }),
    ).toHaveTextContent('Are backups tested?');
    expect(
      screen.getByText('A restore was rehearsed this quarter.'),
    ).toBeInTheDocument();

    await userEvent.click(answerButton('Are backups tested?', 'Yes'));

    expect(
      await screen.findByRole('img', { name: 'Readiness score 100%' }),
    ).toBeInTheDocument();
    expect(screen.getByText('Gold')).toBeInTheDocument();
    expect(screen.getByText('Highest level reached.')).toBeInTheDocument();
    expect(screen.getByTestId('readiness-counts')).toHaveTextContent(
      'Assessed · 3 of 3 answered by people · 0 automatic · 0 open',
    );
    expect(answerButton('Are backups tested?', 'Yes')).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    expect(api.writes).toEqual([
      [
        {
          questionId: 'ops.backups',
          status: 'yes',
          note: undefined,
          links: [],
          expectedVersion: 0,
        },
      ],
    ]);
  });

  it('saves a note and evidence links with an answer', async () => {
    const api = readinessApiMock();
    await renderTab(api);

    await userEvent.click(
      screen.getByRole('button', {
        name: 'Add note or evidence for "Is there a runbook?"',
      }),
    );
    await userEvent.click(answerButton('Is there a runbook?', 'Partial'));
    await enter(screen.getByLabelText('Note'), 'Draft in the wiki');
    await enter(
      screen.getByLabelText('Evidence links (one per line)'),
      'not a link',
    );
    expect(
      screen.getByText(
        "The link 'not a link' must start with http:// or https://.",
      ),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Save answer' })).toBeDisabled();

    await userEvent.clear(
      screen.getByLabelText('Evidence links (one per line)'),
    );
    await enter(
      screen.getByLabelText('Evidence links (one per line)'),
      'https://wiki.example.com/runbook',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Save answer' }));

    expect(
      await screen.findByText('Note: Draft in the wiki'),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('link', { name: 'https://wiki.example.com/runbook' }),
    ).toHaveAttribute('href', 'https://wiki.example.com/runbook');
    expect(api.answers.get('docs.runbook')).toMatchObject({
      status: 'partial',
      note: 'Draft in the wiki',
      links: ['https://wiki.example.com/runbook'],
    });
  });

  it('does not save N/A without a reason', async () => {
    const api = readinessApiMock();
    await renderTab(api);

    await userEvent.click(answerButton('Do alerts page someone?', 'N/A'));

    const reason = screen.getByRole('textbox', {
      name: /Why does this not apply\?/,
    });
    expect(reason).toBeRequired();
    expect(
      screen.getByText(
        'N/A needs a reason: say why this question does not apply.',
      ),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Save answer' })).toBeDisabled();
    expect(api.writes).toHaveLength(0);

    await userEvent.type(reason, 'Batch');
    await userEvent.paste(' job, nobody to page');
    await userEvent.click(screen.getByRole('button', { name: 'Save answer' }));

    expect(
      await screen.findByText('Why N/A: Batch job, nobody to page'),
    ).toBeInTheDocument();
    expect(api.answers.get('ops.alerts')).toMatchObject({
      status: 'na',
      note: 'Batch job, nobody to page',
    });
    // N/A leaves the question out of the total: 0 of 3 weight earned.
    expect(screen.getByTestId('readiness-counts')).toHaveTextContent(
      '1 of 3 answered by people · 0 automatic · 2 open',
    );
  });

  it('saves an N/A that expires on a day, and says until when it counts', async () => {
    const api = readinessApiMock();
    await renderTab(api);

    await userEvent.click(answerButton('Do alerts page someone?', 'N/A'));
    await enter(
      screen.getByRole('textbox', { name: /Why does this not apply\?/ }),
      'Paging arrives with the new rota',
    );
    const expires = screen.getByLabelText(/Exemption expires on/);
    fireEvent.change(expires, { target: { value: '2020-01-31' } });
    expect(
      screen.getByText('Choose a day after today, or none.'),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Save answer' })).toBeDisabled();

    fireEvent.change(expires, { target: { value: '2099-06-30' } });
    await userEvent.click(screen.getByRole('button', { name: 'Save answer' }));

    expect(await screen.findByText('N/A until 2099-06-30')).toBeInTheDocument();
    expect(api.writes.at(-1)).toEqual([
      expect.objectContaining({
        questionId: 'ops.alerts',
        status: 'na',
        expiresAt: '2099-06-30T00:00:00.000Z',
      }),
    ]);
  });

  it('marks a stale answer and confirms it in one click', async () => {
    const api = readinessApiMock();
    api.seed('ops.backups', 'yes', { reviewedAt: '2026-01-10T09:00:00Z' });
    await renderTab(api);

    expect(screen.getByText('Needs review')).toBeInTheDocument();
    expect(screen.getByTestId('readiness-counts')).toHaveTextContent(
      '1 need review',
    );
    expect(
      screen.getByRole('img', { name: 'Readiness score 0%' }),
    ).toBeInTheDocument();

    await userEvent.click(
      screen.getByRole('button', {
        name: 'Still true: confirm the answer to "Are backups tested?"',
      }),
    );

    expect(
      await screen.findByRole('img', { name: 'Readiness score 50%' }),
    ).toBeInTheDocument();
    expect(screen.queryByText('Needs review')).not.toBeInTheDocument();
    expect(api.writes[0]).toEqual([
      expect.objectContaining({
        questionId: 'ops.backups',
        status: 'yes',
        expectedVersion: 1,
      }),
    ]);
  });

  it('scores a pending exemption as the answer it replaced, and says so', async () => {
    const api = readinessApiMock();
    api.seed('docs.runbook', 'yes');
    api.seed('ops.alerts', 'na', {
      note: 'Batch job, nobody to page',
      approval: 'pending',
      beforeRequest: {
        status: 'partial',
        reviewedAt: new Date().toISOString(),
      },
    });
    await renderTab(api);
    // Still Partial while pending: 1 + 0.5 of 4 weight.
    expect(
      screen.getByRole('img', { name: 'Readiness score 37.5%' }),
    ).toBeInTheDocument();
    expect(
      screen.getByText(
        /Until it is approved, the question scores as the answer before the request \(Partial\)\./,
      ),
    ).toBeInTheDocument();
  });

  it('gives a pending exemption no credit and lets an approver approve it', async () => {
    const api = readinessApiMock();
    api.access = { ...api.access, canApprove: true };
    api.seed('docs.runbook', 'yes');
    api.seed('ops.alerts', 'na', {
      note: 'Batch job, nobody to page',
      approval: 'pending',
    });
    await renderTab(api);
    // Pending: 1 of 4 weight; the chip and the details say why.
    expect(
      screen.getByRole('img', { name: 'Readiness score 25%' }),
    ).toBeInTheDocument();
    expect(screen.getByText('Exemption pending approval')).toBeInTheDocument();

    await userEvent.click(
      screen.getByRole('button', {
        name: 'Approve the exemption for "Do alerts page someone?"',
      }),
    );
    // Approved: the question leaves the total, 1 of 3.
    expect(
      await screen.findByRole('img', { name: 'Readiness score 33.3%' }),
    ).toBeInTheDocument();
    expect(api.decisions).toEqual([
      { questionId: 'ops.alerts', decision: 'approve' },
    ]);
    expect(
      screen.queryByRole('button', { name: /^Approve the exemption/ }),
    ).not.toBeInTheDocument();
  });

  it('records an approval in history as a decision, with the approver and their note', async () => {
    const api = readinessApiMock();
    api.access = { ...api.access, canApprove: true };
    api.seed('ops.alerts', 'na', {
      note: 'Batch job, nobody to page',
      approval: 'pending',
    });
    await renderTab(api);
    await enter(
      screen.getByRole('textbox', { name: 'Decision note (optional)' }),
      'Agreed with SRE',
    );
    await userEvent.click(
      screen.getByRole('button', {
        name: 'Approve the exemption for "Do alerts page someone?"',
      }),
    );
    await screen.findByText(/Exemption approved/);
    expect(api.decisions).toEqual([
      {
        questionId: 'ops.alerts',
        decision: 'approve',
        note: 'Agreed with SRE',
      },
    ]);

    await userEvent.click(
      screen.getByRole('button', {
        name: 'History of "Do alerts page someone?"',
      }),
    );
    const history = await screen.findByRole('list', {
      name: 'History of "Do alerts page someone?"',
    });
    await waitFor(() =>
      expect(within(history).getAllByRole('listitem')[0]).toHaveTextContent(
        /^Exemption approved by Alice Example · “Agreed with SRE”/,
      ),
    );
    expect(history).not.toHaveTextContent(/still holds/);
  });

  it('offers no decision on an exemption the viewer asked for', async () => {
    const api = readinessApiMock();
    api.access = { ...api.access, canApprove: true };
    api.seed('ops.alerts', 'na', {
      note: 'Batch job',
      approval: 'pending',
      answeredBy: SIGNED_IN,
    });
    await renderTab(api);
    expect(
      await screen.findByText(
        'You asked for it, so someone else with the approval permission decides.',
      ),
    ).toBeInTheDocument();
    expect(
      screen.queryByRole('button', { name: /^Approve the exemption/ }),
    ).not.toBeInTheDocument();
  });

  it('offers no approval to people who may not approve', async () => {
    const api = readinessApiMock();
    api.seed('ops.alerts', 'na', { note: 'Batch job', approval: 'pending' });
    await renderTab(api);
    expect(screen.getByText('Exemption pending approval')).toBeInTheDocument();
    expect(
      screen.queryByRole('button', { name: /^Approve the exemption/ }),
    ).not.toBeInTheDocument();
  });

  it('on a conflict, names who changed the answer and shows theirs beside what the user chose', async () => {
    const api = readinessApiMock();
    api.seed('ops.alerts', 'no');
    await renderTab(api);
    // Someone else answers after this page loaded.
    api.seed('ops.alerts', 'yes', {
      note: 'PagerDuty since May',
      answeredBy: 'user:default/alice',
    });

    await userEvent.click(answerButton('Do alerts page someone?', 'Partial'));

    const conflict = await screen.findByTestId('readiness-conflict');
    await waitFor(() =>
      expect(conflict).toHaveTextContent(
        /^Alice Example changed this answer at .* UTC, while you were working on it\.Saved now: Yes, “PagerDuty since May”\. Yours: Partial\./,
      ),
    );
    expect(answerButton('Do alerts page someone?', 'Partial')).toHaveAttribute(
      'aria-pressed',
      'true',
    );

    await userEvent.click(screen.getByRole('button', { name: 'Save answer' }));
    await waitFor(() =>
      expect(api.answers.get('ops.alerts')).toMatchObject({
        status: 'partial',
        version: 3,
      }),
    );
    expect(api.writes.map(w => w[0].expectedVersion)).toEqual([1, 2]);
  });

  it("on a conflict, loads their answer in place of the user's when asked", async () => {
    const api = readinessApiMock();
    api.seed('ops.alerts', 'no');
    await renderTab(api);
    api.seed('ops.alerts', 'yes', {
      note: 'PagerDuty since May',
      answeredBy: 'user:default/alice',
    });

    await userEvent.click(answerButton('Do alerts page someone?', 'Partial'));
    const conflict = await screen.findByTestId('readiness-conflict');
    await userEvent.click(
      await within(conflict).findByRole('button', {
        name: 'Load their answer',
      }),
    );
    await waitFor(() =>
      expect(answerButton('Do alerts page someone?', 'Yes')).toHaveAttribute(
        'aria-pressed',
        'true',
      ),
    );
    expect(screen.queryByTestId('readiness-conflict')).not.toBeInTheDocument();
    expect(
      screen.queryByRole('button', { name: 'Save answer' }),
    ).not.toBeInTheDocument();
    // Nothing more was written: theirs stands.
    expect(api.answers.get('ops.alerts')).toMatchObject({
      status: 'yes',
      version: 2,
    });
    expect(api.writes).toHaveLength(1);
    // The reload asked for the access the page read first, not for a new decision.
    expect(api.reads).toEqual([{ reuseAccess: false }, { reuseAccess: true }]);

    // The other way: keep mine saves it over theirs.
    api.seed('ops.alerts', 'no', { answeredBy: 'user:default/alice' });
    await userEvent.click(answerButton('Do alerts page someone?', 'Partial'));
    await userEvent.click(
      await within(await screen.findByTestId('readiness-conflict')).findByRole(
        'button',
        { name: 'Keep mine' },
      ),
    );
    await waitFor(() =>
      expect(api.answers.get('ops.alerts')).toMatchObject({
        status: 'partial',
        version: 4,
      }),
    );
  });

  it('says so when the conflicting change was the user, in another tab', async () => {
    const api = readinessApiMock();
    api.seed('ops.alerts', 'no');
    await renderTab(api);
    // The signed-in user of the test app answers in another tab.
    api.seed('ops.alerts', 'yes', { answeredBy: SIGNED_IN });

    await userEvent.click(answerButton('Do alerts page someone?', 'Partial'));

    const conflict = await screen.findByTestId('readiness-conflict');
    await waitFor(() =>
      expect(conflict).toHaveTextContent(
        /^You changed this answer in another tab or window at/,
      ),
    );
  });

  it('shows server and network errors and keeps the input', async () => {
    const api = readinessApiMock();
    await renderTab(api);

    api.nextWriteError = new TypeError('Failed to fetch');
    await userEvent.click(answerButton('Is there a runbook?', 'Yes'));
    expect(
      await screen.findByText(
        /Your answer was not saved: Backstage could not be reached; check your connection and try again/,
      ),
    ).toBeInTheDocument();
    expect(answerButton('Is there a runbook?', 'Yes')).toHaveAttribute(
      'aria-pressed',
      'true',
    );

    api.nextWriteError = await responseError(
      500,
      'Error',
      'database is unavailable',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Save answer' }));
    expect(
      await screen.findByText(
        /Your answer was not saved: the readiness service could not do it just now \(database is unavailable\); try again shortly/,
      ),
    ).toBeInTheDocument();
    expect(api.answers.has('docs.runbook')).toBe(false);

    await userEvent.click(screen.getByRole('button', { name: 'Save answer' }));
    await waitFor(() =>
      expect(api.answers.get('docs.runbook')?.status).toBe('yes'),
    );
    expect(
      screen.queryByText(/Your answer was not saved/),
    ).not.toBeInTheDocument();
  });

  it('shows a loading error with the reason', async () => {
    const api = readinessApiMock();
    api.getEntityReadiness = async () => {
      throw await responseError(
        503,
        'ServiceUnavailableError',
        'catalog is down',
      );
    };
    await renderInTestApp(
      <TestApiProvider apis={[[readinessApiRef, api]]}>
        <EntityProvider entity={paymentsApi}>
          <EntityReadinessContent />
        </EntityProvider>
      </TestApiProvider>,
    );
    expect(
      await screen.findByText(/Could not load readiness/),
    ).toBeInTheDocument();
    expect(screen.getAllByText(/catalog is down/).length).toBeGreaterThan(0);
  });

  it('is read-only, naming the owner, when the backend says the user may not edit', async () => {
    const api = readinessApiMock();
    api.access = { canEdit: false, owners: ['group:default/payments'] };
    api.seed('ops.backups', 'yes', { reviewedAt: '2026-01-10T09:00:00Z' });
    await renderTab(api);

    // The owner by name, linked to its page; never the ref.
    const notice = screen.getByText(
      /You can read this checklist but not change it/,
    );
    expect(
      await within(notice).findByRole('link', { name: 'Payments Team' }),
    ).toHaveAttribute('href', '/catalog/default/group/payments');
    expect(notice).not.toHaveTextContent('group:default');
    for (const group of screen.getAllByRole('group', { name: /^Answer to:/ })) {
      for (const button of within(group).getAllByRole('button')) {
        expect(button).toBeDisabled();
      }
    }
    expect(
      screen.queryByRole('button', { name: /Add note or evidence/ }),
    ).not.toBeInTheDocument();
    expect(
      screen.queryByRole('button', { name: /still holds/ }),
    ).not.toBeInTheDocument();
    expect(
      screen.queryByRole('button', { name: 'Check automatic answers now' }),
    ).not.toBeInTheDocument();
  });

  it('checks the automatic answers only when asked, never by opening the tab', async () => {
    const api = readinessApiMock();
    await renderTab(api);
    expect(api.evidenceRefreshes).toBe(0);

    await userEvent.click(
      screen.getByRole('button', { name: 'Check automatic answers now' }),
    );
    expect(
      await screen.findByText('The automatic answers are unchanged.'),
    ).toBeInTheDocument();
    expect(api.evidenceRefreshes).toBe(1);
  });

  it('explains why no checklist applies', async () => {
    const api = readinessApiMock();
    api.checklist = null;
    await renderInTestApp(
      <TestApiProvider apis={[[readinessApiRef, api]]}>
        <EntityProvider entity={paymentsApi}>
          <EntityReadinessContent />
        </EntityProvider>
      </TestApiProvider>,
    );
    expect(
      await screen.findByText('No readiness checklist applies to this entity'),
    ).toBeInTheDocument();
    expect(
      screen.getByText(/entities of kind 'Component' and type 'library'/),
    ).toBeInTheDocument();
  });

  it('shows only open items when asked', async () => {
    const api = readinessApiMock();
    api.seed('docs.runbook', 'yes');
    api.seed('ops.alerts', 'partial');
    await renderTab(api);
    expect(screen.getByText('2 open items')).toBeInTheDocument();

    await userEvent.click(
      screen.getByRole('checkbox', { name: 'Show only open items' }),
    );

    expect(screen.queryByText('Is there a runbook?')).not.toBeInTheDocument();
    expect(screen.getByText('Do alerts page someone?')).toBeInTheDocument();
    expect(screen.getByText('Are backups tested?')).toBeInTheDocument();
    expect(
      screen.getByText('Nothing open in this section.'),
    ).toBeInTheDocument();
  });

  it('shows the history of an answer: who changed it, when, from what', async () => {
    const api = readinessApiMock();
    await renderTab(api);
    await userEvent.click(answerButton('Is there a runbook?', 'No'));
    await waitFor(() =>
      expect(api.answers.get('docs.runbook')?.version).toBe(1),
    );
    await userEvent.click(answerButton('Is there a runbook?', 'Yes'));
    await waitFor(() =>
      expect(api.answers.get('docs.runbook')?.version).toBe(2),
    );

    await userEvent.click(
      screen.getByRole('button', {
        name: 'History of "Is there a runbook?"',
      }),
    );
    const history = await screen.findByRole('list', {
      name: 'History of "Is there a runbook?"',
    });
    await waitFor(() =>
      expect(
        within(history)
          .getAllByRole('listitem')
          .map(item => item.textContent),
      ).toEqual([
        'Changed No → YesAlice Example · 2026-11-01 12:00 UTC · version 2',
        'Answered NoAlice Example · 2026-11-01 12:00 UTC · version 1',
      ]),
    );
  });

  it('shows automatic answers, which a person confirms, overrides and clears', async () => {
    const api = readinessApiMock();
    api.addEvidence(
      'ops.alerts',
      'yes',
      'Alerts reach people through pagerduty.',
    );
    await renderTab(api);

    expect(screen.getByText('Automatic: Catalog metadata')).toBeInTheDocument();
    expect(
      screen.getByText(/Answered automatically from Catalog metadata/),
    ).toBeInTheDocument();
    // 1 of 4 weight from the automatic Yes.
    expect(
      screen.getByRole('img', { name: 'Readiness score 25%' }),
    ).toBeInTheDocument();

    expect(screen.getByTestId('readiness-counts')).toHaveTextContent(
      /^Not assessed \(automatic only\)/,
    );

    await userEvent.click(answerButton('Do alerts page someone?', 'No'));
    await waitFor(() =>
      expect(api.answers.get('ops.alerts')).toMatchObject({
        status: 'no',
        version: 1,
      }),
    );
    // A person's answer makes it assessed, without a reload.
    await waitFor(() =>
      expect(screen.getByTestId('readiness-counts')).toHaveTextContent(
        /^Assessed/,
      ),
    );
    expect(api.writes[0][0].expectedVersion).toBe(0);
    expect(
      await screen.findByText(
        /Overrides the automatic answer Yes from Catalog metadata/,
      ),
    ).toBeInTheDocument();
    expect(
      await screen.findByRole('img', { name: 'Readiness score 0%' }),
    ).toBeInTheDocument();

    await userEvent.click(
      screen.getByRole('button', {
        name: 'Use the automatic answer for "Do alerts page someone?"',
      }),
    );
    expect(
      await screen.findByRole('img', { name: 'Readiness score 25%' }),
    ).toBeInTheDocument();
    expect(api.answers.has('ops.alerts')).toBe(false);
    expect(screen.getByText('Automatic: Catalog metadata')).toBeInTheDocument();

    await userEvent.click(
      screen.getByRole('button', {
        name: 'Confirm the automatic answer to "Do alerts page someone?"',
      }),
    );
    await waitFor(() =>
      expect(api.answers.get('ops.alerts')).toMatchObject({
        status: 'yes',
        note: 'Alerts reach people through pagerduty.',
      }),
    );
    // A confirmation reads as one, not as an override.
    expect(
      await screen.findByText(
        /the automatic answer from Catalog metadata agrees/,
      ),
    ).toHaveTextContent(/^Yes · confirmed by Alice Example/);
    expect(screen.queryByText(/Overrides/)).not.toBeInTheDocument();
    expect(
      screen.queryByRole('button', { name: /Use the automatic answer/ }),
    ).not.toBeInTheDocument();
  });

  it('can be answered with the keyboard alone', async () => {
    const api = readinessApiMock();
    await renderTab(api);
    const target = answerButton('Are backups tested?', 'Partial');

    for (let i = 0; i < 40 && document.activeElement !== target; i++) {
      await userEvent.tab();
    }
    expect(target).toHaveFocus();
    await userEvent.keyboard('{Enter}');

    await waitFor(() =>
      expect(api.answers.get('ops.backups')?.status).toBe('partial'),
    );
    expect(
      await screen.findByRole('img', { name: 'Readiness score 25%' }),
    ).toBeInTheDocument();
    // Focus stays on the button that was pressed, not on the page.
    expect(answerButton('Are backups tested?', 'Partial')).toHaveFocus();
  });

  it('jumps to the next open question, and opens at a linked question', async () => {
    const api = readinessApiMock();
    api.seed('ops.alerts', 'yes');
    await renderTab(api, '/?question=docs.runbook');
    // The link from the card focuses its question.
    await waitFor(() =>
      expect(
        screen.getByRole('heading', { name: 'Is there a runbook?' }),
      ).toHaveFocus(),
    );

    // From there the next open question wraps round to the first one still open.
    await userEvent.click(
      screen.getByRole('button', { name: 'Next open question' }),
    );
    await waitFor(() =>
      expect(
        screen.getByRole('heading', { name: 'Are backups tested?' }),
      ).toHaveFocus(),
    );
    // A Tab from there reaches the question's answers.
    await userEvent.tab();
    expect(answerButton('Are backups tested?', 'Yes')).toHaveFocus();
  });

  it('says since when automatic evidence could not be checked, and that earlier answers stand', async () => {
    const api = readinessApiMock();
    api.evidenceProblems = [
      {
        providerId: 'repository',
        providerTitle: 'Repository',
        attempted: 'read the repository',
        reason: '404 Not Found',
        since: '2026-12-01T08:30:00.000Z',
        lastAttemptAt: '2026-12-05T08:30:00.000Z',
      },
    ];
    await renderTab(api);
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Could not read the repository since 2026-12-01 08:30 UTC: 404 Not Found. The automatic answers from Repository are those of its last successful check.',
    );
  });

  it('opens a linked question inside a section that starts collapsed', async () => {
    const api = readinessApiMock();
    // Documentation has nothing open, so it starts collapsed.
    api.seed('docs.runbook', 'yes');
    await renderTab(api, '/?question=docs.runbook');
    await waitFor(() =>
      expect(
        screen.getByRole('heading', { name: 'Is there a runbook?' }),
      ).toHaveFocus(),
    );
    expect(
      screen.getByRole('button', { name: /Documentation/ }),
    ).toHaveAttribute('aria-expanded', 'true');
  });

  it('remembers "show only open items" across a reload, and still shows a linked question it hides', async () => {
    const storage = mockApis.storage();
    const api = readinessApiMock();
    api.seed('docs.runbook', 'yes');
    const first = await renderTab(api, '/', storage);
    await userEvent.click(
      screen.getByRole('checkbox', { name: 'Show only open items' }),
    );
    expect(screen.queryByText('Is there a runbook?')).not.toBeInTheDocument();
    first.unmount();

    await renderTab(api, '/?question=docs.runbook', storage);
    expect(
      screen.getByRole('checkbox', { name: 'Show only open items' }),
    ).toBeChecked();
    await waitFor(() =>
      expect(
        screen.getByRole('heading', { name: 'Is there a runbook?' }),
      ).toHaveFocus(),
    );
  });

  it('keeps a just-answered question in place under "only open items" until the user moves on', async () => {
    const api = readinessApiMock();
    await renderTab(api);
    await userEvent.click(
      screen.getByRole('checkbox', { name: 'Show only open items' }),
    );

    await userEvent.click(answerButton('Is there a runbook?', 'Yes'));
    await waitFor(() =>
      expect(api.answers.get('docs.runbook')?.status).toBe('yes'),
    );
    // Still there, so a note can be added.
    expect(
      screen.getByRole('button', {
        name: 'Add note or evidence for "Is there a runbook?"',
      }),
    ).toBeInTheDocument();

    // Working on another question lets it go.
    await userEvent.click(answerButton('Are backups tested?', 'Partial'));
    await waitFor(() =>
      expect(screen.queryByText('Is there a runbook?')).not.toBeInTheDocument(),
    );
  });

  it('shows a link the backend refuses at the links field, saying what to fix', async () => {
    const api = readinessApiMock();
    await renderTab(api);
    await userEvent.click(
      screen.getByRole('button', {
        name: 'Add note or evidence for "Is there a runbook?"',
      }),
    );
    await userEvent.click(answerButton('Is there a runbook?', 'Yes'));
    await enter(
      screen.getByLabelText('Evidence links (one per line)'),
      'https://wiki.example.com/runbook',
    );
    api.nextWriteError = await responseError(
      400,
      'InputError',
      'answer.links[0] "https://wiki.example.com/runbook" is not reachable from here',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Save answer' }));

    const links = screen.getByLabelText('Evidence links (one per line)');
    expect(
      await screen.findByText(
        'The link "https://wiki.example.com/runbook" is not reachable from here. Correct it and save again.',
      ),
    ).toBeInTheDocument();
    expect(links).toHaveAttribute('aria-invalid', 'true');
    expect(screen.queryByText(/answer\.links/)).not.toBeInTheDocument();
    expect(api.answers.has('docs.runbook')).toBe(false);
  });
});
