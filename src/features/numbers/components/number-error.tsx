import { Code, List, ScrollArea, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { ErrorPanel } from '../../../components/error-panel.tsx';
import { SessionEndedPanel } from '../../../components/session-ended-panel.tsx';
import { isApiError, type ApiError, type ApiErrorKind } from '../../../lib/api-error.ts';
import { formatNumber } from '../phone.ts';

type NumberErrorProps = {
  e164: string;
  error: unknown;
  onRetry: () => void;
  retrying: boolean;
};

type PanelProps = Omit<NumberErrorProps, 'error'> & {
  error: ApiError;
  number: string;
  references: { label: string; value: string | undefined }[];
};

/** What went wrong with a lookup, in words that say what to do next. */
export function NumberError({ e164, error, onRetry, retrying }: NumberErrorProps) {
  if (!isApiError(error)) {
    return (
      <ErrorPanel title="Something went wrong" onRetry={onRetry} retrying={retrying}>
        <Text size="sm">
          The lookup failed unexpectedly. Try again; if it keeps failing, reload the page.
        </Text>
      </ErrorPanel>
    );
  }
  const references = [
    { label: 'Trace id', value: error.details.traceId },
    { label: 'Error ticket', value: error.details.errorTicket },
  ];
  return panels[error.kind]({
    e164,
    error,
    onRetry,
    retrying,
    number: formatNumber(e164),
    references,
  });
}

// One panel per kind; the type checker makes a new kind choose its words here.
const panels: Record<ApiErrorKind, (props: PanelProps) => ReactNode> = {
  'not-found': ({ number, references }) => (
    <ErrorPanel
      title={`No Operator Connect number ${number}`}
      color="yellow"
      references={references}
    >
      <Text size="sm">Live Platform has no Operator Connect number {number}. Next steps:</Text>
      <List size="sm" mt={4}>
        <List.Item>Check the digits and the country code in the search box above.</List.Item>
        <List.Item>The number may belong to another channel or service provider.</List.Item>
        <List.Item>If it was uploaded just now, try again in a minute.</List.Item>
      </List>
    </ErrorPanel>
  ),
  'session-expired': () => <SessionEndedPanel />,
  unauthorized: ({ references }) => (
    <ErrorPanel title="Not signed in to Live Platform" color="orange" references={references}>
      <Text size="sm">
        Live Platform did not accept this app&apos;s credentials (HTTP 401). Ask the administrator
        of OC Lookup to check its Live Platform app registration and client secret.
      </Text>
    </ErrorPanel>
  ),
  forbidden: ({ error, references }) => (
    <ErrorPanel title="No access to this number" color="orange" references={references}>
      <Text size="sm">
        Live Platform refused access (HTTP 403)
        {error.details.detail ? `: ${error.details.detail}` : '.'} The app registration needs read
        access to Operator Connect numbers of this channel.
      </Text>
    </ErrorPanel>
  ),
  'rate-limited': ({ references, onRetry, retrying }) => (
    <ErrorPanel
      title="Live Platform is busy"
      color="orange"
      references={references}
      onRetry={onRetry}
      retrying={retrying}
    >
      <Text size="sm">
        Too many lookups in a short time (HTTP 429). Retried and still limited; wait a moment, then
        retry.
      </Text>
    </ErrorPanel>
  ),
  'invalid-response': ({ error }) => <InvalidResponse error={error} />,
  'bad-request': ({ error, references }) => (
    <ErrorPanel title="The lookup was refused" references={references}>
      <Text size="sm">
        The server refused the request (HTTP {error.details.status})
        {error.details.detail ? `: ${error.details.detail}` : '.'}
      </Text>
    </ErrorPanel>
  ),
  upstream: (props) => (
    <TransientPanel
      {...props}
      title={`Live Platform failed (HTTP ${props.error.details.status ?? 'error'})`}
      message={`The lookup failed on Live Platform's side, even after retries.${said(props.error)} ${supportHint(props.error)}`}
    />
  ),
  timeout: (props) => (
    <TransientPanel
      {...props}
      title="Live Platform did not answer in time"
      message={`${props.error.message.replace(/\.$/, '')}, even after a retry. It may be slow right now: retry in a moment.`}
    />
  ),
  network: (props) => (
    <TransientPanel
      {...props}
      title="Cannot reach the server"
      message="The connection failed, even after retries. Check your network, then retry."
    />
  ),
};

function TransientPanel({
  title,
  message,
  references,
  onRetry,
  retrying,
}: PanelProps & { title: string; message: string }) {
  return (
    <ErrorPanel title={title} references={references} onRetry={onRetry} retrying={retrying}>
      <Text size="sm">{message}</Text>
    </ErrorPanel>
  );
}

const said = (error: ApiError) =>
  error.details.detail ? ` It said: “${error.details.detail}”` : '';

/** Points at the ids below only when there are some to give. */
function supportHint({ details: { traceId, errorTicket } }: ApiError): string {
  const ids = [traceId && 'the trace id', errorTicket && 'the error ticket'].filter(Boolean);
  if (ids.length === 0) {
    return 'Retry; if it keeps failing, tell AudioCodes support the number and the time it failed.';
  }
  return `Retry; if it keeps failing, give ${ids.join(' and ')} below to AudioCodes support.`;
}

function InvalidResponse({ error }: { error: ApiError }) {
  return (
    <ErrorPanel title="Live Platform sent an answer this app cannot read" references={[]}>
      <Stack gap="xs">
        <Text size="sm">
          The record does not have the expected shape, so it is not shown as if it were right.
          Report this with the details below.
        </Text>
        {error.details.issues && (
          <List size="sm">
            {error.details.issues.slice(0, 10).map((issue) => (
              <List.Item key={issue}>
                <Code>{issue}</Code>
              </List.Item>
            ))}
          </List>
        )}
        <Text size="sm" fw={500}>
          Body as received
        </Text>
        <ScrollArea.Autosize mah={240} type="auto">
          <Code block style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-all' }}>
            {error.details.rawBody?.slice(0, 20_000) || '(empty)'}
          </Code>
        </ScrollArea.Autosize>
      </Stack>
    </ErrorPanel>
  );
}
