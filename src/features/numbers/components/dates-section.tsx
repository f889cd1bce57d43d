import { DateValue } from '../../../components/date-value.tsx';
import { FieldList } from '../../../components/field-list.tsx';
import { SectionCard } from '../../../components/section-card.tsx';
import type { OcNumber } from '../schema.ts';

export function DatesSection({ number }: { number: OcNumber }) {
  return (
    <SectionCard title="Dates">
      <FieldList
        fields={[
          {
            label: 'Created in Live Platform',
            value: number.whenCreated,
            display: <DateValue value={number.whenCreated} />,
          },
          {
            label: 'Uploaded to the customer tenant',
            value: number.acquiredOn,
            display: <DateValue value={number.acquiredOn} />,
          },
        ]}
      />
    </SectionCard>
  );
}
