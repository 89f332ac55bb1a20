import type { PlanGarde } from "../domain/plan/garde";
import type { ApplyResult, WorkbookGateway } from "../gateway/port";

/** Écrit un plan gardé par `gateway` (rien à faire pour un plan vide). */
export async function ecrirePlan(
  gateway: Pick<WorkbookGateway, "apply">,
  plan: PlanGarde,
): Promise<ApplyResult> {
  return plan.operations.length > 0 ? gateway.apply(plan) : { sheetNames: {} };
}
