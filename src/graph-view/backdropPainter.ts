/**
 * The backdrop (domain/export/backdrop.ts) on a canvas whose transform maps model units: the PNG
 * export paints the lanes' bands and the segments' outlines under the map, their names over it.
 */
import type { Backdrop } from '../domain/export/backdrop';
import { LANE_LOOK, OUTLINE_LOOK } from '../domain/layout';
import { FONT_STACK } from './stylesheet';

export const paintBackdropUnder = (context: CanvasRenderingContext2D, backdrop: Backdrop): void => {
  const { unit } = backdrop;
  context.save();
  for (const rect of backdrop.rects) {
    context.beginPath();
    context.roundRect(rect.x, rect.y, rect.width, rect.height, LANE_LOOK.cornerRadius);
    if (rect.kind === 'bin') {
      const { stroke, width, dash } = LANE_LOOK.bin;
      context.setLineDash(dash.map((part) => part * unit));
      context.lineWidth = width * unit;
      context.strokeStyle = stroke;
      context.stroke();
    } else {
      context.fillStyle = LANE_LOOK.bands[rect.kind === 'band' ? 0 : 1];
      context.fill();
    }
  }
  const { fillOpacity, strokeOpacity, width, dash } = OUTLINE_LOOK.rest;
  context.setLineDash(dash.map((part) => part * unit));
  context.lineWidth = width * unit;
  context.lineJoin = 'round';
  for (const { points, color } of backdrop.outlines) {
    context.beginPath();
    points.forEach((point, index) =>
      index === 0 ? context.moveTo(point.x, point.y) : context.lineTo(point.x, point.y),
    );
    context.closePath();
    context.fillStyle = color;
    context.strokeStyle = color;
    context.globalAlpha = fillOpacity;
    context.fill();
    context.globalAlpha = strokeOpacity;
    context.stroke();
  }
  context.restore();
};

export const paintBackdropOver = (context: CanvasRenderingContext2D, backdrop: Backdrop): void => {
  const { unit } = backdrop;
  context.save();
  context.lineJoin = 'round';
  context.strokeStyle = LANE_LOOK.halo.color;
  context.lineWidth = LANE_LOOK.halo.width * unit;
  for (const text of backdrop.texts) {
    const { size, weight, color } = LANE_LOOK.text[text.kind];
    context.font = `${weight} ${size * unit}px ${FONT_STACK}`;
    context.textAlign = text.anchor === 'start' ? 'left' : 'center';
    context.fillStyle = color;
    for (const line of text.lines) {
      context.strokeText(line.text, line.at.x, line.at.y);
      context.fillText(line.text, line.at.x, line.at.y);
    }
  }
  context.restore();
};
