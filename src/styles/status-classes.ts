import type { Status } from '../lib/model/catalog.ts';

/** Badge colours per status (AA contrast in light and dark mode), shared by StatusBadge and the search results script. */
export const statusClasses: Record<Status, string> = {
  current:
    'border-emerald-700 bg-emerald-50 text-emerald-900 dark:border-emerald-400 dark:bg-emerald-950 dark:text-emerald-100',
  archived: 'border-slate-500 bg-slate-100 text-slate-800 dark:border-slate-400 dark:bg-slate-800 dark:text-slate-100',
  upcoming: 'border-amber-700 bg-amber-50 text-amber-900 dark:border-amber-400 dark:bg-amber-950 dark:text-amber-100',
};

export const badgeClass = 'inline-flex items-center rounded-full border px-2.5 py-0.5 text-xs font-medium';
