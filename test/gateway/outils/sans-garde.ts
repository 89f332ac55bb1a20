import type { PlanGarde } from "../../../src/domain/plan/garde";
import type { WritePlan } from "../../../src/domain/plan/types";

/**
 * Pour tester une passerelle seule, ses propres défenses comprises (garde refaite au moment
 * d'écrire, nom de feuille pris, feuille inconnue) : le plan ne passe pas par `assertNothingLost`,
 * à dessein. Jamais hors des tests : en production, seul `assertNothingLost` rend un `PlanGarde`.
 */
export const sansGarde = (plan: WritePlan): PlanGarde => plan as PlanGarde;
