import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getNewsroom } from '../../data/newsroom.ts';
import { shareImage } from '../../data/share-image.ts';
import { correctionsLog } from '../../lib/content/corrections-log.ts';
import { correctionEntry, correctionsChannel, rssFeed } from '../../lib/feeds/feeds.ts';
import { site } from '../../site.config.ts';

export const GET: APIRoute = async () => {
  const log = correctionsLog((await getNewsroom()).stories).slice(0, site.feedSize);
  const entries = await Promise.all(
    log.map(async (correction) => correctionEntry(correction, site, await shareImage(correction.story))),
  );
  return rss(rssFeed(correctionsChannel(site), entries));
};
