import type { Component } from 'svelte';
import type { Tab } from '../../lib/state/tabs';
import ForestView from './ForestView.svelte';
import MrdView from './MrdView.svelte';
import PaperView from './PaperView.svelte';
import KineticsView from './KineticsView.svelte';
import SafetyView from './SafetyView.svelte';
import ResponseView from './ResponseView.svelte';
import SurvivalView from './SurvivalView.svelte';
import type { ViewProps } from './view-props';
import CorrelationsView from './CorrelationsView.svelte';
import CohortView from './CohortView.svelte';

/** The component of each tab (src/lib/state/tabs.ts): a view added later adds its line here. */
export const VIEWS: Record<Tab, Component<ViewProps>> = {
  curves: SurvivalView,
  forest: ForestView,
  mrd: MrdView,
  paper: PaperView,
  kinetics: KineticsView,
  safety: SafetyView,
  correlations: CorrelationsView,
  cohort: CohortView,
  response: ResponseView,
};
