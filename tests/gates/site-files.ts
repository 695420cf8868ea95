import { readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** Every file under a built site, as absolute paths. */
export function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

export const htmlFiles = (dist: string): string[] => filesUnder(dist).filter((file) => file.endsWith('.html'));

/** The site path a built file is served at: `dist/city/index.html` → `/city/`. */
export function sitePathOf(dist: string, file: string): string {
  const path = `/${relative(dist, file).split(sep).join('/')}`;
  return path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path;
}
