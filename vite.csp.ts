import type { Plugin } from 'vite';

/**
 * The Content-Security-Policy of the built app. No inline or eval'd script,
 * no inline style (React sets styles through the CSSOM, which CSP allows);
 * images may be data: and blob: URLs (the favicon, exports); the layout
 * worker is a same-origin module. Nothing is loaded from anywhere else.
 * Delivered as a <meta> (frame-ancestors is not allowed there; a host that
 * wants it sets the header).
 */
export const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  // A SPARQL endpoint can live on any origin the user names (the store's CORS headers decide).
  "connect-src 'self' http: https:",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

/** Build only: the dev server injects inline scripts of its own (React refresh). */
export function cspPlugin(): Plugin {
  return {
    name: 'parley-csp',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: () => [
        {
          tag: 'meta',
          attrs: { 'http-equiv': 'Content-Security-Policy', content: CSP },
          injectTo: 'head-prepend',
        },
      ],
    },
  };
}
