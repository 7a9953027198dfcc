/** One URL of every page type of the sample site (built with PRIVACY_CENTER_NOW=2026-11-21). */
export const pageTypes: Record<string, string> = {
  directory: '/',
  'brand center': '/yhd/',
  current: '/yhd/privacy/',
  archived: '/yhd/privacy/2017-09-01/',
  upcoming: '/yhd/privacy/2027-01-01/',
  history: '/yhd/privacy/history/',
  redline: '/yhd/privacy/changes/2017-09-01...2023-03-01/',
  compare: '/yhd/privacy/compare/',
  lists: '/yhd/privacy/2023-03-01/lists/',
  search: '/search/',
  'brand search': '/yhd/search/',
  translation: '/en/beiye/privacy/',
  '404': '/no-such-page/',
};

export const axeTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
