import { adresseA1, citerFeuille } from "../classeur/adresse";
import { cellule } from "../classeur/cellule";
import { ErreurDiagnostic } from "../erreurs/erreur-diagnostic";
import { rendreErreurDomaine } from "../erreurs/fr";
import type { SheetSnapshot, WorkbookSnapshot } from "../classeur/snapshot";
import { estFormuleMarquee, MARQUEUR } from "./marqueur";
import { listeDesViolations, rendreGarde, type ViolationGarde } from "./messages-garde";
import { memeNom, raisonNomInvalide } from "./nom-feuille";
import type { PlanOperation, SheetRef, WritePlan } from "./types";

/**
 * Garde « rien de perdu » (docs/architecture.md) : refuse tout plan qui écraserait une cellule non
 * vide, changerait la mise en forme, les fusions, les validations ou la mise en page d'impression
 * d'une feuille existante, ou ajouterait une feuille au nom pris ou invalide. Tout est permis sur
 * une feuille ajoutée par le plan ; sur une feuille existante, seules sont permises l'écriture d'une valeur ou d'une formule
 * dans une cellule vide, les mises en forme conditionnelles de surlignage (formule exacte,
 * `estFormuleMarquee`), la sélection ; et partout les paramètres. La passerelle refait la partie
 * « cellule vide » sur le classeur tel qu'il est au moment d'écrire (`violationsDesEcritures`).
 */

export { MARQUEUR } from "./marqueur";

/** Une violation : son code et ses paramètres (`ViolationGarde`), où, et son message rendu. */
export type Violation = ViolationGarde & {
  /** Rang de l'opération dans le plan (à partir de 0). */
  readonly index: number;
  readonly kind: PlanOperation["kind"];
  /** Le message en français (`rendreGarde`). */
  readonly message: string;
};

/** Le refus de la garde : une `ErreurDiagnostic` (« plan/rien-de-perdu ») qui garde les violations. */
export class RienDePerduError extends ErreurDiagnostic<"plan/rien-de-perdu"> {
  constructor(
    readonly titre: string,
    readonly violations: readonly Violation[],
  ) {
    const m = {
      code: "plan/rien-de-perdu",
      params: { titre, violations: listeDesViolations(violations.map((v) => v.message)) },
    } as const;
    super(m.code, m.params, rendreErreurDomaine(m));
    this.name = "RienDePerduError";
  }
}

/** La violation `v` de l'opération `index`, son message rendu. */
function violation(index: number, kind: PlanOperation["kind"], v: ViolationGarde): Violation {
  return { ...v, index, kind, message: rendreGarde(v) };
}

/** Vide pour la garde : aucune valeur et aucune formule (une formule qui renvoie "" n'est pas vide). */
function celluleVide(sheet: SheetSnapshot, row: number, col: number): boolean {
  const c = cellule(sheet, row, col);
  return c.formula === null && (c.type === "Empty" || c.value === "");
}

const FORMATS: readonly PlanOperation["kind"][] = [
  "setFormat",
  "merge",
  "setColumnWidth",
  "setRowHeight",
  "addListValidation",
];

