/** One page of each type of the sample site: what the quality gates load in a browser. */
export const PAGE_TYPES: Record<string, string> = {
  home: '/',
  'article with image': '/city/2026/11/20/harbor-bridge-reopens/',
  'article with table': '/politics/2026/11/18/council-passes-budget/',
  'article without image': '/business/2026/11/25/dockworkers-contract-talks/',
  'live story': '/city/2026/11/29/storm-ferry-suspension-live/',
  section: '/business/',
  tag: '/tags/city-council/',
  'all tags': '/tags/',
  author: '/authors/amara-okafor/',
  'all authors': '/authors/',
  archive: '/archive/',
  'archive month': '/archive/2026/10/',
  search: '/search/',
  'standing page': '/masthead/',
  corrections: '/corrections/',
  'not found': '/404.html',
};
