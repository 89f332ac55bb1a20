import type { DiagnosticRepere, Tableau2E } from "../classeur/modele";
import { INDICATEURS_2E } from "./financier-2e";
import { instancesE4, instancesE5, instancesE6 } from "./instances-2e-rh-siege";
import { INDICATEURS_RESULTATS_2E } from "./resultats-2e";
import { libelleColonne, ligne, valeur } from "./tableau-2e";
import type { DefinitionIndicateur, Instance } from "./types";

/** Instances de la famille `fin` (onglet 2-E). */

const AUTORITES = ["ars", "cd", "conjointe"];

function definition(id: string): DefinitionIndicateur {
  const d = [...INDICATEURS_2E, ...INDICATEURS_RESULTATS_2E].find((x) => x.id === id);
  if (!d) throw new Error(`Indicateur inconnu : ${id}`);
  return d;
}

const nomCourt = (id: string) => id.slice(id.indexOf(".") + 1);

function instancesE3(tableau: Tableau2E, exercices: readonly string[]): Instance[] {
  return exercices.flatMap((ex) =>
    INDICATEURS_2E.map((def): Instance => {
      const resultat = valeur(ligne(tableau, nomCourt(def.id)), ex);
      return {
        definition: def,
        perimetre: { cle: "organisme", libelle: "Organisme", exercice: ex },
        entrees: def.entrees.map((e) => {
          const champ = valeur(ligne(tableau, e.cle), ex);
          return champ ? { ...e, champ } : { ...e };
        }),
        ...(resultat ? { resultat } : {}),
      };
    }),
  );
}

function instancesE1(tableau: Tableau2E, exercices: readonly string[]): Instance[] {
  const cumul = tableau.colonnes.find((c) => c.includes("cumul"));
  // La base budgétaire (dénominateur de la réserve de compensation) n'est pas un résultat.
  const resultats = tableau.lignes.filter((l) => l.cle !== "base-budgetaire");
  const parLigne = resultats.map((l): Instance => {
    const resultat = cumul ? valeur(l, cumul) : undefined;
    return {
      definition: definition("fin.resultat-cumule"),
      perimetre: { cle: l.cle, libelle: l.libelle },
      entrees: exercices.map((ex) => {
        const champ = valeur(l, ex);
        return { cle: ex, libelle: `résultat ${ex}`, ...(champ ? { champ } : {}) };
      }),
      ...(resultat ? { resultat } : {}),
    };
  });
  const total = ligne(tableau, "total");
  const autorites = AUTORITES.map((a) => ligne(tableau, a)).filter((l) => l !== undefined);
  const parExercice = (autorites.length > 0 ? exercices : []).map((ex): Instance => {
    const resultat = valeur(total, ex);
    return {
      definition: definition("fin.resultat-total"),
      perimetre: { cle: "organisme", libelle: "Organisme", exercice: ex },
      entrees: autorites.map((l) => {
        const champ = valeur(l, ex);
        return { cle: l.cle, libelle: l.libelle, ...(champ ? { champ } : {}) };
      }),
      ...(resultat ? { resultat } : {}),
    };
  });
  return [...parLigne, ...parExercice];
}

function instancesE2(tableau: Tableau2E): Instance[] {
  const colTotal = tableau.colonnes.find((c) => c.includes("total"));
  const colonnes = tableau.colonnes.filter((c) => !c.includes("total"));
  return tableau.lignes
    .filter((l) => l.cle !== "total")
    .map((l): Instance => {
      const resultat = colTotal ? valeur(l, colTotal) : undefined;
      return {
        definition: definition("fin.reserves-total"),
        perimetre: { cle: l.cle, libelle: l.libelle },
        entrees: colonnes.map((c) => {
          const champ = valeur(l, c);
          return { cle: c, libelle: libelleColonne(tableau, c), ...(champ ? { champ } : {}) };
        }),
        ...(resultat ? { resultat } : {}),
      };
    });
}

export function instances2E(repere: DiagnosticRepere): Instance[] {
  const zone = repere.financier2e;
  if (!zone) return [];
  const { tableaux, exercices } = zone;
  return [
    ...(tableaux["e1-resultats"] ? instancesE1(tableaux["e1-resultats"], exercices) : []),
    ...(tableaux["e2-reserves"] ? instancesE2(tableaux["e2-reserves"]) : []),
    ...(tableaux["e3-financier"] ? instancesE3(tableaux["e3-financier"], exercices) : []),
    ...(tableaux["e4-retraites"] ? instancesE4(tableaux["e4-retraites"]) : []),
    ...(tableaux["e5-effectifs"] ? instancesE5(tableaux["e5-effectifs"]) : []),
    ...(tableaux["e6-frais-siege"] ? instancesE6(tableaux["e6-frais-siege"]) : []),
  ];
}
