import type { Gravite } from "../domain/controles/types";
import { sansControles } from "../domain/export/neutraliser";
import { GRAVITES } from "./arguments";
import type { RapportFichier } from "./analyser-fichier";
import type { ConstatJson, FichierJson, ResumeJson } from "./document";

/** Sortie lisible de `analyser` : un résumé français par fichier, puis un bilan du lot. */

const pluriel = (n: number, mot: string, motPluriel = `${mot}s`) =>
  `${n.toLocaleString("fr-FR")} ${n > 1 ? motPluriel : mot}`;

const pourcent = (x: number) =>
  x.toLocaleString("fr-FR", { style: "percent", maximumFractionDigits: 0 });

const TITRES: Readonly<Record<Gravite, string>> = {
  erreur: "Erreurs",
  alerte: "Alertes",
  info: "Informations",
};

const MOTS: Readonly<Record<Gravite, [string, keyof Comptes]>> = {
  erreur: ["erreur", "erreurs"],
  alerte: ["alerte", "alertes"],
  info: ["info", "infos"],
};

type Comptes = Pick<ResumeJson, "erreurs" | "alertes" | "infos">;

/** « 2 erreurs, 1 alerte, 0 info » ; avec `--gravite`, les seules gravités retenues. */
export function comptesGravites(c: Comptes, gravite: Gravite | null = null): string {
  const retenues = GRAVITES.slice(0, GRAVITES.indexOf(gravite ?? "info") + 1);
  const texte = retenues.map((g) => pluriel(c[MOTS[g][1]], MOTS[g][0])).join(", ");
  return gravite ? `${texte} (--gravite ${gravite})` : texte;
}

/** « Annexe 1!B10 », « Axe 1-1!B12, B13, B14 (+2) », « classeur » sans cellule. */
function ou(c: ConstatJson): string {
  if (!c.cellule) return c.onglet ? `onglet ${c.onglet}` : "classeur";
  const premieres = c.cellules.slice(0, 3).join(", ");
  const reste = c.cellules.length > 3 ? ` (+${c.cellules.length - 3})` : "";
  return `${c.onglet ?? ""}!${premieres}${reste}`;
}

function lignesConstats(f: FichierJson, gravites: readonly Gravite[]): string[] {
  const lignes: string[] = [];
  for (const g of gravites) {
    const liste = f.constats.filter((c) => c.gravite === g);
    if (liste.length === 0) continue;
    lignes.push(`  ${TITRES[g]} :`);
    for (const c of liste) {
      lignes.push(`    - ${ou(c)} : ${c.message}`);
      lignes.push(`      Correction : ${c.correction}`);
    }
  }
  return lignes;
}

function lignesOnglets(f: FichierJson): string[] {
  const reconnus = f.onglets.filter((o) => o.type !== "inconnu");
  const autres = f.onglets.filter((o) => o.type === "inconnu");
  const lignes = [
    `  Onglets reconnus : ${reconnus.length} sur ${f.onglets.length}` +
      (reconnus.length ? ` (${reconnus.map((o) => o.nom).join(", ")})` : ""),
  ];
  if (autres.length) {
    lignes.push(`  Onglets non reconnus : ${autres.map((o) => `« ${o.nom} »`).join(", ")}`);
  }
  const masques = reconnus.filter((o) => !o.visible);
  if (masques.length) {
    lignes.push(`  Onglets masqués : ${masques.map((o) => `« ${o.nom} »`).join(", ")}`);
  }
  return lignes;
}

function lignesSaisie(f: FichierJson): string {
  const total = f.onglets.reduce((n, o) => n + o.saisies.total, 0);
  const remplies = f.onglets.reduce((n, o) => n + o.saisies.remplies, 0);
  if (total === 0) return "  Saisie : aucune cellule de saisie (bleue) repérée";
  return `  Saisie : ${remplies.toLocaleString("fr-FR")} cellules renseignées sur ${pluriel(total, "cellule")} de saisie (${pourcent(remplies / total)})`;
}

/**
 * Résumé d'un fichier, sans caractère de commande venu du classeur (noms de feuilles, textes cités
 * dans les messages : un « ESC[2J » n'efface pas le terminal). Sans `--gravite`, seules les erreurs sont détaillées (alertes et infos
 * comptées) ; avec `--gravite`, tous les constats retenus le sont.
 */
export function texteFichier(r: RapportFichier, gravite: Gravite | null): string {
  return sansControles(texteBrut(r, gravite));
}

function texteBrut(r: RapportFichier, gravite: Gravite | null): string {
  const f = r.json;
  if (f.statut === "illisible") {
    return [`■ ${f.fichier} — illisible`, `  ${f.erreur?.message ?? ""}`, ""].join("\n") + "\n";
  }
  const n = (g: Gravite) => f.constats.filter((c) => c.gravite === g).length;
  const comptes = { erreurs: n("erreur"), alertes: n("alerte"), infos: n("info") };
  const calcules = f.indicateurs.filter((i) => i.valeur !== null).length;
  const lignes = [`■ ${f.fichier}`, ...f.avertissements.map((a) => `  Lecture : ${a}`)];
  lignes.push(...lignesOnglets(f));
  if (r.nonReconnu) lignes.push(`  ${r.nonReconnu}`);
  lignes.push(
    lignesSaisie(f),
    `  Indicateurs : ${calcules} calculés sur ${f.indicateurs.length}`,
    `  Constats : ${comptesGravites(comptes, gravite)}`,
  );
  if (gravite) {
    lignes.push(...lignesConstats(f, ["erreur", "alerte", "info"]));
  } else {
    lignes.push(...lignesConstats(f, ["erreur"]));
    if (comptes.alertes + comptes.infos > 0) {
      lignes.push(
        "  (alertes et infos non détaillées : ajoutez --gravite info pour les lister, ou --json)",
      );
    }
  }
  return `${lignes.join("\n")}\n\n`;
}

export function texteBilan(resume: ResumeJson, gravite: Gravite | null): string {
  const illisibles =
    resume.illisibles > 0 ? `, dont ${pluriel(resume.illisibles, "illisible")}` : "";
  return `Bilan : ${pluriel(resume.fichiers, "fichier")}${illisibles} ; ${comptesGravites(resume, gravite)}.\n`;
}
