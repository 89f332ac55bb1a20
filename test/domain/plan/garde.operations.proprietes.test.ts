import fc from "fast-check";
import { adresseA1 } from "../../../src/domain/classeur/adresse";
import { cellule } from "../../../src/domain/classeur/cellule";
import type { WorkbookSnapshot } from "../../../src/domain/classeur/snapshot";
import {
  MARQUEUR,
  nomDeFeuilleLibre,
  violationsDuPlan,
  type PlanOperation,
} from "../../../src/domain/plan";
import { formuleMarquee } from "../../../src/domain/plan/marqueur";
import { classeurAleatoire, operation } from "./arbitraires";

/**
 * Garde « rien de perdu » : propriété sur **toutes** les opérations du plan (valeurs, formules,
 * formats, fusions, largeurs et hauteurs, validations, MFC, mise en page, sélection, paramètres),
 * comparée à un oracle écrit indépendamment de la garde, sur 1 000 classeurs aléatoires.
 */

const vide = (s: WorkbookSnapshot, id: string, row: number, col: number) => {
  const c = cellule(
    s.sheets.find((f) => f.id === id)!,
    row,
    col,
  );
  return c.formula === null && (c.type === "Empty" || c.value === "");
};

/** Rangs des opérations qu'un plan ne doit pas pouvoir exécuter sans rien perdre. */
function oracle(s: WorkbookSnapshot, ops: readonly PlanOperation[], neuve: string): number[] {
  const refus: number[] = [];
  let ajoutee = false;
  ops.forEach((op, i) => {
    if (op.kind === "addSheet") return void (ajoutee = true);
    if (op.kind === "setSetting") return;
    if ("newSheet" in op.sheet) {
      const sansMarqueur = op.kind === "addConditionalFormat" && !op.formula.includes(MARQUEUR);
      if (!ajoutee || op.sheet.newSheet !== neuve || sansMarqueur) refus.push(i);
      return;
    }
    const id = op.sheet.sheetId;
    switch (op.kind) {
      case "setValues":
      case "setFormulas": {
        const g = op.kind === "setValues" ? op.values : op.formulas;
        const plein = g.some((l, r) =>
          l.some((v, c) => v !== null && !vide(s, id, op.row + r, op.col + c)),
        );
        if (plein) refus.push(i);
        return;
      }
      case "addConditionalFormat":
        if (op.formula !== formuleMarquee(adresseA1(op.range.top, op.range.left))) refus.push(i);
        return;
      case "removeMarkedConditionalFormats":
        if (op.marker !== MARQUEUR) refus.push(i);
        return;
      case "select":
        return;
      default:
        refus.push(i); // format, fusion, largeur, hauteur, validation, mise en page
    }
  });
  return refus;
}

describe("garde « rien de perdu » — propriétés sur toutes les opérations", () => {
  it("la garde refuse exactement les opérations qui perdraient quelque chose (1 000 classeurs)", () => {
    fc.assert(
      fc.property(
        classeurAleatoire.chain((s) => {
          const neuve = nomDeFeuilleLibre(
            "Fiche",
            s.sheets.map((f) => f.name),
          );
          return fc.tuple(
            fc.constant(s),
            fc.constant(neuve),
            fc.array(operation(s, neuve), { maxLength: 6 }),
            fc.option(fc.nat({ max: 6 }), { nil: undefined }),
          );
        }),
        ([s, neuve, ops, ou]) => {
          const plan =
            ou === undefined
              ? ops
              : [...ops.slice(0, ou), { kind: "addSheet", name: neuve } as const, ...ops.slice(ou)];
          const v = violationsDuPlan(s, { titre: "Essai", operations: plan });
          expect([...new Set(v.map((x) => x.index))]).toEqual(oracle(s, plan, neuve));
          for (const x of v) expect(x.message).toMatch(/^[A-Z].{10,}\.$/s);
        },
      ),
      { numRuns: 1000 },
    );
  });
});
