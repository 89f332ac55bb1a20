import { adresseA1, citerFeuille } from "../classeur/adresse";
import { cellule } from "../classeur/cellule";
import { ErreurDiagnostic } from "../erreurs/erreur-diagnostic";
import { rendreErreurDomaine } from "../erreurs/fr";
import type { SheetSnapshot, WorkbookSnapshot } from "../classeur/snapshot";
import { estFormuleMarquee, MARQUEUR } from "./marqueur";
import { memeNom, validerNomDeFeuille } from "./nom-feuille";
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

export interface Violation {
  /** Rang de l'opération dans le plan (à partir de 0). */
  readonly index: number;
  readonly kind: PlanOperation["kind"];
  readonly message: string;
}

/** Le refus de la garde : une `ErreurDiagnostic` (« plan/rien-de-perdu ») qui garde les violations. */
export class RienDePerduError extends ErreurDiagnostic<"plan/rien-de-perdu"> {
  constructor(
    readonly titre: string,
    readonly violations: readonly Violation[],
  ) {
    const extrait = violations.slice(0, 5).map((v) => `- ${v.message}`);
    const reste = violations.length > 5 ? [`- … et ${violations.length - 5} autre(s).`] : [];
    const m = {
      code: "plan/rien-de-perdu",
      params: { titre, violations: [...extrait, ...reste].join("\n") },
    } as const;
    super(m.code, m.params, rendreErreurDomaine(m));
    this.name = "RienDePerduError";
  }
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
    const refuser = (message: string) => violations.push({ index, kind: op.kind, message });
    if (op.kind === "setSetting") return;
    if (op.kind === "addSheet") {
      const invalide = validerNomDeFeuille(op.name);
      if (invalide) refuser(`Feuille à ajouter : ${invalide}.`);
      else if (snapshot.sheets.some((s) => memeNom(s.name, op.name)))
        refuser(`Une feuille « ${op.name} » existe déjà : elle ne sera pas remplacée.`);
      else if (ajoutees.some((n) => memeNom(n, op.name)))
        refuser(`La feuille « ${op.name} » est ajoutée deux fois.`);
      ajoutees.push(op.name);
      return;
    }
    const ref: SheetRef = op.sheet;
    if ("newSheet" in ref) {
      if (!ajoutees.some((n) => n === ref.newSheet))
        refuser(`La feuille « ${ref.newSheet} » n'est pas ajoutée avant d'être utilisée.`);
      else if (op.kind === "addConditionalFormat" && !op.formula.includes(MARQUEUR))
        refuser(`Mise en forme conditionnelle sans le marqueur « ${MARQUEUR} ».`);
      return;
    }
    const sheet = snapshot.sheets.find((s) => s.id === ref.sheetId);
    if (!sheet) {
      refuser(`Feuille inconnue (id ${ref.sheetId}) : elle a peut-être été supprimée.`);
      return;
    }
    const nom = citerFeuille(sheet.name);
    if (op.kind === "setPageLayout") {
      refuser(
        `Changement de mise en page d'impression sur la feuille existante ${nom} : elle garde la sienne.`,
      );
      return;
    }
    if (FORMATS.includes(op.kind)) {
      refuser(
        `Changement de mise en forme, de fusion ou de validation sur la feuille existante ${nom}.`,
      );
      return;
    }
    if (op.kind === "setValues" || op.kind === "setFormulas") {
      for (const m of ecrituresSurPleines(sheet, op)) refuser(m);
      return;
    }
    switch (op.kind) {
      case "addConditionalFormat":
        if (!estFormuleMarquee(op.formula))
          refuser(
            `Mise en forme conditionnelle sur la feuille existante ${nom} qui n'est pas une règle de surlignage du complément.`,
          );
        return;
      case "removeMarkedConditionalFormats":
        if (!op.marker.includes(MARQUEUR))
          refuser(
            `Retrait de mises en forme conditionnelles non marquées « ${MARQUEUR} » sur ${nom}.`,
          );
        return;
      default:
        return; // select
    }
  });
  return violations;
}

type Ecriture = Extract<PlanOperation, { kind: "setValues" | "setFormulas" }>;

/** Messages pour chaque cellule non vide qu'une écriture (valeur ou formule non nulle) toucherait. */
function ecrituresSurPleines(sheet: SheetSnapshot, op: Ecriture): string[] {
  const nom = citerFeuille(sheet.name);
  const grille = op.kind === "setValues" ? op.values : op.formulas;
  const res: string[] = [];
  grille.forEach((ligne, i) =>
    ligne.forEach((v, j) => {
      const row = op.row + i;
      const col = op.col + j;
      if (v === null || celluleVide(sheet, row, col)) return;
      const a = adresseA1(row, col);
      res.push(
        op.kind === "setValues"
          ? `La cellule ${nom}!${a} n'est pas vide : elle ne sera pas écrasée.`
          : `Formule dans la feuille existante ${nom} : la cellule ${a} n'est pas vide, elle ne sera pas écrasée.`,
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
      for (const message of ecrituresSurPleines(sheet, op))
        res.push({ index, kind: op.kind, message });
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
