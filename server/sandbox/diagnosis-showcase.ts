/*
 * One sandbox number per diagnosis rule (issue 7, item 4), each chosen so that its rule is the
 * only finding or plainly the main one, for the README, the screenshots and the tests. Rule ids
 * are those of src/features/numbers/diagnosis/rules.ts; 'no-findings' is a number with none.
 * Rules that read Microsoft's answer fire after "Check with Microsoft" (microsoft-view.ts).
 */

export type ShowcaseEntry = {
  readonly telephoneNumber: string;
  readonly ruleId: string;
  readonly description: string;
};

export const diagnosisShowcase: readonly ShowcaseEntry[] = [
  {
    telephoneNumber: '+15145550166',
    ruleId: 'ready-to-assign-to-user',
    description: 'Unassigned, active, UserAssignment acquired: ready to assign to a user',
  },
  {
    telephoneNumber: '+442079461003',
    ruleId: 'user-assignment-not-acquired',
    description: 'The profile offers UserAssignment; the number did not acquire it',
  },
  {
    telephoneNumber: '+441134960123',
    ruleId: 'marked-for-removal',
    description: 'Marked for removal (acquiredNumberStatus 2)',
  },
  {
    telephoneNumber: '+31800022222',
    ruleId: 'ready-for-removal',
    description: 'Ready for removal (status 3); its SBCs are gone and Microsoft no longer has it',
  },
  {
    telephoneNumber: '+33199005678',
    ruleId: 'assignment-check-failed',
    description: 'Last assignment check failed with code 500 (InternalError)',
  },
  {
    telephoneNumber: '+442079461002',
    ruleId: 'teams-disagrees-assignment',
    description: 'Live Platform says UserAssigned, Microsoft says Unassigned (after the check)',
  },
  {
    telephoneNumber: '+61255509876',
    ruleId: 'not-found-at-microsoft',
    description:
      'Active and user-assigned in Live Platform, unknown to Microsoft (after the check)',
  },
  {
    telephoneNumber: '+14165550123',
    ruleId: 'microsoft-validation-failed',
    description: 'Microsoft: validation failed, CA not consented (after the check)',
  },
  {
    telephoneNumber: '+34914830277',
    ruleId: 'capability-not-offered',
    description: 'Acquired ConferenceAssignment, which its profile does not offer',
  },
  {
    telephoneNumber: '+441614960456',
    ruleId: 'sbc-mismatch',
    description: 'Dublin SBCs on a number whose UK profile has only UK trunks',
  },
  {
    telephoneNumber: '+35316694000',
    ruleId: 'no-emergency-address-for-user',
    description: 'Assigned to a user, no emergency address',
  },
  {
    telephoneNumber: '+441214960789',
    ruleId: 'only-the-number',
    description: 'Bare record: Live Platform holds nothing but the number',
  },
  {
    telephoneNumber: '+12025550143',
    ruleId: 'no-findings',
    description: 'User-assigned, emergency address, profile and Microsoft agree: nothing wrong',
  },
];
