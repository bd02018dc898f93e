/// <reference lib="webworker" />
// Thin adapter: owns the engine (and so the dataset) and exposes it with comlink.
import * as Comlink from 'comlink';
import { createEngine } from '../src/lib/engine/engine';

Comlink.expose(createEngine());
