import { useMemo } from 'react';
import type { MicrosoftCheck } from '../../../api/number-status.ts';
import { matchSbcs } from '../enrichment/sbc-match.ts';
import { useCallingProfile } from '../enrichment/use-enrichment.ts';
import type { OcNumber } from '../schema.ts';
import { diagnose } from './diagnose.ts';

/**
 * The diagnosis of the number from what is known now: the record, its calling profile once loaded
 * (the same shared query as the calling-profile part), and Microsoft's answer once checked.
 */
export function useDiagnosis(number: OcNumber, microsoft: MicrosoftCheck | undefined) {
  const { id, query, profile } = useCallingProfile(number);
  return useMemo(() => {
    const sbcMatch = profile ? matchSbcs(number.sbcList ?? [], profile) : undefined;
    const findings = diagnose({ number, profile, sbcMatch, microsoft, now: new Date() });
    const basis = [
      'the record',
      profile && 'its calling profile',
      microsoft && 'Microsoft’s answer',
    ]
      .filter(Boolean)
      .join(', ');
    const waiting = [
      id && query.isPending && 'The calling profile is still loading.',
      id &&
        query.isError &&
        !query.data &&
        'The calling profile could not be loaded: SBCs are not checked.',
      !microsoft && 'Microsoft has not been asked (Check with Microsoft, below).',
    ].filter(Boolean);
    return { findings, basis, pending: waiting.length > 0 ? waiting.join(' ') : null };
  }, [number, profile, microsoft, id, query.isPending, query.isError, query.data]);
}
