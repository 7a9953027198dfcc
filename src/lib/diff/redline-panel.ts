/**
 * A redline's whole panel as HTML: its summary (counts, legend, jump to the first change) and its
 * body (inline or side by side, the switch to hide punctuation-only changes). The static change
 * pages and the compare page render exactly this, so they show the same thing the same way.
 * Pure and browser-safe; works without JavaScript (radio buttons and a checkbox drive CSS).
 */
import { escapeHtml } from '../markup/escape.ts';
import type { DiffModel } from './model.ts';
import { redlineHtml, statsLines, type RedlineHtml, type StatsLabels } from './redline-html.ts';
import { redlineLabels } from './redline-labels.ts';
import type { Messages } from '../i18n/index.ts';

export interface RedlinePanel {
  /** Counts, legend and the link to the first change. */
  summary: string;
  /** The view switches and the redline itself. */
  body: string;
  redline: RedlineHtml;
}

export function redlinePanel(model: DiffModel, t: Messages & StatsLabels, lang: string): RedlinePanel {
  const redline = redlineHtml(model, redlineLabels(t));
  const e = escapeHtml;
  const stats = statsLines(model, redline.changes, t)
    .map((line) => `<li>${e(line)}</li>`)
    .join('');
  const first =
    redline.changes > 0
      ? `<p class="no-print mt-3 text-sm"><a class="text-brand-link underline underline-offset-4" href="#change-1">${e(t.firstChange)}</a></p>`
      : '';
  const summary = `<ul class="rl-stats mt-3 space-y-1 text-sm">${stats}</ul><p class="mt-3 flex flex-wrap gap-4 text-sm" aria-hidden="true"><span><ins class="rl-sample">${e(t.legendIns)}</ins></span><span><del class="rl-sample">${e(t.legendDel)}</del></span></p>${first}`;
  const body = [
    `<fieldset class="rl-views no-print mt-6 flex flex-wrap items-center gap-4 text-sm"><legend class="sr-only">${e(t.viewLabel)}</legend><span aria-hidden="true" class="font-medium">${e(t.viewLabel)}</span>`,
    `<label class="flex items-center gap-1.5"><input type="radio" name="rl-view" value="inline" checked class="rl-view-inline" />${e(t.viewInline)}</label>`,
    `<label class="flex items-center gap-1.5"><input type="radio" name="rl-view" value="side" class="rl-view-side" />${e(t.viewSideBySide)}</label></fieldset>`,
    `<label class="no-print mt-3 flex items-center gap-1.5 text-sm"><input type="checkbox" class="rl-hide-trivial size-4" />${e(t.rlHideTrivial)}</label>`,
    `<div class="redline rl-inline mt-4" lang="${e(lang)}">${redline.inline}</div>`,
    `<div class="redline rl-side mt-4 overflow-x-auto" lang="${e(lang)}">${redline.sideBySide}</div>`,
  ].join('');
  return { summary, body, redline };
}
