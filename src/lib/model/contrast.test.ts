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

  it('stop a build whose header would hide the focus ring, naming the file, line and colour', () => {
    const problems = colours({ primary: '#cccccc' });
    const focus = problems.find((p) => p.message.startsWith('the focus ring on the header'));
    expect(focus).toMatchObject({ rule: 'contrast', file: 'brands/acme/brand.yaml', line: 2 });
    expect(focus?.message).toBe(
      'the focus ring on the header (#ffffff) has a contrast ratio of 1.61:1 against #cccccc; WCAG 2.2 needs 3:1 for a focus indicator.',
    );
  });
});
