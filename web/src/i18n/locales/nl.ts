import core from '../nl.json';

/**
 * The Dutch messages every screen needs, the login page included. A function, so a bundle that imports this module
 * without calling it can drop it whole. The areas' messages are in ./nl-areas.ts.
 */
export default function messages() {
  return core;
}
