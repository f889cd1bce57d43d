import type { Facts, Finding, Severity } from './facts.ts';
import { rules } from './rules.ts';

const order: Record<Severity, number> = { problem: 0, warning: 1, ok: 2 };

/** Every finding of the rules table, the most serious first (rules keep their order within). */
export function diagnose(facts: Facts, table = rules): Finding[] {
  return table
    .flatMap((rule) => {
      const finding = rule.when(facts);
      return finding ? [{ ruleId: rule.id, ...finding }] : [];
    })
    .sort((a, b) => order[a.severity] - order[b.severity]);
}
