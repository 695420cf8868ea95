/**
 * What a WordPress status means in Dateline. Dateline has two states an editor writes, published and
 * `draft: true`, and a third that follows from the date: a story whose `publishedAt` is after the
 * build's clock is embargoed until then. So a scheduled (`future`) post keeps its date and is not a
 * draft; everything not public on WordPress becomes a draft; the trash and unsaved drafts are left out.
 */

export type ArticleState = 'published' | 'embargoed' | 'draft';

export type StatusDecision =
  { import: true; state: ArticleState; warning?: string } | { import: false; reason: string };

export function statusDecision(status: string, password: string, publishedAt: Date, now: Date): StatusDecision {
  if (status === 'trash') return { import: false, reason: 'in the trash' };
  if (status === 'auto-draft') return { import: false, reason: 'an unsaved automatic draft' };
  const protectedPost = password !== '';
  const protection = 'password-protected on WordPress: imported as a draft, since Dateline has no passwords';
  if (status === 'publish' || status === 'future') {
    if (protectedPost) return { import: true, state: 'draft', warning: protection };
    if (status === 'publish') return { import: true, state: 'published' };
    return publishedAt > now
      ? { import: true, state: 'embargoed' }
      : {
          import: true,
          state: 'published',
          warning: 'was scheduled for a time that has passed (WordPress missed it): it is published by the next build',
        };
  }
  if (status === 'draft' || status === 'pending' || status === 'private') {
    return protectedPost ? { import: true, state: 'draft', warning: protection } : { import: true, state: 'draft' };
  }
  return {
    import: true,
    state: 'draft',
    warning: `has the status "${status}", which WordPress does not define: imported as a draft`,
  };
}
