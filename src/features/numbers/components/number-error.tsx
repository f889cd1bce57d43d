import { Code, List, ScrollArea, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { ErrorPanel, errorReport } from '../../../components/error-panel.tsx';
import { SessionEndedPanel } from '../../../components/session-ended-panel.tsx';
import { isApiError, type ApiError, type ApiErrorKind } from '../../../lib/api-error.ts';
import { useMasker, type Masker } from '../../../lib/presentation/presentation-mode.tsx';
import { formatNumber } from '../phone.ts';

type NumberErrorProps = {
  e164: string;
  error: unknown;
  onRetry: () => void;
  retrying: boolean;
  /** When the lookup failed (ms since the epoch), for the copied details. */
  failedAt: number;
};

/** The words of one kind of failure; the panel around them is the same for all. */
type Words = {
  title: string;
  color?: string;
  whatHappened: ReactNode;
  whatToDo: ReactNode;
  more?: ReactNode;
};

// Who fixes what: Live Platform's own failures go to AudioCodes; this app's access and its
// reading of answers go to whoever runs OC Lookup.
const toAudioCodes = 'copy the error details and send them to AudioCodes support';
const toAdmins = 'copy the error details and send them to the team that runs OC Lookup';

/** What went wrong with a lookup: what happened, what to do, the details to copy, and Retry. */
export function NumberError({ e164, error, onRetry, retrying, failedAt }: NumberErrorProps) {
  // What upstream said and sent may hold ids and addresses: shown and copied masked when on.
  const masker = useMasker();
  if (isApiError(error) && error.kind === 'session-expired') return <SessionEndedPanel />;
  const number = formatNumber(e164);
  const words: Words = isApiError(error)
    ? panels[error.kind](error, number, masker)
    : {
        title: 'Something went wrong',
        whatHappened: 'The lookup failed unexpectedly, inside this app.',
        whatToDo: `Retry; if it keeps failing, reload the page, then ${toAdmins}.`,
      };
  const details = isApiError(error) ? error.details : {};
  const references = [
    { label: 'Trace id', value: details.traceId },
    { label: 'Error ticket', value: details.errorTicket },
  ];
  const report = masker.text(
    errorReport([
      ['OC Lookup', words.title],
      ['Number', e164],
      ['Page', window.location.href],
      ['Failed at', new Date(failedAt).toISOString()],
      ['Kind', isApiError(error) ? error.kind : 'unexpected'],
      ['HTTP status', details.status],
      ['Trace id', details.traceId],
      ['Error ticket', details.errorTicket],
      ['Said', details.detail],
      ['Message', error instanceof Error ? error.message : String(error)],
      ['Problems', details.issues?.slice(0, 20).join('; ')],
      ['Body as received', details.rawBody?.slice(0, 2000)],
    ]),
  );
  return (
    <ErrorPanel
      title={words.title}
      color={words.color}
      whatHappened={words.whatHappened}
      whatToDo={words.whatToDo}
      references={references}
      details={report}
      onRetry={onRetry}
      retrying={retrying}
    >
      {words.more}
    </ErrorPanel>
  );
}

const said = (error: ApiError, masker: Masker) =>
  error.details.detail ? ` It said: “${masker.text(error.details.detail)}”` : '';

const ids = ({ details: { traceId, errorTicket } }: ApiError) =>
  traceId || errorTicket ? ' (they include the ids below)' : '';

// One entry per kind; the type checker makes a new kind choose its words here. (An ended
// session is not a failure of the lookup: it has its own panel, above.)
const panels: Record<ApiErrorKind, (error: ApiError, number: string, masker: Masker) => Words> = {
  'not-found': (_error, number) => ({
    title: `No Operator Connect number ${number}`,
    color: 'yellow',
    whatHappened: `Live Platform has no Operator Connect number ${number}.`,
    whatToDo: (
      <>
        check the digits and the country code in the search box above.
        <List size="sm" mt={4}>
          <List.Item>The number may belong to another channel or service provider.</List.Item>
          <List.Item>If it was uploaded just now, retry in a minute.</List.Item>
        </List>
      </>
    ),
  }),
  'session-expired': () => ({
    title: 'Your session has ended',
    whatHappened: 'Your sign-in to OC Lookup has ended.',
    whatToDo: 'reload the page to sign in again.',
  }),
  unauthorized: () => ({
    title: 'Not signed in to Live Platform',
    color: 'orange',
    whatHappened:
      'Live Platform did not accept this app’s credentials (HTTP 401), so no number can be looked up.',
    whatToDo: `${toAdmins}: its Live Platform app registration or client secret needs checking. Retry once they say it is fixed.`,
  }),
  forbidden: (error, _number, masker) => ({
    title: 'No access to this number',
    color: 'orange',
    whatHappened: `Live Platform refused access (HTTP 403).${said(error, masker)}`,
    whatToDo: `${toAdmins}: the app registration needs read access to Operator Connect numbers of this channel. Retry once they say it is fixed.`,
  }),
  'rate-limited': () => ({
    title: 'Live Platform is busy',
    color: 'orange',
    whatHappened:
      'Too many lookups in a short time (HTTP 429): the app retried and was still limited.',
    whatToDo: 'wait a moment, then retry.',
  }),
  'invalid-response': (error, _number, masker) => ({
    title: 'Live Platform sent an answer this app cannot read',
    whatHappened:
      'The answer does not have the shape of a number record, so it is not shown as if it were right.',
    whatToDo: `retry (a one-off bad answer may pass); if it stays, ${toAdmins}: the app may need to learn this answer.`,
    more: <UnreadableAnswer error={error} masker={masker} />,
  }),
  'bad-request': (error, _number, masker) => ({
    title: 'The lookup was refused',
    whatHappened: `The server refused the request (HTTP ${error.details.status ?? 'error'}).${said(error, masker)}`,
    whatToDo: `check the number in the search box; if it is right, ${toAdmins}.`,
  }),
  upstream: (error, _number, masker) => ({
    title: `Live Platform failed (HTTP ${error.details.status ?? 'error'})`,
    whatHappened: `The lookup failed on Live Platform’s side, even after retries.${said(error, masker)}`,
    whatToDo: `retry in a minute; if it keeps failing, ${toAudioCodes}${ids(error)}.`,
  }),
  timeout: (error) => ({
    title: 'Live Platform did not answer in time',
    whatHappened: `${error.message.replace(/\.$/, '')}, even after a retry.`,
    whatToDo: `Live Platform may be slow right now: retry in a moment; if it keeps happening, ${toAudioCodes}.`,
  }),
  network: () => ({
    title: 'Cannot reach the server',
    whatHappened: 'The connection to OC Lookup’s server failed, even after retries.',
    whatToDo: `check your network connection, then retry; if other sites work, ${toAdmins}.`,
  }),
};

/** What was wrong with an unreadable answer, and the body as received. */
function UnreadableAnswer({ error, masker }: { error: ApiError; masker: Masker }) {
  return (
    <Stack gap="xs">
      {error.details.issues && (
        <List size="sm">
          {error.details.issues.slice(0, 10).map((issue) => (
            <List.Item key={issue}>
              <Code>{masker.text(issue)}</Code>
            </List.Item>
          ))}
        </List>
      )}
      <Text size="sm" fw={600}>
        Body as received
      </Text>
      <ScrollArea.Autosize mah={240} type="auto">
        <Code block style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-all' }}>
          {masker.text(error.details.rawBody?.slice(0, 20_000) ?? '') || '(empty)'}
        </Code>
      </ScrollArea.Autosize>
    </Stack>
  );
}
