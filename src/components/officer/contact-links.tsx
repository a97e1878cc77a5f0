import { mapHref, telHref } from "@/lib/contact";

/** A citizen's phone number as a tap-to-call link. */
export function PhoneLink({ phone }: { phone: string }) {
  return (
    <a href={telHref(phone)} className="text-brand-700 underline">
      {phone}
    </a>
  );
}

/** An address as a link to it on a map (a new tab: the officer's page stays open). */
export function MapLink({ address, place }: { address: string; place?: string }) {
  return (
    <a href={mapHref(address, place)} target="_blank" rel="noopener noreferrer" className="text-brand-700 underline">
      {address}
      <span className="sr-only"> (mở bản đồ)</span>
    </a>
  );
}
