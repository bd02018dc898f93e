/** Rejection of a request that a newer request on the same channel replaced; callers ignore it. */
export class Superseded extends Error {
  constructor() {
    super('superseded by a newer request');
    this.name = 'Superseded';
  }
}
