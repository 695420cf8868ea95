/** Reads a PNG the way an image viewer would, so tests catch truncated or mislabelled files. */
import sharp from 'sharp';

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

export async function pngSize(png: Uint8Array): Promise<{ width: number; height: number }> {
  if (!Buffer.from(png.subarray(0, 8)).equals(SIGNATURE))
    throw new Error('not a PNG: the file does not start with the PNG signature');
  // Decoding every pixel fails on a damaged file, where reading the header alone would not.
  const { info } = await sharp(png).raw().toBuffer({ resolveWithObject: true });
  return { width: info.width, height: info.height };
}
