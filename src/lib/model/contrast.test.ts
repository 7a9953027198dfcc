import { describe, expect, it } from 'vitest';
import { brandRecord } from '../../../tests/support/catalog.ts';
import { brandColours, checkBrandColours, contrastRatio, FOCUS_MIN, focusRings, SURFACES } from './contrast.ts';

const colours = (colors: { primary: string; accent?: string }) =>
  checkBrandColours([{ ...brandRecord({ colors }), source: `colors:\n  primary: "${colors.primary}"\n` }]);

describe('focus rings', () => {
  it('reach 3:1 on the header and on the page, light and dark, for a brand that passes the colour check', () => {
    for (const primary of ['#1d4ed8', '#0f766e', '#6d28d9', '#b91c1c', '#000000', '#595959']) {
      expect(colours({ primary })).toEqual([]);
      const c = brandColours({ primary });
      const rings = focusRings(c);
      expect(contrastRatio(rings.header, c.primary)).toBeGreaterThanOrEqual(FOCUS_MIN);
      expect(contrastRatio(rings.page, SURFACES.light)).toBeGreaterThanOrEqual(FOCUS_MIN);
      expect(contrastRatio(rings.pageDark, SURFACES.dark)).toBeGreaterThanOrEqual(FOCUS_MIN);
    }
  });

  it('report a colour too faint for text once, not again for the focus ring drawn with it', () => {
    const problems = colours({ primary: '#cccccc' });
    // accent is primary when not given: both fail as text colours, and nothing more is said.
    expect(problems.map((p) => p.message.slice(0, 32))).toEqual([
      'colors.primary #cccccc has a con',
      'colors.accent #cccccc has a cont',
    ]);
  });
});
