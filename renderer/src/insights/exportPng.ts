// A chart as a PNG: its SVG is serialised, loaded as an image from a blob: URL (the CSP allows blob: and
// data: images, and an SVG image leaves the canvas readable), drawn on a canvas under the chart's title
// and legend, and read back as PNG bytes. Nothing is sent anywhere.

export interface PngLegendItem {
  label: string;
  color: string;
}

export interface PngOptions {
  title: string;
  legend?: PngLegendItem[];
  background: string;
  foreground: string;
  /** Device pixels per CSS pixel; 2 keeps text sharp on high-density screens and in documents. */
  scale?: number;
}

/** The chart's drawing surface inside `container`: recharts' own SVG, or one of the hand-drawn charts. */
export function chartSvg(container: Element): SVGSVGElement | null {
  return container.querySelector<SVGSVGElement>('.recharts-wrapper > svg, svg.chart-svg');
}

function svgSize(svg: SVGSVGElement): { width: number; height: number } {
  const box = svg.getBoundingClientRect();
  const width = box.width || Number(svg.getAttribute('width')) || svg.viewBox.baseVal?.width || 600;
  const height = box.height || Number(svg.getAttribute('height')) || svg.viewBox.baseVal?.height || 300;
  return { width: Math.ceil(width), height: Math.ceil(height) };
}

/** A standalone copy of the SVG: namespace, size and the page's font, which a lone image does not inherit. */
export function standaloneSvg(svg: SVGSVGElement): { text: string; width: number; height: number } {
  const { width, height } = svgSize(svg);
  const clone = svg.cloneNode(true) as SVGSVGElement;
  clone.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  clone.setAttribute('width', String(width));
  clone.setAttribute('height', String(height));
  const cs = getComputedStyle(svg);
  if (cs.fontFamily) clone.setAttribute('font-family', cs.fontFamily);
  if (cs.fontSize) clone.setAttribute('font-size', cs.fontSize);
  return { text: new XMLSerializer().serializeToString(clone), width, height };
}

async function loadImage(url: string): Promise<HTMLImageElement> {
  const img = new Image();
  img.decoding = 'sync';
  await new Promise<void>((resolve, reject) => {
    img.onload = () => resolve();
    img.onerror = () => reject(new Error('The chart could not be drawn as an image.'));
    img.src = url;
  });
  return img;
}

export async function chartToPng(svg: SVGSVGElement, o: PngOptions): Promise<Blob> {
  const { text, width, height } = standaloneSvg(svg);
  const scale = o.scale ?? 2;
  const pad = 16;
  const titleH = 28;
  const legendH = o.legend?.length ? 22 : 0;
  const canvas = document.createElement('canvas');
  canvas.width = (width + pad * 2) * scale;
  canvas.height = (height + titleH + legendH + pad * 2) * scale;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('This browser cannot draw images.');
  ctx.scale(scale, scale);
  ctx.fillStyle = o.background;
  ctx.fillRect(0, 0, width + pad * 2, height + titleH + legendH + pad * 2);
  const font = getComputedStyle(svg).fontFamily || 'sans-serif';
  ctx.fillStyle = o.foreground;
  ctx.font = `600 16px ${font}`;
  ctx.textBaseline = 'top';
  ctx.fillText(o.title, pad, pad);
  let x = pad;
  ctx.font = `13px ${font}`;
  for (const item of o.legend ?? []) {
    ctx.fillStyle = item.color;
    ctx.fillRect(x, pad + titleH + 3, 12, 12);
    ctx.fillStyle = o.foreground;
    ctx.fillText(item.label, x + 16, pad + titleH + 2);
    x += 16 + ctx.measureText(item.label).width + 18;
  }
  const url = URL.createObjectURL(new Blob([text], { type: 'image/svg+xml' }));
  try {
    const img = await loadImage(url);
    ctx.drawImage(img, pad, pad + titleH + legendH, width, height);
  } finally {
    URL.revokeObjectURL(url);
  }
  return new Promise<Blob>((resolve, reject) =>
    canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('The image could not be made.'))), 'image/png'),
  );
}

/** `insights-monthly-flows-2024-05-01.png`: a name that says what and when, safe on every file system. */
export function pngFileName(chartId: string, today: string): string {
  return `wallet-auditor-${chartId.replace(/[^a-z0-9-]+/gi, '-')}-${today}.png`;
}
