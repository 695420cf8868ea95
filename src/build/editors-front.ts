/**
 * content/front.yaml as the build and `npm run check` read it: the editors' choices for the front page
 * and the banner (src/lib/content/front-file.ts says what it may hold). No file is no choices.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseFrontFile, type FrontFile, type FrontProblem } from '../lib/content/front-file.ts';

export interface EditorsFront {
  /** The file as editors know it, relative to the working folder, for messages. */
  filePath: string;
  front: FrontFile;
  problems: FrontProblem[];
}

export const FRONT_FILE = 'front.yaml';

export function readEditorsFront(contentDir: string, timeZone: string): EditorsFront | undefined {
  const path = join(contentDir, FRONT_FILE);
  if (!existsSync(path)) return undefined;
  const filePath = relative(process.cwd(), path);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const problem = { line: 1, column: 1, field: '', message: `cannot read the file: ${(error as Error).message}` };
    return { filePath, front: { top: [] }, problems: [problem] };
  }
  return { filePath, ...parseFrontFile(text, timeZone) };
}
