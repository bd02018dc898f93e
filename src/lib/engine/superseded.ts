/**
 * Rejection of a request that a newer request on the same channel replaced, or that a stopped
 * engine abandoned (EngineStopped: the app says why once and redraws); views ignore it.
 */
export class Superseded extends Error {
  constructor(message = 'superseded by a newer request') {
    super(message);
    this.name = 'Superseded';
  }
}
