/** The backdrop in the SVG export: lane bands and segment outlines under the edges, lane names over the labels. */
import { LANE_LOOK, OUTLINE_LOOK, type LaneRect } from '../../layout';
import { backdropExtent, type Backdrop, type BackdropText } from '../backdrop';
import type { Point } from './geometry';
import { escapeXml, num } from './text';

const rectMarkup = (rect: LaneRect, unit: number): string => {
  const box = `x="${num(rect.x)}" y="${num(rect.y)}" width="${num(rect.width)}" height="${num(rect.height)}" rx="${LANE_LOOK.cornerRadius}"`;
  if (rect.kind !== 'bin') {
    const fill = rect.kind === 'band' ? LANE_LOOK.bands[0] : LANE_LOOK.bands[1];
    return `<rect ${box} fill="${fill}"/>`;
  }
  const { stroke, width, dash } = LANE_LOOK.bin;
  return `<rect ${box} fill="none" stroke="${stroke}" stroke-width="${num(width * unit)}" stroke-dasharray="${dash.map((part) => num(part * unit)).join(' ')}"/>`;
};

const outlineMarkup = (points: readonly Point[], color: string, unit: number): string => {
  const { fillOpacity, strokeOpacity, width, dash } = OUTLINE_LOOK.rest;
  const d = `${points.map((point, index) => `${index === 0 ? 'M' : 'L'}${num(point.x)} ${num(point.y)}`).join(' ')} Z`;
  const paint = escapeXml(color);
  return `<path d="${d}" fill="${paint}" fill-opacity="${fillOpacity}" stroke="${paint}" stroke-opacity="${strokeOpacity}" stroke-width="${num(width * unit)}" stroke-dasharray="${dash.map((part) => num(part * unit)).join(' ')}" stroke-linejoin="round"/>`;
};

const textMarkup = (text: BackdropText, unit: number): string => {
  const { size, weight, color } = LANE_LOOK.text[text.kind];
  return text.lines
    .map(
      (line) =>
        `<text x="${num(line.at.x)}" y="${num(line.at.y)}" font-size="${num(size * unit)}" font-weight="${weight}" fill="${color}" text-anchor="${text.anchor}">${escapeXml(line.text)}</text>`,
    )
    .join('');
};

/** The markup under the edges and over the labels, and the points it reaches (for the viewBox). */
export const backdropMarkup = (
  backdrop: Backdrop,
  fontFamily: string,
): { under: string; over: string; extent: Point[] } => {
  const { unit } = backdrop;
  const under = [
    ...backdrop.rects.map((rect) => rectMarkup(rect, unit)),
    ...backdrop.outlines.map((outline) => outlineMarkup(outline.points, outline.color, unit)),
  ].join('');
  const { color, width } = LANE_LOOK.halo;
  const over =
    backdrop.texts.length === 0
      ? ''
      : `<g class="lane-names" font-family="${escapeXml(fontFamily)}" stroke="${color}" stroke-width="${num(width * unit)}" stroke-linejoin="round" paint-order="stroke">${backdrop.texts.map((text) => textMarkup(text, unit)).join('')}</g>`;
  return {
    under: under === '' ? '' : `<g class="backdrop">${under}</g>`,
    over,
    extent: backdropExtent(backdrop),
  };
};
