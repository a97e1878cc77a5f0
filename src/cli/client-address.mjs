// Which address a request comes from, for the per-address limits (sign-in, look-up, home-visit
// requests). The app reads the first X-Forwarded-For entry; this server sets that header so the
// entry can be trusted: a client's own X-Forwarded-For is believed only through as many
// reverse proxies as TRUSTED_PROXIES says (0 by default: the socket's address, and a forged
// header is ignored).

/**
 * @param {string | string[] | undefined} forwardedFor the X-Forwarded-For header(s) received
 * @param {string | undefined} remoteAddress the socket's peer address
 * @param {number} trustedProxies how many proxies in front of this server append to the header
 * @returns {string | undefined}
 */
export function clientAddress(forwardedFor, remoteAddress, trustedProxies) {
  const received = (Array.isArray(forwardedFor) ? forwardedFor.join(",") : (forwardedFor ?? ""))
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  // Each trusted proxy appended the address it saw; the socket is the nearest hop.
  const hops = [...received, ...(remoteAddress ? [remoteAddress] : [])];
  if (hops.length === 0) return undefined;
  const index = Math.max(0, hops.length - 1 - Math.max(0, Math.floor(trustedProxies)));
  return unmapIPv4(hops[index]);
}

/** "::ffff:203.0.113.5" (IPv4 on a dual-stack socket) → "203.0.113.5", so one client has one key. */
function unmapIPv4(address) {
  const m = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(address);
  return m ? m[1] : address;
}

/** Reads TRUSTED_PROXIES (a whole number ≥ 0; anything else is refused at start). */
export function trustedProxiesFromEnv(value = process.env.TRUSTED_PROXIES) {
  if (value === undefined || value.trim() === "") return 0;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 10) throw new Error(`TRUSTED_PROXIES phải là số nguyên từ 0 đến 10 (đang là «${value}»).`);
  return n;
}

/**
 * The X-Forwarded-Host (or -Proto) to keep: the entry the outermost trusted proxy wrote, or
 * undefined with no trusted proxy (a client's own header is ignored; Next then uses Host).
 * @param {string | string[] | undefined} header the header(s) received
 * @param {number} trustedProxies as for clientAddress
 * @returns {string | undefined}
 */
export function forwardedByProxy(header, trustedProxies) {
  if (trustedProxies < 1) return undefined;
  const entries = (Array.isArray(header) ? header.join(",") : (header ?? ""))
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  if (entries.length === 0) return undefined;
  return entries[Math.max(0, entries.length - Math.floor(trustedProxies))];
}
