import { BOLD_TITLE } from './chart-look';
import { wrapText } from './text-width';
import type { ZphLook } from './zph-look';

/** One line of text of the proportional-hazards plot, at its baseline (px from the SVG's top). */
export interface ZphLine {
  text: string;
  y: number;
}

export interface ZphTexts {
  /** The covariate (bold, title size), wrapped to the width. */
  title: ZphLine[];
  /** The endpoint and model, then the method note, wrapped. */
  subtitle: ZphLine[];
  note: ZphLine[];
  /** Where the plot starts (px from the SVG's top). */
  top: number;
  /** Baseline offsets below the time axis: tick labels and the axis title. */
  tickLabelDy: number;
  axisTitleDy: number;
  /** The fitted-coefficient key under the plot, wrapped. */
  coef: ZphLine[];
  /** "Simulated data" mark (right-aligned), or null. */
  simulated: ZphLine | null;
  /** Height of the whole SVG. */
  height: number;
}

/**
 * The texts around a proportional-hazards plot laid out for one width and text size: the title,
 * subtitle and method note wrapped above the plot, the fitted line's key and the simulated mark
 * below it, so nothing is cut off on a phone or with large text (zph-look.ts gives the sizes).
 * @example zphTexts({ width: 300, title: 'Age', subtitle: 'PFS', note: 'β(t)', coefLabel: 'HR 1.2', simulated: true, plotHeight: 186 }, zphLook()).height
 */
export function zphTexts(
  input: {
    width: number;
    title: string;
    subtitle: string;
    note: string;
    coefLabel: string;
    simulated: boolean;
    /** Height of the plot with its margins (zphFigure's height). */
    plotHeight: number;
  },
  look: Pick<ZphLook, 'fontSize' | 'titleSize' | 'lineGap'>,
): ZphTexts {
  const room = Math.max(40, input.width - 4);
  let y = look.titleSize + 1;
  const title = wrapText(input.title, room / BOLD_TITLE, look.titleSize).map((text, i) => ({
    text,
    y: y + i * (look.titleSize + 4),
  }));
  y = title[title.length - 1].y + look.lineGap + 2;
  const stack = (text: string): ZphLine[] => {
    const lines = wrapText(text, room, look.fontSize).map((t, i) => ({
      text: t,
      y: y + i * look.lineGap,
    }));
    y = lines[lines.length - 1].y + look.lineGap;
    return lines;
  };
  const subtitle = stack(input.subtitle);
  const note = stack(input.note);
  const top = note[note.length - 1].y + Math.round(look.fontSize * 0.8);
  y = top + input.plotHeight + look.fontSize - 2;
  const coef = stack(input.coefLabel);
  const simulated = input.simulated
    ? { text: "Simulated data — not the study's patients", y: y + 2 }
    : null;
  const last = simulated ? simulated.y : coef[coef.length - 1].y;
  return {
    title,
    subtitle,
    note,
    top,
    tickLabelDy: look.fontSize + 4,
    axisTitleDy: 2 * look.fontSize + 8,
    coef,
    simulated,
    height: last + Math.round(look.fontSize * 0.6),
  };
}
