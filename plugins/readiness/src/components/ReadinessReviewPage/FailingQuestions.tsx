import { useIsPhone } from '../shared/useIsPhone';
import { InfoCard, Table, TableColumn } from '@backstage/core-components';
import {
  QuestionFigures,
  ReadinessReport,
  questionFailureRate,
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

const SHARES = [
  { key: 'no', name: 'No', color: '#e53935' },
  { key: 'unanswered', name: 'Unanswered', color: '#bdbdbd' },
  { key: 'stale', name: 'Needs review', color: '#8e24aa' },
  { key: 'partial', name: 'Partial', color: '#fb8c00' },
  { key: 'yes', name: 'Yes', color: '#43a047' },
  { key: 'na', name: 'N/A', color: '#90a4ae' },
] as const;

type Row = QuestionFigures & { id: string; failing: number; section: string };

const shortText = (text: string, max: number) =>
  text.length > max ? `${text.slice(0, max - 1)}…` : text;

/** The questions that fail most where they apply: a chart of the top ten, and all in a table. */
export function FailingQuestions(props: { report: ReadinessReport }) {
  const { report } = props;
  const isPhone = useIsPhone();
  const sectionTitle = new Map(report.sections.map(s => [s.id, s.title]));
  const rows: Row[] = report.questions
    .map(q => ({
      ...q,
      id: q.questionId,
      failing: Math.round(questionFailureRate(q) * 1000) / 10,
      section: sectionTitle.get(q.sectionId) ?? q.sectionId,
    }))
    .sort((a, b) => b.failing - a.failing);
  const top = rows.slice(0, 10).map(q => ({
    question: shortText(q.text, isPhone ? 24 : 48),
    ...Object.fromEntries(
      SHARES.map(s => [
        s.key,
        q.entities ? Math.round((q[s.key] / q.entities) * 1000) / 10 : 0,
      ]),
    ),
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
      title: 'Failing',
      field: 'failing',
      type: 'numeric',
      defaultSort: 'desc',
      render: row => `${row.failing}%`,
    },
    ...SHARES.map(
      (s): TableColumn<Row> => ({
        title: s.name,
        field: s.key,
        type: 'numeric',
      }),
    ),
  ];

  return (
    <>
      <InfoCard
        title="Questions failing most"
        subheader="Share of entities per answer, where the question applies; No, unanswered and stale count fully, Partial half."
      >
        <div
          role="img"
          aria-label={`Questions failing most: ${rows
            .slice(0, 10)
            .map(q => `${q.text} ${q.failing}%`)
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
              {SHARES.map(s => (
                <Bar
                  key={s.key}
                  dataKey={s.key}
                  name={s.name}
                  stackId="share"
                  fill={s.color}
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
