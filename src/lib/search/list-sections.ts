import type { ListKind } from '../../schemas/lists.ts';

/**
 * The id of each list's section: on the lists page, and on the list's heading in the search document
 * of the version it belongs to, so that a result found in a list leads to that list on its page.
 */
export const LIST_SECTIONS: Record<ListKind, string> = { collected: 'collected-list', shared: 'shared-list' };

export const isListSection = (id: string | undefined): boolean =>
  id !== undefined && Object.values(LIST_SECTIONS).includes(id);
