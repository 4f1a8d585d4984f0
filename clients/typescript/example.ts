// How a TypeScript integrator uses the generated types: no runtime library, only the types of
// each path's parameters, body and answers, checked by `tsc --noEmit` (tests/contract).
import type { components, paths } from "./intake";
import type { operations as MeasuresOperations } from "./measures";

type PatientIn = components["schemas"]["PatientIn"];
type PutPatient = paths["/v1/patients/{patient_id}"]["put"];
type PatientOut = PutPatient["responses"][201]["content"]["application/json"];
type Trajectory =
  MeasuresOperations["trajectories-get_trajectory"]["responses"][200]["content"]["application/json"];

export async function putPatient(
  baseUrl: string,
  token: string,
  patientId: string,
  patient: PatientIn,
): Promise<PatientOut> {
  const answer = await fetch(`${baseUrl}/v1/patients/${encodeURIComponent(patientId)}`, {
    method: "PUT",
    headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
    body: JSON.stringify(patient),
  });
  if (!answer.ok) throw new Error(`intake answered ${answer.status}`);
  return (await answer.json()) as PatientOut;
}

export function latestTotal(trajectory: Trajectory): number | null | undefined {
  return trajectory.points.at(-1)?.total;
}

export const example: PatientIn = { birth_year: 1990, preferred_language: "es" };
