/** True in the demo build (`wxt build --mode demo`): the bundled demo system's origin may be read. */
export const DEMO_BUILD = import.meta.env.MODE === 'demo';
