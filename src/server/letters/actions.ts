"use server";

import { redirect } from "next/navigation";
import { paths } from "@/lib/paths";
import { currentActor } from "../auth/session";
import type { Result } from "../errors";
import { formDataToObject } from "../validation";
import { saveTemplate } from "./save-template";
import { sendLetter } from "./send-letter";

type State = Result<unknown> | null;

export async function sendLetterAction(_prev: State, formData: FormData): Promise<State> {
  const raw = formDataToObject(formData);
  const result = await sendLetter(currentActor, raw);
  const unit = String(raw.unitSlug ?? "");
  if (result.ok && /^[a-z0-9-]+$/.test(unit)) redirect(paths.officer.letter(unit, result.data.id));
  return result;
}

export async function saveTemplateAction(_prev: State, formData: FormData): Promise<State> {
  const raw = formDataToObject(formData);
  const result = await saveTemplate(currentActor, raw);
  const unit = String(raw.unitSlug ?? "");
  if (result.ok && /^[a-z0-9-]+$/.test(unit)) redirect(paths.officer.letters(unit, { mau: "moi" }));
  return result;
}
