import type { KineticsMetricId } from '../kinetics-types';

/** How each kinetics measurement is named and drawn (the words on screen and in exports). */
export const KINETICS_METRICS: readonly {
  id: KineticsMetricId;
  label: string;
  title: string;
  unit: string;
  scale: 'log' | 'linear';
}[] = [
  {
    id: 'cmax',
    label: 'Cmax',
    title: 'Peak expansion (Cmax)',
    unit: 'copies/µg DNA',
    scale: 'log',
  },
  { id: 'tmax', label: 'Tmax', title: 'Day of the peak (Tmax)', unit: 'days', scale: 'linear' },
  {
    id: 'auc28',
    label: 'AUC0–28d',
    title: 'Exposure in the first 28 days (AUC0–28d)',
    unit: 'copies/µg × days',
    scale: 'log',
  },
  {
    id: 'aucLast',
    label: 'AUC0–last',
    title: 'Exposure to the last sample (AUC0–last)',
    unit: 'copies/µg × days',
    scale: 'log',
  },
  {
    id: 'persistence',
    label: 'Persistence',
    title: 'CAR-T persistence (last detectable sample)',
    unit: 'months',
    scale: 'linear',
  },
];
