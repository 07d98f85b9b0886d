// SVG string → PNG via an <img> of the SVG blob drawn on a canvas: all in the browser, no fonts fetched.
import { SLIDE_H, SLIDE_W } from './slideSvg';

export async function svgToPng(svg: string, scale: 1 | 2 = 1): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const img = new Image();
    img.decoding = 'sync';
    await new Promise<void>((resolve, reject) => {
      img.onload = () => resolve();
      img.onerror = () => reject(new Error('The browser could not draw the exported SVG'));
      img.src = url;
    });
    const canvas = document.createElement('canvas');
    canvas.width = SLIDE_W * scale;
    canvas.height = SLIDE_H * scale;
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('No 2D canvas available');
    ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('The canvas could not encode a PNG'))), 'image/png'));
  } finally {
    URL.revokeObjectURL(url);
  }
}

export function blobToDataUrl(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const r = new FileReader();
    r.onload = () => resolve(String(r.result));
    r.onerror = () => reject(r.error);
    r.readAsDataURL(blob);
  });
}
