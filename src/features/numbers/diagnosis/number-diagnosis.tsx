import type { MicrosoftCheck } from '../../../api/number-status.ts';
import type { OcNumber } from '../schema.ts';
import { DiagnosisPanel } from './diagnosis-panel.tsx';
import { useDiagnosis } from './use-diagnosis.ts';

/** The diagnosis of one number, recomputed as its calling profile and Microsoft's answer arrive. */
export function NumberDiagnosis({
  number,
  microsoft,
}: {
  number: OcNumber;
  microsoft: MicrosoftCheck | undefined;
}) {
  const { findings, basis, pending } = useDiagnosis(number, microsoft);
  return <DiagnosisPanel findings={findings} basis={basis} pending={pending} />;
}
