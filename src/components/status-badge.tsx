import { Badge, Tooltip } from '@mantine/core';

type StatusBadgeProps = {
  /** Says what the badge is about for screen readers: "Lifecycle". */
  kind: string;
  label: string;
  color: string;
  description: string;
  known: boolean;
};

/** A labelled badge: the text carries the meaning, the colour only repeats it. */
export function StatusBadge({ kind, label, color, description, known }: StatusBadgeProps) {
  return (
    <Tooltip label={description} withArrow multiline maw={280}>
      <Badge
        color={color}
        variant="light"
        size="lg"
        radius="sm"
        tt="none"
        autoContrast
        tabIndex={0}
      >
        {kind}: {label}
        {known ? '' : ' (unknown value)'}
      </Badge>
    </Tooltip>
  );
}
