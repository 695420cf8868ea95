/** The publisher's logo for structured data: a raster image, as Google asks (see PUBLISHER_LOGO). */
import type { APIRoute } from 'astro';
import { cachedLogo } from '../build/social-card-renderer.ts';
import { site } from '../site.config.ts';

export const GET: APIRoute = async () =>
  new Response(new Uint8Array(await cachedLogo({ monogram: site.monogram })), {
    headers: { 'Content-Type': 'image/png' },
  });
