"use server";

import { redirect } from "next/navigation";
import { paths } from "@/lib/paths";
import { defineSteps } from "../action";
import { currentActor } from "../auth/session";
import type { Result } from "../errors";
import { formDataToObject } from "../validation";
import { addQuestion } from "./add-question";
import { answerQuestion } from "./answer-question";
import { generateSessions } from "./generate-sessions";
import { holdSession } from "./hold-session";

type State = Result<unknown> | null;

const sessionStep = defineSteps({ hold: holdSession, question: addQuestion, answer: answerQuestion });

/** One step on a listening session; the form names it in a hidden "step" field. */
export async function sessionStepAction(_prev: State, formData: FormData): Promise<State> {
  const raw = formDataToObject(formData);
  const unit = String(raw.unitSlug ?? "");
  const result = await sessionStep(currentActor, raw);
  if (result.ok && /^[a-z0-9-]+$/.test(unit)) redirect(paths.officer.sessionQuestions(unit, String(raw.sessionId), { da: result.data.step }));
  return result;
}

export async function generateSessionsAction(_prev: State, formData: FormData): Promise<State> {
  const raw = formDataToObject(formData);
  const result = await generateSessions(currentActor, raw);
  const unit = String(raw.unitSlug ?? "");
  if (result.ok && /^[a-z0-9-]+$/.test(unit)) redirect(paths.officer.sessions(unit, { lap: result.data.created }));
  return result;
}
