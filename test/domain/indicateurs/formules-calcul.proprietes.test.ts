import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import type { Champ } from "../../../src/domain/classeur/modele";
import { localiser, reconnaitreOnglets } from "../../../src/domain/classeur/reconnaissance";
import type { WorkbookSnapshot } from "../../../src/domain/classeur/snapshot";
import {
  INDICATEUR_2D_AUTRE,
  FORMULE_TAUX_2D,
} from "../../../src/domain/indicateurs/complementaires-2d";
import { evaluer, formuleAvecAdresses } from "../../../src/domain/indicateurs/moteur";
import { INDICATEURS, instancesIndicateurs } from "../../../src/domain/indicateurs/registre";
import type { Instance, ResultatIndicateur } from "../../../src/domain/indicateurs/types";
import { analyser } from "../../../src/gateway/host-simule/calcul/analyse";
import { evaluer as evaluerExcel, resultat } from "../../../src/gateway/host-simule/calcul/evaluer";
import type { Scalaire } from "../../../src/gateway/host-simule/calcul/valeurs";

/**
 * Chaque formule Excel d'un indicateur (celle que la vérification attend dans le classeur) et son
 * calcul TypeScript disent la même chose : sur des entrées tirées au hasard, la formule, évaluée
 * par le moteur de l'hôte simulé (celui de l'aperçu, ADR 0011), et `evaluer` du domaine donnent
 * le même nombre, ou tous deux « pas de nombre » (« » ou erreur d'Excel ↔ `null` et sa raison).
 *
 * Instances réelles : celles du classeur d'exemple (adresses, entrées, formules propres à une
 * instance comme la couverture des IDR de l'organisme), dont seules les valeurs sont tirées ;
 * `compl.autre` reprend un bloc 2-D sous la définition de l'intitulé non reconnu.
 *
 * Deux propriétés : (1) toutes les entrées renseignées ; (2) pour les sommes (agrégats) et les
 * taux 2-D, dont la formule prévoit les cellules vides, des entrées vides aussi. Ailleurs, une
 * entrée vide vaut 0 pour Excel et « donnée manquante » pour le complément : convention assumée
 * (indicateurs.md), pas un écart de formule.
 */

const TOURS = 200;

function instantane(): WorkbookSnapshot {
  const chemin = join(__dirname, "../../../assets/exemples/diagnostic-exemple.instantane.json");
  return JSON.parse(readFileSync(chemin, "utf8")) as WorkbookSnapshot;
}

/** Les instances de l'exemple qui ont une formule, trois au plus par indicateur (début, milieu, fin). */
function instancesAFormule(): Map<string, Instance[]> {
  const s = instantane();
  const toutes = instancesIndicateurs(localiser(s, reconnaitreOnglets(s))).filter(
    (i) => formuleAvecAdresses(i) !== undefined,
  );
  const compl = toutes.find((i) => i.definition.formule === FORMULE_TAUX_2D);
  if (compl) toutes.push({ ...compl, definition: INDICATEUR_2D_AUTRE, libelle: "Intitulé libre" });
  const groupes = new Map<string, Instance[]>();
  for (const i of toutes) {
    const cle = i.formule ? `${i.definition.id} (formule de l'instance)` : i.definition.id;
    groupes.set(cle, [...(groupes.get(cle) ?? []), i]);
  }
  for (const [cle, g] of groupes) {
    groupes.set(cle, [...new Set([g[0], g[Math.floor(g.length / 2)], g[g.length - 1]])] as never);
  }
  return groupes;
}

const cleCellule = (feuille: string, row: number, col: number) => `${feuille}!${row}:${col}`;

/** L'instance avec ses entrées remplacées par `valeurs` (`null` = cellule vide). */
function avecValeurs(instance: Instance, valeurs: readonly (number | null)[]): Instance {
  return {
    ...instance,
    entrees: instance.entrees.map((e, i) => {
      const v = valeurs[i] ?? null;
      if (!e.champ) return e;
      const champ: Champ = {
        ...e.champ,
        cellule: {
          ...e.champ.cellule,
          value: v ?? "",
          type: v === null ? "Empty" : "Double",
          formula: null,
          numberFormat: "General",
        },
      };
      return { ...e, champ };
    }),
  };
}

