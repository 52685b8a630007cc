import { useIsPhone } from '../shared/useIsPhone';
import { InfoCard, Table, TableColumn } from '@backstage/core-components';
import {
  QuestionFigures,
  ReadinessReport,
  questionFailureShares,
} from '@readiness/plugin-readiness-common';
import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';

// The answers behind each question, counted in the table.
const ANSWER_COUNTS = [
  { key: 'no', name: 'No' },
  { key: 'stale', name: 'Needs review' },
  { key: 'partial', name: 'Partial' },
  { key: 'yes', name: 'Yes' },
  { key: 'na', name: 'N/A' },
] as const;

// Two bars per question, side by side and never added up: failing answers, and no answer.
const BARS = [
  {
    key: 'answeredFailing',
    name: 'Answered No, Partial or stale',
    color: '#e53935',
  },
  { key: 'unanswered', name: 'Unanswered', color: '#9e9e9e' },
] as const;

type Row = QuestionFigures & {
  id: string;
  answeredFailing: number;
  unansweredShare: number;
  section: string;
};

const percent = (share: number) => Math.round(share * 1000) / 10;

const shortText = (text: string, max: number) =>
  text.length > max ? `${text.slice(0, max - 1)}…` : text;

/**
 * The questions that fail most where they apply: a chart of the top ten, and all in a table.
 * Failing answers (No and stale, Partial half) rank them; questions nobody answered show as a
 * bar of their own, so "fails everywhere" and "nobody answered" read apart.
 */
export function FailingQuestions(props: { report: ReadinessReport }) {
  const { report } = props;
  const isPhone = useIsPhone();
  const sectionTitle = new Map(report.sections.map(s => [s.id, s.title]));
  const rows: Row[] = report.questions
    .map(q => {
      const shares = questionFailureShares(q);
      return {
        ...q,
        id: q.questionId,
        answeredFailing: percent(shares.answeredFailing),
        unansweredShare: percent(shares.unanswered),
        section: sectionTitle.get(q.sectionId) ?? q.sectionId,
      };
    })
    .sort(
      (a, b) =>
        b.answeredFailing - a.answeredFailing ||
        b.unansweredShare - a.unansweredShare,
    );
  const top = rows.slice(0, 10).map(q => ({
    question: shortText(q.text, isPhone ? 24 : 48),
    answeredFailing: q.answeredFailing,
    unanswered: q.unansweredShare,
  }));

  const columns: TableColumn<Row>[] = [
    {
      title: 'Question',
      field: 'text',
      highlight: true,
      width: '40%',
    },
    { title: 'Section', field: 'section' },
    {
      title: BARS[0].name,
      field: 'answeredFailing',
      type: 'numeric',
      defaultSort: 'desc',
      render: row => `${row.answeredFailing}%`,
    },
    {
      title: 'Unanswered',
      field: 'unansweredShare',
      type: 'numeric',
      render: row => `${row.unansweredShare}%`,
    },
    ...ANSWER_COUNTS.map(
      (c): TableColumn<Row> => ({
        title: c.name,
        field: c.key,
        type: 'numeric',
      }),
    ),
  ];

  return (
    <>
      <InfoCard
        title="Questions failing most"
        subheader="Share of the entities each question applies to: answered No or stale (Partial counts half), and not answered at all."
      >
        <div
          role="img"
          aria-label={`Questions failing most: ${rows
            .slice(0, 10)
            .map(
              q =>
                `${q.text} ${q.answeredFailing}% failing, ${q.unansweredShare}% unanswered`,
            )
            .join('; ')}`}
          style={{ width: '100%', height: 360 }}
        >
          <ResponsiveContainer>
            <BarChart
              data={top}
              layout="vertical"
              margin={{ top: 8, right: 16, left: 16, bottom: 0 }}
            >
              <CartesianGrid strokeDasharray="3 3" horizontal={false} />
              <XAxis
                type="number"
                domain={[0, 100]}
                ticks={[0, 25, 50, 75, 100]}
                allowDataOverflow
                unit="%"
              />
              <YAxis
                type="category"
                dataKey="question"
                width={isPhone ? 140 : 300}
              />
              <Tooltip />
              <Legend />
              {BARS.map(b => (
                <Bar
                  key={b.key}
                  dataKey={b.key}
                  name={b.name}
                  fill={b.color}
                  isAnimationActive={false}
                />
              ))}
            </BarChart>
          </ResponsiveContainer>
        </div>
      </InfoCard>
      <Table<Row>
        title="All questions"
        options={{
          // Draggable headers nest a button in the sort button (axe: nested-interactive).
          draggable: false,
          paging: true,
          pageSize: 10,
          search: true,
          padding: 'dense',
          emptyRowsWhenPaging: false,
        }}
        columns={columns}
        data={rows}
      />
    </>
  );
}
