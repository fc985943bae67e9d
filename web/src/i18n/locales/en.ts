import core from '../en.json';

/**
 * The English messages every screen needs, the login page included. A function, so a bundle that imports this module
 * without calling it can drop it whole. The areas' messages are in ./en-areas.ts.
 */
export default function messages() {
  return core;
}
