import { formatDate } from '../data/dates';
import { VERB_STAGES, type DateSpec, type VerbStage, type Vocabulary } from '../model';
import { dateKey } from './statements';

/**
 * The verb scale of a commitment: raised or discussed → agreed → reaffirmed →
 * committed → implemented. The dataset's vocabulary places each relation type
 * that can move a commitment on it (`stage`); the rest (attended, part of,
 * held in…) are not on the scale. Pure, no React.
 */
export { VERB_STAGES, type VerbStage };

/** How each stage is written in the panels. */
export const STAGE_LABELS: Record<VerbStage, string> = {
  discussed: 'raised / discussed',
  agreed: 'agreed',
  reaffirmed: 'reaffirmed',
  committed: 'committed',
  implemented: 'implemented',
};

/**
 * The stage a relation type records, or undefined when it is not on the
 * scale. In Parley's vocabulary, words that take a subject up without binding
 * anyone (welcomed, praised, called for, reviewed…) are "raised / discussed";
 * supporting something is agreeing to it; signing or establishing it commits.
 */
export function verbStage(type: string, vocabulary: Vocabulary): VerbStage | undefined {
  return vocabulary.verbStage(type);
}

/** 1 (raised / discussed) to 5 (implemented). */
export function stageRank(stage: VerbStage): number {
  return VERB_STAGES.indexOf(stage) + 1;
}

export interface StageStep {
  stage: VerbStage;
  meeting?: string;
  date?: DateSpec;
}

/** What a step is made from: a thread entry (thread.ts) or anything dated with a type. */
export interface Staged {
  type: string;
  meeting?: string;
  date?: DateSpec;
}

/**
 * How a commitment moved: per meeting, in date order (unknown dates last),
 * the highest stage reached there. Repeating a stage at a later round is a
 * step too: "agreed 2019 → agreed 2023" says it was agreed twice.
 */
export function trajectory(entries: readonly Staged[], vocabulary: Vocabulary): StageStep[] {
  const byMeeting = new Map<string, StageStep>();
  for (const e of entries) {
    const stage = vocabulary.verbStage(e.type);
    if (!stage) continue;
    const key = e.meeting ?? `~${dateKey(e.date)}`;
    const step = byMeeting.get(key);
    if (!step || stageRank(stage) > stageRank(step.stage))
      byMeeting.set(key, {
        stage,
        ...(e.meeting ? { meeting: e.meeting } : {}),
        ...(e.date ? { date: e.date } : {}),
      });
  }
  return [...byMeeting.values()]
    .map((s, i) => ({ s, i, k: dateKey(s.date) }))
    .sort((a, b) => (a.k < b.k ? -1 : a.k > b.k ? 1 : a.i - b.i))
    .map((x) => x.s);
}

/** "agreed 2019 → raised / discussed 2024"; "date unknown" for an undated round. */
export function trajectoryText(steps: readonly StageStep[]): string {
  return steps
    .map((s) => {
      const year = s.date?.value && s.date.precision !== 'unknown' ? s.date.value.slice(0, 4) : '';
      return `${STAGE_LABELS[s.stage]} ${year || formatDate(undefined)}`;
    })
    .join(' → ');
}

/** Per subject met at two or more meetings, how it moved: what a side's thread lists. */
export function movesBySubject<T extends Staged & { about: string }>(
  entries: readonly T[],
  vocabulary: Vocabulary,
): { about: string; steps: StageStep[] }[] {
  const bySubject = new Map<string, T[]>();
  for (const e of entries) {
    const list = bySubject.get(e.about);
    if (list) list.push(e);
    else bySubject.set(e.about, [e]);
  }
  return [...bySubject]
    .map(([about, list]) => ({ about, steps: trajectory(list, vocabulary) }))
    .filter((m) => m.steps.length > 1);
}
