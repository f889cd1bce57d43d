import { Badge } from '@mantine/core';
import { LazyTooltip, useLazyTooltip } from './lazy-tooltip.tsx';
import { NewValueMark } from './new-value-mark.tsx';

type StatusBadgeProps = {
  /** Says what the badge is about for screen readers: "Lifecycle". */
  kind: string;
  label: string;
  color: string;
  description: string;
  known: boolean;
  /** How a value the app does not know is marked: "new" for enumerations. */
  unknownMark?: string;
};

/**
 * A labelled badge: the text carries the meaning, the colour only repeats it. Not a tab stop:
 * it does nothing, and its description is on hover for the curious (the page's text says what
 * matters), mounted when first pointed at. Long labels wrap instead of being cut at phone width.
 */
export function StatusBadge({
  kind,
  label,
  color,
  description,
  known,
  unknownMark = 'new',
}: StatusBadgeProps) {
  const tooltip = useLazyTooltip<HTMLDivElement>();
  return (
    <>
      <Badge
        {...tooltip.targetProps}
        color={color}
        variant="light"
        size="lg"
        radius="sm"
        tt="none"
        autoContrast
        maw="100%"
        styles={wrappingBadge}
      >
        {kind}: {label}
        {!known && <NewValueMark text={unknownMark} />}
      </Badge>
      <LazyTooltip {...tooltip.tooltipProps} label={description} withArrow multiline maw={280} />
    </>
  );
}

/** Badge styles that let a long label wrap onto a second line rather than end in "…". */
export const wrappingBadge = {
  root: { height: 'auto', minHeight: 'var(--badge-height)', paddingBlock: 3 },
  label: { whiteSpace: 'normal', overflow: 'visible', lineHeight: 1.35 },
} as const;
