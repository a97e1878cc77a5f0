/**
 * Links for reaching a citizen from a phone: tap to call, and the address in a map app.
 * The map is an ordinary search in an external map (nothing is sent until the officer taps).
 */

/** `tel:` link of a Vietnamese phone number as typed ("0905 111 222" → tel:0905111222). */
export function telHref(phone: string): string {
  return `tel:${phone.replace(/[^\d+]/g, "")}`;
}

/** A map search for the address, with the commune's name so that a village name is found. */
export function mapHref(address: string, place?: string): string {
  const q = [address, place].filter(Boolean).join(", ");
  return `https://www.google.com/maps/search/?api=1&query=${encodeURIComponent(q)}`;
}
