/// <reference lib="webworker" />
// Thin adapter: owns the engine (and so the dataset) and exposes it with comlink.
import * as Comlink from 'comlink';
import { createWorkerApi } from '../src/lib/engine/worker-api';

Comlink.expose(createWorkerApi());
