import { adresseA1 } from "../../../../src/domain/classeur/adresse";
import type { Champ } from "../../../../src/domain/classeur/modele";
import { lireClasseurXlsx } from "../../../../src/gateway/xlsx/lire-xlsx";
import { analyserInstantane } from "../../../../src/use-cases/analyser";
import { ecrireAxe } from "./ecrire";
import type { MiseEnPageAxe } from "./parametres";

/**
 * Écarts d'un onglet d'axe aléatoire : chaque thématique rend ses listes, ses autres réponses, ses
 * groupes de cases, ses encarts et ses indicateurs mobilisables aux cellules écrites ; aucune
 * « erreur » sur l'onglet. Liste vide = lu exactement.
 */

const a1 = (c: Champ | undefined) => (c ? adresseA1(c.location.row, c.location.col) : "");
const encartsDe = (e: Readonly<Partial<Record<string, Champ>>>) =>
  Object.fromEntries(Object.entries(e).map(([k, c]) => [k, a1(c)]));

export async function ecartsAxe(m: MiseEnPageAxe): Promise<string[]> {
  const { buffer, verite } = await ecrireAxe(m);
  const a = analyserInstantane(await lireClasseurXlsx(buffer));
  const axe = a.repere.axes.find((x) => x.onglet.nom === verite.feuille);
  if (!axe) return ["axe non repéré"];
  const lues = axe.thematiques.map((t) => ({
    listes: t.questions.filter((q) => q.type === "liste").map((q) => a1(q.reponses[0])),
    autres: t.questions
      .filter((q) => q.type !== "liste" && q.type !== "case")
      .map((q) => a1(q.reponses[0])),
    cases: t.questions.filter((q) => q.type === "case").map((q) => q.reponses.map(a1)),
    encarts: encartsDe(t.encarts),
    mobilisables: (t.mobilisables ?? []).map(a1),
  }));
  const ecarts: string[] = [];
  if (JSON.stringify(lues) !== JSON.stringify(verite.thematiques))
    ecarts.push(`thématiques lues ${JSON.stringify(lues)} ≠ ${JSON.stringify(verite.thematiques)}`);
  if (JSON.stringify(encartsDe(axe.encartsOnglet)) !== JSON.stringify(verite.encartsOnglet))
    ecarts.push("encarts d'onglet différents");
  const erreurs = a.constats
    .filter(
      (c) => c.gravite === "erreur" && c.locations.some((l) => l.sheetName === verite.feuille),
    )
    .map((c) => c.controle);
  if (erreurs.length > 0) ecarts.push(`fausses erreurs ${erreurs.join(", ")}`);
  return ecarts;
}
