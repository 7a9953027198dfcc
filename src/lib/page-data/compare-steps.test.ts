import { describe, expect, it } from 'vitest';
import { compareStepsCss } from './compare-steps.ts';

/** The rules whose body is `display: <shown>`, as selector lists. */
const rulesShowing = (css: string, shown: string) =>
  [...css.matchAll(/([^{}]+)\{\s*display: ([a-z-]+);\s*\}/g)].filter((m) => m[2] === shown).map((m) => m[1]!);

describe('compareStepsCss', () => {
  const dates = ['2019-11-01', '2022-10-01', '2025-01-15'];
  const css = compareStepsCss(dates);

  it('shows the direct redline for a consecutive pair in either order', () => {
    const direct = rulesShowing(css, 'block').find((r) => r.includes('.cn-direct-1'))!;
    expect(direct).toContain(
      '#compare-from [value="2022-10-01"]:checked):has(#compare-to [value="2025-01-15"]:checked)',
    );
    expect(direct).toContain(
      '#compare-from [value="2025-01-15"]:checked):has(#compare-to [value="2022-10-01"]:checked)',
    );
    expect(css).not.toContain('.cn-direct-2');
  });

  it('shows step i when the pair spans it, whichever version is chosen first', () => {
    const step0 = rulesShowing(css, 'list-item').find((r) => r.includes('.cn-step-0'))!;
    expect(step0).toContain(
      '#compare-from [value="2019-11-01"]:checked):has(#compare-to :is([value="2022-10-01"],[value="2025-01-15"]):checked)',
    );
    const step1 = rulesShowing(css, 'list-item').find((r) => r.includes('.cn-step-1'))!;
    expect(step1).toContain(
      '#compare-from :is([value="2019-11-01"],[value="2022-10-01"]):checked):has(#compare-to [value="2025-01-15"]:checked)',
    );
  });

  it('hides the steps for the same version twice and for consecutive pairs', () => {
    const hidden = rulesShowing(css, 'none').find((r) => r.includes('.cn-steps'))!;
    expect(hidden.split(',\n')).toHaveLength(3 + 2 * 2);
  });

  it('has nothing to show for a policy with one version but the same-version note', () => {
    const one = compareStepsCss(['2020-01-01']);
    expect(one).not.toContain('cn-step-');
    expect(one).toContain('.cn-same');
  });

  it('refuses anything but a date', () => {
    expect(() => compareStepsCss(['2020-01-01"] body{x:y}'])).toThrow(/not a date/);
  });
});
