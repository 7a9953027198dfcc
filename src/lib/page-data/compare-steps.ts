/**
 * The compare page without JavaScript. The choosers cannot compute a redline then, but a stylesheet
 * made for one policy's dates (CSS `:has()` on the selected options) shows, under the form, what the
 * chosen pair leads to: the static redline of two consecutive versions, or, for any other pair, why
 * it needs JavaScript and the consecutive redlines that lead from one to the other.
 * Class names are shared with CompareView.astro through COMPARE_NOJS.
 */

export const COMPARE_NOJS = {
  fromId: 'compare-from',
  toId: 'compare-to',
  same: 'cn-same',
  direct: (i: number) => `cn-direct-${i}`,
  steps: 'cn-steps',
  step: (i: number) => `cn-step-${i}`,
} as const;

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** `dates` oldest first; step i leads from dates[i] to dates[i + 1]. */
export function compareStepsCss(dates: readonly string[]): string {
  for (const date of dates) {
    // Dates come from validated file names; anything else must never reach a selector.
    if (!DATE.test(date)) throw new Error(`compareStepsCss: not a date: ${JSON.stringify(date)}`);
  }
  const c = COMPARE_NOJS;
  const picked = (id: string, some: readonly string[]) =>
    some.length === 1
      ? `#${id} [value="${some[0]}"]:checked`
      : `#${id} :is(${some.map((d) => `[value="${d}"]`).join(',')}):checked`;
  /** The notes under a form whose choosers hold one of `from` and one of `to`. */
  const when = (from: readonly string[], to: readonly string[]) =>
    `.compare-form:has(${picked(c.fromId, from)}):has(${picked(c.toId, to)}) ~ noscript`;
  const rules: string[] = [];
  const rule = (selectors: string[], body: string) => {
    if (selectors.length > 0) rules.push(`${selectors.join(',\n')} {\n  ${body}\n}`);
  };

  const same = dates.map((d) => when([d], [d]));
  const direct = dates.slice(1).map((to, i) => ({ i, pair: [when([dates[i]!], [to]), when([to], [dates[i]!])] }));
  rule(
    [...same, ...direct.flatMap((d) => d.pair)].map((s) => `${s} .${c.steps}`),
    'display: none;',
  );
  rule(
    same.map((s) => `${s} .${c.same}`),
    'display: block;',
  );
  for (const { i, pair } of direct)
    rule(
      pair.map((s) => `${s} .${c.direct(i)}`),
      'display: block;',
    );
  rule(
    dates.slice(1).map((_, i) => `.${c.step(i)}`),
    'display: none;',
  );
  for (let i = 0; i + 1 < dates.length; i++) {
    const before = dates.slice(0, i + 1);
    const after = dates.slice(i + 1);
    rule(
      [when(before, after), when(after, before)].map((s) => `${s} .${c.step(i)}`),
      'display: list-item;',
    );
  }
  return `/* The compare page without JavaScript: what the chosen pair of versions leads to. */\n${rules.join('\n')}\n`;
}
