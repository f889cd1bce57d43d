import { Badge } from '@mantine/core';

/** An upstream value as a page shows it: a label, its colour, what it means, whether it is new. */
export type BadgeValue = { label: string; color: string; description: string; known: boolean };

type ValueBadgeProps = {
  value: BadgeValue | null;
  /** What the value is ("Lifecycle"): in the title, and in the text when `kindShown`. */
  kind: string;
  /** Where no column header says what it is (a phone's stacked cell): "Lifecycle: Active". */
  kindShown?: boolean;
};

/** A status as text first; the colour only repeats it. A new value says it is new. */
export function ValueBadge({ value, kind, kindShown = false }: ValueBadgeProps) {
  if (!value) return null;
  return (
    <Badge
      color={value.color}
      variant="light"
      radius="sm"
      tt="none"
      autoContrast
      maw="100%"
      title={`${kind}: ${value.description}`}
    >
      {kindShown && `${kind}: `}
      {value.label}
      {!value.known && ' (new)'}
    </Badge>
  );
}