/** La formule attendue de l'instance, évaluée par le moteur de l'hôte simulé. */
function calculExcel(instance: Instance): { value: unknown; type: string } {
  const formule = formuleAvecAdresses(instance);
  const arbre = formule ? analyser(formule) : undefined;
  if (!formule || !arbre) throw new Error(`Formule non comprise : ${String(formule)}`);
  const cellules = new Map<string, Scalaire>();
  for (const e of instance.entrees) {
    if (!e.champ) continue;
    const { sheetName, row, col } = e.champ.location;
    const v = e.champ.cellule.value;
    cellules.set(cleCellule(sheetName, row, col), typeof v === "number" ? v : null);
  }
  const feuille = instance.resultat?.location.sheetName ?? "";
  return resultat(
    evaluerExcel(arbre, {
      cellule: (f, row, col) => cellules.get(cleCellule(f ?? feuille, row, col)) ?? null,
      borner: (_, zone) => zone,
      nom: () => undefined,
    }),
  );
}

/** Même résultat ? Nombres égaux (à 1e-9 près, relatif aux entrées) ; sinon « pas de nombre ». */
function accord(
  excel: { value: unknown; type: string },
  r: ResultatIndicateur,
  sommeesVides: boolean,
): boolean {
  if (r.valeur !== null) {
    if (excel.type !== "Double" || typeof excel.value !== "number") return false;
    const echelle = Math.max(
      1,
      Math.abs(r.valeur),
      ...r.entrees.map((e) => Math.abs(e.valeur ?? 0)),
    );
    return Math.abs(excel.value - r.valeur) <= 1e-9 * echelle;
  }
  if (excel.type === "Empty" || excel.type === "Error") return true;
  // SOMME de cellules toutes vides : 0 pour Excel, « non renseigné » pour le complément.
  return r.raison === "donnee-manquante" && sommeesVides && excel.value === 0;
}

const nombre = fc.oneof(
  fc.integer({ min: -3, max: 3 }),
  fc.integer({ min: -2_000_000, max: 2_000_000 }),
  fc.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true }),
);

const GROUPES = [...instancesAFormule()];
const nomDe = (i: Instance) =>
  [i.perimetre.libelle, i.perimetre.exercice].filter(Boolean).join(", ");

describe("formule Excel ↔ calcul TypeScript, sur des entrées tirées au hasard", () => {
  it("chaque indicateur qui a une formule est couvert", () => {
    const couverts = new Set(GROUPES.flatMap(([, g]) => g.map((i) => i.definition.id)));
    const attendus = INDICATEURS.filter((d) => d.formule).map((d) => d.id);
    expect(attendus.filter((id) => !couverts.has(id))).toEqual([]);
  });

  describe.each(GROUPES)("%s", (_, instances) => {
    it.each(instances.map((i) => [nomDe(i), i] as const))(
      "entrées renseignées (%s)",
      (_p, instance) => {
        const n = instance.entrees.length;
        let calcules = 0;
        fc.assert(
          fc.property(fc.array(nombre, { minLength: n, maxLength: n }), (valeurs) => {
            const i = avecValeurs(instance, valeurs);
            const r = evaluer(i);
            if (r.valeur !== null) calcules++;
            return accord(calculExcel(i), r, false);
          }),
          { numRuns: TOURS },
        );
        // Pas une propriété vide : la plupart des tirages donnent un nombre des deux côtés.
        expect(calcules).toBeGreaterThan(TOURS / 4);
      },
    );

    const videsPrevus = (i: Instance) =>
      i.definition.agregat === true || i.definition.formule === FORMULE_TAUX_2D;
    const avecVides = instances.filter(videsPrevus);
    if (avecVides.length === 0) return;
    it.each(avecVides.map((i) => [nomDe(i), i] as const))(
      "entrées vides comprises (%s)",
      (_p, instance) => {
        const n = instance.entrees.length;
        const nommees = new Set(
          [...(instance.formule ?? instance.definition.formule).matchAll(/\{([^}*]+)\}/g)].map(
            (m) => m[1],
          ),
        );
        fc.assert(
          fc.property(
            fc.array(fc.option(nombre, { freq: 3 }), { minLength: n, maxLength: n }),
            (valeurs) => {
              const i = avecValeurs(instance, valeurs);
              const sommeesVides = instance.entrees.every(
                (e, k) => nommees.has(e.cle) || valeurs[k] === null,
              );
              return accord(calculExcel(i), evaluer(i), sommeesVides);
            },
          ),
          { numRuns: TOURS },
        );
      },
    );
  });
});
