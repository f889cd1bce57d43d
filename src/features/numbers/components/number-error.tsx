import { Code, List, ScrollArea, Stack, Text } from '@mantine/core';
import { ErrorPanel } from '../../../components/error-panel.tsx';
import { isApiError, type ApiError } from '../../../lib/api-error.ts';
import { formatNumber } from '../phone.ts';

type NumberErrorProps = {
  e164: string;
  error: unknown;
  onRetry: () => void;
  retrying: boolean;
};

/** What went wrong with a lookup, in words that say what to do next. */
export function NumberError({ e164, error, onRetry, retrying }: NumberErrorProps) {
  const number = formatNumber(e164);
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
  switch (error.kind) {
    case 'not-found':
      return (
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
      );
    case 'unauthorized':
      return (
        <ErrorPanel title="Not signed in to Live Platform" color="orange" references={references}>
          <Text size="sm">
            Live Platform did not accept this app&apos;s credentials (HTTP 401). Ask the
            administrator of OC Lookup to check its Live Platform app registration and client
            secret.
          </Text>
        </ErrorPanel>
      );
    case 'forbidden':
      return (
        <ErrorPanel title="No access to this number" color="orange" references={references}>
          <Text size="sm">
            Live Platform refused access (HTTP 403)
            {error.details.detail ? `: ${error.details.detail}` : '.'} The app registration needs
            read access to Operator Connect numbers of this channel.
          </Text>
        </ErrorPanel>
      );
    case 'rate-limited':
      return (
        <ErrorPanel
          title="Live Platform is busy"
          color="orange"
          references={references}
          onRetry={onRetry}
          retrying={retrying}
        >
          <Text size="sm">
            Too many lookups in a short time (HTTP 429). Retried and still limited; wait a moment,
            then retry.
          </Text>
        </ErrorPanel>
      );
    case 'invalid-response':
      return <InvalidResponse error={error} />;
    case 'bad-request':
      return (
        <ErrorPanel title="The lookup was refused" references={references}>
          <Text size="sm">
            The server refused the request (HTTP {error.details.status})
            {error.details.detail ? `: ${error.details.detail}` : '.'}
          </Text>
        </ErrorPanel>
      );
    default:
      return (
        <ErrorPanel
          title={transientTitle(error)}
          references={references}
          onRetry={onRetry}
          retrying={retrying}
        >
          <Text size="sm">{transientMessage(error)}</Text>
        </ErrorPanel>
      );
  }
}

function transientTitle(error: ApiError): string {
  if (error.kind === 'timeout') return 'Live Platform did not answer in time';
  if (error.kind === 'network') return 'Cannot reach the server';
  return `Live Platform failed (HTTP ${error.details.status ?? 'error'})`;
}

function transientMessage(error: ApiError): string {
  if (error.kind === 'timeout')
    return `${error.message.replace(/\.$/, '')}, even after a retry. It may be slow right now: retry in a moment.`;
  if (error.kind === 'network')
    return 'The connection failed, even after retries. Check your network, then retry.';
  const said = error.details.detail ? ` It said: “${error.details.detail}”` : '';
  return `The lookup failed on Live Platform's side, even after retries.${said} Retry; if it keeps failing, give the trace id below to AudioCodes support.`;
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
