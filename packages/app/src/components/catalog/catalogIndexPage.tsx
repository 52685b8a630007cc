import { CatalogIndexPage, CatalogTable } from '@backstage/plugin-catalog';
import {
  EntityKindPicker,
  EntityLifecyclePicker,
  EntityNamespacePicker,
  EntityOwnerPicker,
  EntityProcessingStatusPicker,
  EntityTagPicker,
  EntityTypePicker,
  UserListPicker,
} from '@backstage/plugin-catalog-react';
import {
  ReadinessPicker,
  createReadinessColumn,
} from '@readiness/plugin-readiness';

const LEFT_OUT = [
  'entity.metadata.description',
  'entity.spec.type',
  'entity.spec.lifecycle',
];

/**
 * The catalog with readiness where people look for it: the filter right below the kind, type
 * and owned/starred choice (not below Namespace), and the column right after the name.
 * Server-side pagination is on, as large catalogs run it; the readiness filter then narrows the
 * catalog's own query through the labels of the readiness catalog module.
 */
export const catalogIndexPage = (
  <CatalogIndexPage
    pagination={{ mode: 'offset', limit: 20 }}
    // Draggable headers nest a button in each sort button (axe: nested-interactive).
    tableOptions={{ draggable: false }}
    filters={
      <>
        <EntityKindPicker initialFilter="component" />
        <EntityTypePicker />
        <UserListPicker initialFilter="all" />
        <ReadinessPicker />
        <EntityOwnerPicker />
        <EntityLifecyclePicker />
        <EntityTagPicker />
        <EntityProcessingStatusPicker />
        <EntityNamespacePicker />
      </>
    }
    columns={context => {
      const columns = CatalogTable.defaultColumnsFunc(context)
        // What fits from 1,280 px with tags and actions: the sidebar filters by type and
        // lifecycle, and the entity page shows them and the description (the widest cells).
        .filter(column => !LEFT_OUT.includes(column.field ?? ''))
        .map(column =>
          column.field === 'resolved.entityRef'
            ? // Names wrap at spaces, never letter by letter.
              { ...column, cellStyle: { minWidth: 160 } }
            : column,
        );
      // After the first shown column (the name); a hidden title column comes before it.
      const name = columns.findIndex(column => !column.hidden) + 1;
      return [
        ...columns.slice(0, name),
        createReadinessColumn(),
        ...columns.slice(name),
      ];
    }}
  />
);
