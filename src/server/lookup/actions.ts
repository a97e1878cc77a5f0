"use server";

import { currentActor } from "../auth/session";
import { formOf } from "../validation";
import type { ErrorBody } from "../errors";
import { cancelHomeVisitRequest } from "./cancel-home-visit";
import { lookupRecord, type LookupDto } from "./lookup-dossier";
import { rateDossier } from "./rate-dossier";

export interface LookupState {
  /** What the citizen typed (kept so that the rating form can prove the dossier again). */
  code: string;
  phoneLast4: string;
  /** The whole phone number, once the code's 4-digit checks were used up (src/domain/dossier/lookup-throttle.ts). */
  phone: string;
  result: LookupDto | null;
  error: ErrorBody | null;
  /** Set after a rating was recorded. */
  rated: boolean;
  ratingError: ErrorBody | null;
  /** Set after the citizen cancelled their home-visit request (intent=cancel). */
  cancelled?: boolean;
  cancelError?: ErrorBody | null;
}

/** Form text, cut well above every field's limit (the schemas say what is too long). */
function text(fd: FormData, name: string, max = 100): string {
  const v = fd.get(name);
  return typeof v === "string" ? v.slice(0, max) : "";
}

/**
 * The look-up page's one action: look a dossier up, rate it (intent=rate) or cancel a
 * home-visit request (intent=cancel). One action for all its forms so that without JavaScript
 * the page comes back with the result and what was done.
 */
export async function lookupAction(_prev: LookupState | null, sent: FormData): Promise<LookupState> {
  const formData = formOf(sent);
  const code = text(formData, "code");
  const phoneLast4 = text(formData, "phoneLast4");
  const phone = text(formData, "phone", 30);
  // An empty field is no proof; the whole number, when given, is the one checked.
  const proof = { phoneLast4: phoneLast4 || undefined, phone: phone || undefined };
  const actor = currentActor;
  let rated = false;
  let ratingError: ErrorBody | null = null;
  if (formData.get("intent") === "rate") {
    const r = await rateDossier(actor, { code, ...proof, rating: formData.get("rating") ?? undefined, comment: text(formData, "comment", 2000) || undefined });
    if (r.ok) rated = true;
    else ratingError = r.error;
    // A wrong proof or a throttled one: already counted (or refused), no second look-up.
    if (!r.ok && (r.error.code === "NOT_FOUND" || r.error.code === "RATE_LIMITED")) return { code, phoneLast4, phone, result: null, error: r.error, rated, ratingError: null };
  }
  let cancelled = false;
  let cancelError: ErrorBody | null = null;
  if (formData.get("intent") === "cancel") {
    const r = await cancelHomeVisitRequest(actor, { code, ...proof });
    if (r.ok) cancelled = true;
    else cancelError = r.error;
    if (!r.ok && (r.error.code === "NOT_FOUND" || r.error.code === "RATE_LIMITED")) return { code, phoneLast4, phone, result: null, error: r.error, rated, ratingError: null };
  }
  const found = await lookupRecord(actor, { code, ...proof });
  return { code, phoneLast4, phone, result: found.ok ? found.data : null, error: found.ok ? null : found.error, rated, ratingError, cancelled, cancelError };
}
