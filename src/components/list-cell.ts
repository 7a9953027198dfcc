/** The classes of a list table's cells, shared by its header (src/components/ListTable.astro) and rows. */
export const LIST_CELL = 'border-b border-slate-200 px-3 py-2 align-top dark:border-slate-700';
