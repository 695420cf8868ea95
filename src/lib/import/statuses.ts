/**
 * What a WordPress status means in Dateline. Dateline has two states an editor writes, published and
 * `draft: true`, and a third that follows from the date: a story whose `publishedAt` is after the
 * build's clock is embargoed until then. So a scheduled (`future`) post keeps its date and is not a
 * draft; everything not public on WordPress becomes a draft. (The trash and unsaved drafts never get
 * here: the plan leaves them out, counted, before it looks at anything else.)
 */

export type ArticleState = 'published' | 'embargoed' | 'draft';

export interface StatusDecision {
  state: ArticleState;
  warning?: string;
}

export function statusDecision(status: string, hasPassword: boolean, publishedAt: Date, now: Date): StatusDecision {
  const protection = 'password-protected on WordPress: imported as a draft, since Dateline has no passwords';
  if (status === 'publish' || status === 'future') {
    if (hasPassword) return { state: 'draft', warning: protection };
    if (status === 'publish') return { state: 'published' };
    return publishedAt > now
      ? { state: 'embargoed' }
      : {
          state: 'published',
          warning: 'was scheduled for a time that has passed (WordPress missed it): it is published by the next build',
        };
  }
  if (status === 'draft' || status === 'pending' || status === 'private') {
    return hasPassword ? { state: 'draft', warning: protection } : { state: 'draft' };
  }
  return {
    state: 'draft',
    warning: `has the status "${status}", which WordPress does not define: imported as a draft`,
  };
}
