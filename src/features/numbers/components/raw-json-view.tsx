import { Code } from '@mantine/core';
import { useMemo } from 'react';
import { VirtualWindow } from '../../../components/virtual-window.tsx';
import { formatCount } from '../../../lib/counts.ts';
import { prettyJsonRows } from '../../../lib/pretty-json.ts';

// Up to this size the re-indented body is laid out whole (quick, and the browser's find works);
// a bigger one is rendered a window of rows at a time.
const maxWholeBody = 100_000;

const lineHeight = 19;

const codeStyle = { whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' } as const;

/** The body exactly as received, re-indented for reading. */
export function RawJsonView({ body }: { body: string }) {
  const whole = body.length <= maxWholeBody;
  const rows = useMemo(
    () => prettyJsonRows(body, whole ? Number.POSITIVE_INFINITY : undefined),
    [body, whole],
  );
  if (whole) {
    return (
      <Code block style={{ ...codeStyle, maxHeight: 480, overflow: 'auto' }}>
        {rows.join('\n')}
      </Code>
    );
  }
  return (
    <VirtualWindow
      count={rows.length}
      // A row of up to 1,000 characters wraps to several lines of about 80.
      estimateSize={(index) => lineHeight * Math.max(1, Math.ceil((rows[index]?.length ?? 0) / 80))}
      label={`Raw JSON, ${formatCount(rows.length)} lines`}
    >
      {(view) => (
        <Code
          block
          style={{ ...codeStyle, padding: `${view.before + 8}px 10px ${view.after + 8}px` }}
        >
          {view.indices.map((index) => (
            <span key={index} data-index={index} ref={view.measure} style={{ display: 'block' }}>
              {rows[index]}
            </span>
          ))}
        </Code>
      )}
    </VirtualWindow>
  );
}
