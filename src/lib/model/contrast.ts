import type { BrandRecord } from '../content/read.ts';
import { problem, lineOfMatch, type Problem } from '../problem.ts';

/** WCAG 2 relative luminance of a #rrggbb colour. */
export function luminance(hex: string): number {
  const channels = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
  const [r, g, b] = channels.map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)) as [
    number,
    number,
    number,
  ];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG 2 contrast ratio between two #rrggbb colours, 1 to 21. */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** Mixes `hex` towards `target` by `amount` (0..1), in sRGB; enough for deriving tints. */
export function mix(hex: string, target: string, amount: number): string {
  const parts = [1, 3, 5].map((i) => {
    const a = parseInt(hex.slice(i, i + 2), 16);
    const b = parseInt(target.slice(i, i + 2), 16);
    return Math.round(a + (b - a) * amount)
      .toString(16)
      .padStart(2, '0');
  });
  return `#${parts.join('')}`;
}

/** Page backgrounds the brand colours are drawn on; kept in step with src/styles/global.css. */
export const SURFACES = { light: '#ffffff', dark: '#111827' } as const;
export const AA_TEXT = 4.5;
/** WCAG 2.2 (1.4.11, 2.4.13): a focus indicator needs 3:1 against what it is drawn on. */
export const FOCUS_MIN = 3;

/** Lightens a colour until it reads on the dark background: the derived dark-mode primary. */
export function deriveDark(primary: string): string {
  for (let step = 0; step <= 20; step++) {
    const candidate = mix(primary, '#ffffff', step / 20);
    if (contrastRatio(candidate, SURFACES.dark) >= AA_TEXT) return candidate;
  }
  return '#ffffff';
}

export interface BrandColours {
  primary: string;
  accent: string;
  primaryDark: string;
  accentDark: string;
}

export function brandColours(colors: {
  primary: string;
  accent?: string | undefined;
  primaryDark?: string | undefined;
}): BrandColours {
  const accent = colors.accent ?? colors.primary;
  const primaryDark = colors.primaryDark ?? deriveDark(colors.primary);
  return {
    primary: colors.primary,
    accent,
    primaryDark,
    accentDark: colors.accent ? deriveDark(colors.accent) : primaryDark,
  };
}

/**
 * The focus ring's colour on each surface a focusable element sits on: white on the brand-coloured
 * header (as its text), the link colour on the page, light and dark. The stylesheet
 * (src/lib/model/brand-css.ts) draws these, and checkBrandColours checks them.
 */
export function focusRings(c: BrandColours): { header: string; page: string; pageDark: string } {
  return { header: '#ffffff', page: c.accent, pageDark: c.accentDark };
}

/**
 * White text sits on `primary` (header, buttons) and `primary`/`accent` colour links on white; in dark
 * mode `primaryDark` colours links on the dark surface. Each pair must reach WCAG AA for normal text.
 */
export function checkBrandColours(brands: BrandRecord[]): Problem[] {
  const problems: Problem[] = [];
  for (const b of brands) {
    const c = brandColours(b.data.colors);
    const pairs: [string, string, string, string][] = [
      ['primary', c.primary, SURFACES.light, 'white text on it and as link colour on white'],
      ['accent', c.accent, SURFACES.light, 'link colour on white'],
      ['primaryDark', c.primaryDark, SURFACES.dark, 'link colour on the dark-mode background'],
    ];
    for (const [field, colour, against, role] of pairs) {
      const ratio = contrastRatio(colour, against);
      if (ratio < AA_TEXT) {
        problems.push(
          problem(
            'contrast',
            b.file,
            `colors.${field} ${colour} has a contrast ratio of ${ratio.toFixed(2)}:1 against ${against} (${role}); WCAG AA needs ${AA_TEXT}:1.`,
            field === 'primaryDark'
              ? `Choose a lighter colors.${field}, or remove it to have one derived.`
              : `Choose a darker colors.${field}; for example ${darken(colour)} reaches ${contrastRatio(darken(colour), against).toFixed(2)}:1.`,
            { line: lineOfMatch(b.source, new RegExp(`^\\s*${field}:`, 'm')) },
          ),
        );
      }
    }
    const rings = focusRings(c);
    const focus: [string, string, string, string][] = [
      ['primary', rings.header, c.primary, 'the focus ring on the header'],
      ['accent', rings.page, SURFACES.light, 'the focus ring on the page'],
      ['accent', rings.pageDark, SURFACES.dark, 'the focus ring on the dark-mode page'],
    ];
    // A colour already too faint for text is reported once, as that.
    const reported = new Set(
      problems.filter((p) => p.file === b.file).map((p) => /^colors\.(\w+)/.exec(p.message)?.[1]),
    );
    for (const [field, colour, against, role] of focus) {
      const ratio = contrastRatio(colour, against);
      if (ratio < FOCUS_MIN && !reported.has(field))
        problems.push(
          problem(
            'contrast',
            b.file,
            `${role} (${colour}) has a contrast ratio of ${ratio.toFixed(2)}:1 against ${against}; WCAG 2.2 needs ${FOCUS_MIN}:1 for a focus indicator.`,
            `Choose a colors.${field} with more contrast against ${against}.`,
            { line: lineOfMatch(b.source, new RegExp(`^\\s*${field}:`, 'm')) },
          ),
        );
    }
  }
  return problems;
}

function darken(hex: string): string {
  for (let step = 1; step <= 20; step++) {
    const candidate = mix(hex, '#000000', step / 20);
    if (contrastRatio(candidate, SURFACES.light) >= AA_TEXT) return candidate;
  }
  return '#000000';
}
