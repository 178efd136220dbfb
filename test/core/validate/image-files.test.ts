import { mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { imageFileProblem, MAX_IMAGE_BYTES, MAX_IMAGE_PIXELS } from '../../../src/core/validate/image-files.ts';
import { tinyPng } from '../../helpers/images.ts';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'roadlog-images-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function check(name: string, content: string | Buffer) {
  const absolute = join(dir, name);
  writeFileSync(absolute, content);
  return imageFileProblem(`./${name}`, absolute);
}

/** A PNG whose header claims the given size: the check reads the header, never the pixels. */
function pngOfSize(width: number, height: number): Buffer {
  const png = Buffer.from(tinyPng());
  png.writeUInt32BE(width, 16);
  png.writeUInt32BE(height, 20);
  return png;
}

describe('image files', () => {
  it('accept a picture whose contents match its extension, in any letter case', () => {
    expect(check('ok.png', tinyPng())).toBeUndefined();
    expect(check('OK.PNG', tinyPng())).toBeUndefined();
    expect(check('ok.svg', '<svg xmlns="http://www.w3.org/2000/svg"><rect/></svg>')).toBeUndefined();
    expect(check('ok2.svg', '<?xml version="1.0"?>\n<SVG\nviewBox="0 0 1 1"></SVG>')).toBeUndefined();
  });

  it('refuse a file the build cannot publish as a picture, listing the kinds it can', () => {
    expect(check('notes.pdf', 'x')).toEqual({
      code: 'invalid-image',
      message: 'image "./notes.pdf" is not a picture the build can publish (.pdf)',
      hint: 'use a .png, .jpg, .jpeg, .gif, .webp, .avif, .svg file, or link the file instead of showing it',
    });
    expect(check('README', 'x')?.message).toBe('image "./README" is not a picture the build can publish (no extension)');
  });

  it('name the format a misnamed picture really holds', () => {
    expect(check('photo.jpg', tinyPng())).toEqual({
      code: 'invalid-image',
      message: 'image "./photo.jpg" is not a JPG file (it holds a PNG image)',
      hint: 'rename it to end in .png',
    });
    expect(check('broken.png', 'not a picture at all')).toEqual({
      code: 'invalid-image',
      message: 'image "./broken.png" is not a PNG file',
      hint: 'export the picture again from an image editor',
    });
    expect(check('empty.webp', '')?.message).toBe('image "./empty.webp" is not a WEBP file');
  });

  it('refuse a file over 20 MiB, and a picture of more than 100 megapixels', () => {
    const big = join(dir, 'big.png');
    writeFileSync(big, tinyPng());
    truncateSync(big, MAX_IMAGE_BYTES + 1);
    expect(imageFileProblem('big.png', big)).toEqual({
      code: 'image-too-large',
      message: 'image "big.png" is 20.0 MiB; images are limited to 20 MiB',
      hint: 'scale the image down or compress it',
    });
    const limit = join(dir, 'limit.png');
    writeFileSync(limit, tinyPng());
    truncateSync(limit, MAX_IMAGE_BYTES);
    expect(imageFileProblem('limit.png', limit)).toBeUndefined();
    expect(check('huge.png', pngOfSize(10_001, 10_000))).toEqual({
      code: 'image-too-large',
      message: 'image "./huge.png" is 10001 × 10000 pixels; images are limited to 100 megapixels',
      hint: 'scale the image down',
    });
    expect(check('just.png', pngOfSize(10_000, 10_000))).toBeUndefined();
    expect(MAX_IMAGE_PIXELS).toBe(100_000_000);
  });

  it('refuse an SVG that could run anything on the site, or that is no SVG', () => {
    const unsafe = {
      code: 'unsafe-svg',
      message: 'image "./x.svg" holds a script, an event handler or embedded content, which could run on the site',
      hint: 'export the SVG again without scripts, or use a PNG',
    };
    for (const svg of [
      '<svg><script>alert(1)</script></svg>',
      '<svg><foreignObject/></svg>',
      '<svg><iframe/></svg>',
      '<svg><embed/></svg>',
      '<svg><object/></svg>',
      '<!DOCTYPE svg [<!ENTITY x "y">]><svg/>',
      '<svg onload="alert(1)"/>',
      '<svg><a href="javascript:alert(1)"/></svg>',
      '<svg><a href="data:text/html,x"/></svg>',
      '<SVG ONCLICK = "x"/>',
    ]) {
      expect(check('x.svg', svg), svg).toEqual(unsafe);
    }
    expect(check('x.svg', '<svg><text>one = two, on</text></svg>')).toBeUndefined();
    expect(check('x.svg', '<html>not a picture</html>')).toEqual({
      code: 'invalid-image',
      message: 'image "./x.svg" is not an SVG file',
      hint: 'export the picture again from an image editor',
    });
    expect(check('x.svg', '<svgfoo/>')?.code).toBe('invalid-image');
  });
});
