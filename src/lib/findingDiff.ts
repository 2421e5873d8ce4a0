import type { Finding } from '@/domain';

/** Rule, severity and segment: findings in one group are "the same problem" for a reader. */
const groupOf = (f: Finding) => `${f.ruleId}|${f.severity}|${f.segmentId ?? ''}`;

/** The exact subject of a finding within its group (a relationship, a channel, a type). */
const subjectOf = (f: Finding) => `${f.entityIds.join(',')}|${String(f.values?.type ?? '')}`;

function groupBy(findings: readonly Finding[]): Map<string, Finding[]> {
  const groups = new Map<string, Finding[]>();
  for (const f of findings) {
    const group = groups.get(groupOf(f));
    if (group) group.push(f);
    else groups.set(groupOf(f), [f]);
  }
  return groups;
}

/**
 * What appeared and what went away between two lists of findings. A finding whose numbers
 * or entity list changed (cost share 25 % → 30 %, one more channel still missing a phase) is
 * the same finding, not a resolved one plus a new one: within a rule × severity × segment
 * group, exact subjects pair first, and the rest pair up in order.
 * @example diffFindings([cr05OnRelA], [cr05OnRelA, cr05OnRelB]) // { added: [cr05OnRelB], resolved: [] }
 */
export function diffFindings(
  before: readonly Finding[],
  after: readonly Finding[],
): { added: Finding[]; resolved: Finding[] } {
  const previous = groupBy(before);
  const added: Finding[] = [];
  const resolved: Finding[] = [];
  for (const [group, now] of groupBy(after)) {
    const then = previous.get(group) ?? [];
    previous.delete(group);
    const thenSubjects = new Set(then.map(subjectOf));
    const nowSubjects = new Set(now.map(subjectOf));
    const newOnes = now.filter((f) => !thenSubjects.has(subjectOf(f)));
    const goneOnes = then.filter((f) => !nowSubjects.has(subjectOf(f)));
    const paired = Math.min(newOnes.length, goneOnes.length);
    added.push(...newOnes.slice(paired));
    resolved.push(...goneOnes.slice(paired));
  }
  for (const gone of previous.values()) resolved.push(...gone);
  return { added, resolved };
}