export function violationsDuPlan(snapshot: WorkbookSnapshot, plan: WritePlan): Violation[] {
  const violations: Violation[] = [];
  const ajoutees: string[] = [];
  plan.operations.forEach((op, index) => {
    const refuser = (v: ViolationGarde) => violations.push(violation(index, op.kind, v));
    if (op.kind === "setSetting") return;
    if (op.kind === "addSheet") {
      const invalide = raisonNomInvalide(op.name);
      if (invalide) refuser(invalide);
      else if (snapshot.sheets.some((s) => memeNom(s.name, op.name)))
        refuser({ code: "feuille/existe", params: { nom: op.name } });
      else if (ajoutees.some((n) => memeNom(n, op.name)))
        refuser({ code: "feuille/ajoutee-deux-fois", params: { nom: op.name } });
      ajoutees.push(op.name);
      return;
    }
    const ref: SheetRef = op.sheet;
    if ("newSheet" in ref) {
      if (!ajoutees.some((n) => n === ref.newSheet))
        refuser({ code: "feuille/non-ajoutee", params: { nom: ref.newSheet } });
      else if (op.kind === "addConditionalFormat" && !op.formula.includes(MARQUEUR))
        refuser({ code: "ajoutee/sans-marqueur", params: { marqueur: MARQUEUR } });
      return;
    }
    const sheet = snapshot.sheets.find((s) => s.id === ref.sheetId);
    if (!sheet) {
      refuser({ code: "feuille/inconnue", params: { id: ref.sheetId } });
      return;
    }
    const feuille = citerFeuille(sheet.name);
    if (op.kind === "setPageLayout") {
      refuser({ code: "existante/mise-en-page", params: { feuille } });
      return;
    }
    if (FORMATS.includes(op.kind)) {
      refuser({ code: "existante/format", params: { feuille } });
      return;
    }
    if (op.kind === "setValues" || op.kind === "setFormulas") {
      for (const m of ecrituresSurPleines(sheet, op)) refuser(m);
      return;
    }
    switch (op.kind) {
      case "addConditionalFormat":
        if (!estFormuleMarquee(op.formula))
          refuser({ code: "existante/surlignage", params: { feuille } });
        return;
      case "removeMarkedConditionalFormats":
        if (!op.marker.includes(MARQUEUR))
          refuser({
            code: "existante/retrait-non-marque",
            params: { marqueur: MARQUEUR, feuille },
          });
        return;
      default:
        return; // select
    }
  });
  return violations;
}

type Ecriture = Extract<PlanOperation, { kind: "setValues" | "setFormulas" }>;

/** Une violation pour chaque cellule non vide qu'une écriture (valeur ou formule non nulle) toucherait. */
function ecrituresSurPleines(sheet: SheetSnapshot, op: Ecriture): ViolationGarde[] {
  const feuille = citerFeuille(sheet.name);
  const grille = op.kind === "setValues" ? op.values : op.formulas;
  const res: ViolationGarde[] = [];
  grille.forEach((ligne, i) =>
    ligne.forEach((v, j) => {
      const row = op.row + i;
      const col = op.col + j;
      if (v === null || celluleVide(sheet, row, col)) return;
      const params = { feuille, cellule: adresseA1(row, col) };
      res.push(
        op.kind === "setValues"
          ? { code: "cellule/valeur-sur-pleine", params }
          : { code: "cellule/formule-sur-pleine", params },
      );
    }),
  );
  return res;
}

/**
 * La partie de la garde qui dépend de l'état du classeur : les écritures de valeurs et de formules
 * sur des feuilles existantes, vérifiées contre `snapshot` (la passerelle y met les cellules
 * visées, relues au moment d'écrire). Une feuille absente de `snapshot` n'est pas vérifiée ici.
 */
export function violationsDesEcritures(snapshot: WorkbookSnapshot, plan: WritePlan): Violation[] {
  const res: Violation[] = [];
  plan.operations.forEach((op, index) => {
    if ((op.kind !== "setValues" && op.kind !== "setFormulas") || !("sheetId" in op.sheet)) return;
    const id = op.sheet.sheetId;
    const sheet = snapshot.sheets.find((s) => s.id === id);
    if (sheet)
      for (const v of ecrituresSurPleines(sheet, op)) res.push(violation(index, op.kind, v));
  });
  return res;
}

declare const verifie: unique symbol;

/**
 * Un plan passé par la garde (ADR 0014) : le seul que `WorkbookGateway.apply` accepte. La marque
 * n'existe que pour le compilateur ; seul `assertNothingLost` la pose.
 */
export type PlanGarde = WritePlan & { readonly [verifie]: true };

/**
 * Lève `RienDePerduError` si le plan perdrait quelque chose ; sinon rend le même objet, marqué
 * `PlanGarde` (ses champs sont en lecture seule : il ne change plus après la vérification).
 */
export function assertNothingLost(snapshot: WorkbookSnapshot, plan: WritePlan): PlanGarde {
  const violations = violationsDuPlan(snapshot, plan);
  if (violations.length > 0) throw new RienDePerduError(plan.titre, violations);
  return plan as PlanGarde;
}
