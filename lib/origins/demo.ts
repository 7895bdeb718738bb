/**
 * The bundled demo legacy system (synthetic data) and the build that may read it. Only the
 * demo build (`wxt build --mode demo`, used by `npm start` and the e2e tests) knows these
 * origins; the store build reads no local web app at all.
 */
export const DEMO_PORT = 4780;
export const DEMO_ORIGINS = [`http://127.0.0.1:${DEMO_PORT}`, `http://localhost:${DEMO_PORT}`] as const;
/** The token a built-in profile uses in `hosts` to say "the demo system, in the demo build only". */
export const DEMO_HOST_TOKEN = 'demo';
/**
 * Public half of the demo build's signing key (manifest `key`), so the demo build always has
 * the id below and an enterprise-policy file can name it. Not a secret: only a public key.
 */
export const DEMO_MANIFEST_KEY =
  'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEArfH9zoWeJ7GV0yqZonXfMys4vZ6zkj8Bvt4jee0TvC/KCcx4eKt2To7AS+OvOK+AHta9FfepFu165DJDLXQss5XUuV6xSr2v39tw+n0GjeQU0j2UWJ8055XR4V7Cc5uPYv5p2NX97EzuDNzgnPd85+68UrdRx6OfZCr7xgroSDL+XomsM95/fDEFQ+LyiAqEopErTiDUUGlWNnAAXTJihBdIzOfFGE2VpB7NsoOpoHG/dEY5iYbsLnjHeS+TPWD6QLhWJkHSo3XZqmBG5rM1tSUCijOxRRNwCQZoz6d/E7tOrh9fiVgegNLE+dNdT9SFtbZHjEUbziTyneyHjRjhZQIDAQAB';
export const DEMO_EXTENSION_ID = 'jfckfpmlaihfjanelekfonkjaijodmii';
