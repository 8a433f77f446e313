// Reads a QR code from a screenshot with a real decoder (jsQR over pngjs),
// as a phone camera would from the pixels shown.

import jsQR from 'jsqr';
import { PNG } from 'pngjs';

/** The text of the QR code in a PNG buffer, or null when none can be read. */
export function decodeQrPng(buffer) {
  const png = PNG.sync.read(buffer);
  const code = jsQR(new Uint8ClampedArray(png.data), png.width, png.height, { inversionAttempts: 'dontInvert' });
  return code ? code.data : null;
}

/** Screenshots an element at the size shown (CSS pixels × deviceScaleFactor) and decodes it. */
export async function decodeQrElement(locator) {
  return decodeQrPng(await locator.screenshot({ animations: 'disabled' }));
}
