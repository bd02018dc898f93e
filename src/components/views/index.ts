import type { Component } from 'svelte';
import type { Tab } from '../../lib/state/tabs';
import ForestView from './ForestView.svelte';
import ResponseView from './ResponseView.svelte';
import SurvivalView from './SurvivalView.svelte';
import type { ViewProps } from './view-props';

/** The component of each tab (src/lib/state/tabs.ts): a view added later adds its line here. */
export const VIEWS: Record<Tab, Component<ViewProps>> = {
  curves: SurvivalView,
  forest: ForestView,
  response: ResponseView,
};
