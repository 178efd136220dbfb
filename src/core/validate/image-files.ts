import { readFileSync, statSync } from 'node:fs';
import { extname } from 'node:path';
import { imageSize } from 'image-size';
import type { Problem } from '../problems.ts';

/** Larger files are refused: the build reads each image whole and re-encodes it. */
export const MAX_IMAGE_BYTES = 20 * 1024 * 1024;
/** Decoding more pixels than this stops the build's image library (a "decompression bomb"). */
export const MAX_IMAGE_PIXELS = 100_000_000;

/** What image-size calls each format, by the extensions the build optimizes. */
const FORMATS: Record<string, readonly string[]> = {
  '.png': ['png'],
  '.jpg': ['jpg'],
  '.jpeg': ['jpg'],
  '.gif': ['gif'],
  '.webp': ['webp'],
  '.avif': ['heif'],
  '.svg': ['svg'],
};

/**
 * What an SVG must not hold to be published: it is copied as it stands, and opened
 * on its own (not through <img>) its scripts and event handlers run on the site's origin.
 */
const SCRIPTED_SVG = /<script|<foreignObject|<iframe|<embed|<object|<!ENTITY|\son[a-z]+\s*=|javascript:|data:text\/html/i;

type FileProblem = Pick<Problem, 'code' | 'message' | 'hint'>;

/** Whether the file an image path names is an image the build can optimize and publish safely. */
export function imageFileProblem(path: string, absolute: string): FileProblem | undefined {
  const extension = extname(absolute).toLowerCase();
  const formats = FORMATS[extension];
  if (!formats) {
    return {
      code: 'invalid-image',
      message: `image "${path}" is not a picture the build can publish (${extension || 'no extension'})`,
      hint: `use a ${Object.keys(FORMATS).join(', ')} file, or link the file instead of showing it`,
    };
  }
  const size = statSync(absolute).size;
  if (size > MAX_IMAGE_BYTES) {
    return {
      code: 'image-too-large',
      message: `image "${path}" is ${(size / 1024 / 1024).toFixed(1)} MiB; images are limited to ${MAX_IMAGE_BYTES / 1024 / 1024} MiB`,
      hint: 'scale the image down or compress it',
    };
  }
  const bytes = readFileSync(absolute);
  if (extension === '.svg') return svgProblem(path, bytes.toString('utf8'));
  let found: { type?: string; width?: number; height?: number } | undefined;
  try {
    found = imageSize(bytes);
  } catch {
    found = undefined;
  }
  if (!found?.type || !formats.includes(found.type)) {
    return {
      code: 'invalid-image',
      message: `image "${path}" is not a ${extension.slice(1).toUpperCase()} file${found?.type ? ` (it holds a ${found.type.toUpperCase()} image)` : ''}`,
      hint: found?.type ? `rename it to end in .${found.type}` : 'export the picture again from an image editor',
    };
  }
  if ((found.width ?? 0) * (found.height ?? 0) > MAX_IMAGE_PIXELS) {
    return {
      code: 'image-too-large',
      message: `image "${path}" is ${found.width} × ${found.height} pixels; images are limited to ${MAX_IMAGE_PIXELS / 1_000_000} megapixels`,
      hint: 'scale the image down',
    };
  }
  return undefined;
}

/** An SVG is text: it needs an `<svg` element and nothing that runs. */
function svgProblem(path: string, text: string): FileProblem | undefined {
  if (SCRIPTED_SVG.test(text)) {
    return {
      code: 'unsafe-svg',
      message: `image "${path}" holds a script, an event handler or embedded content, which could run on the site`,
      hint: 'export the SVG again without scripts, or use a PNG',
    };
  }
  if (!/<svg[\s>]/i.test(text)) {
    return {
      code: 'invalid-image',
      message: `image "${path}" is not an SVG file`,
      hint: 'export the picture again from an image editor',
    };
  }
  return undefined;
}
