import { notReported, unknownValue, type RawCode, type StatusLabel } from './status-label.ts';

const label = (text: string, color: string, description: string): StatusLabel => ({
  label: text,
  color,
  description,
  known: true,
});

// assignmentStatus: the portal's values and Microsoft's Operator Connect model values.
const assignmentLabels: Record<string, StatusLabel> = {
  unassigned: label('Unassigned', 'gray', 'Not assigned to anything in Teams.'),
  userassigned: label('User', 'blue', 'Assigned to a Teams user.'),
  conferenceassigned: label('Conference', 'violet', 'Assigned to an audio-conferencing bridge.'),
  voiceapp: label('Voice app', 'cyan', 'Assigned to a voice application.'),
  voiceapplicationassigned: label(
    'Voice app',
    'cyan',
    'Assigned to a voice application (auto attendant or call queue).',
  ),
  firstpartyappassigned: label(
    'Microsoft app',
    'cyan',
    'Assigned to a Microsoft (first-party) app.',
  ),
  thirdpartyappassigned: label('Third-party app', 'grape', 'Assigned to a third-party app.'),
  policyassigned: label('Policy', 'indigo', 'Assigned through a policy.'),
  unknown: label('Unknown', 'yellow', 'Teams reported the assignment as unknown.'),
  internalerror: label(
    'Internal error',
    'red',
    'Teams reported an internal error for this number.',
  ),
};

export function assignmentLabel(value: RawCode): StatusLabel {
  if (value === null || value === undefined || value === '') return notReported;
  const key = String(value).toLowerCase();
  return (Object.hasOwn(assignmentLabels, key) && assignmentLabels[key]) || unknownValue(value);
}
