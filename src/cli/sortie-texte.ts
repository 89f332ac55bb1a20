import type { Gravite } from "../domain/controles/types";
import { sansControles } from "../domain/export/neutraliser";
import { GRAVITES } from "./arguments";
import type { RapportFichier } from "./rapport-fichier";
import type { ConstatJson, FichierJson, ResumeJson } from "./document";
import { rendreAnalyser as r } from "./messages-analyser";

/** Sortie lisible de `analyser` : un résumé français par fichier, puis un bilan du lot. */

const nombre = (n: number) => n.toLocaleString("fr-FR");

const pourcent = (x: number) =>
  x.toLocaleString("fr-FR", { style: "percent", maximumFractionDigits: 0 });

const TITRES = {
  erreur: "constats/erreurs",
  alerte: "constats/alertes",
  info: "constats/infos",
} as const satisfies Record<Gravite, string>;

const COMPTES = {
  erreur: ["compte/erreurs", "erreurs"],
  alerte: ["compte/alertes", "alertes"],
  info: ["compte/infos", "infos"],
} as const satisfies Record<Gravite, readonly [string, keyof Comptes]>;

type Comptes = Pick<ResumeJson, "erreurs" | "alertes" | "infos">;

/** « 2 erreurs, 1 alerte, 0 info » ; avec `--gravite`, les seules gravités retenues. */
export function comptesGravites(c: Comptes, gravite: Gravite | null = null): string {
  const retenues = GRAVITES.slice(0, GRAVITES.indexOf(gravite ?? "info") + 1);
  const texte = retenues
    .map((g) => {
      const [code, cle] = COMPTES[g];
      return r({ code, params: { nombre: nombre(c[cle]), n: c[cle] } });
    })
    .join(", ");
  return gravite ? r({ code: "compte/gravite", params: { comptes: texte, gravite } }) : texte;
}

/** « Annexe 1!B10 », « Axe 1-1!B12, B13, B14 (+2) », « classeur » sans cellule. */
function ou(c: ConstatJson): string {
  if (!c.cellule) {
    return c.onglet
      ? r({ code: "lieu/onglet", params: { onglet: c.onglet } })
      : r({ code: "lieu/classeur", params: {} });
  }
  const params = { onglet: c.onglet ?? "", cellules: c.cellules.slice(0, 3).join(", ") };
  return c.cellules.length > 3
    ? r({ code: "lieu/cellules-et-autres", params: { ...params, autres: c.cellules.length - 3 } })
    : r({ code: "lieu/cellules", params });
}

function lignesConstats(f: FichierJson, gravites: readonly Gravite[]): string[] {
  const lignes: string[] = [];
  for (const g of gravites) {
    const liste = f.constats.filter((c) => c.gravite === g);
    if (liste.length === 0) continue;
    lignes.push(r({ code: TITRES[g], params: {} }));
    for (const c of liste) {
      lignes.push(r({ code: "constat/message", params: { lieu: ou(c), message: c.message } }));
      lignes.push(r({ code: "constat/correction", params: { correction: c.correction } }));
    }
  }
  return lignes;
}

const noms = (onglets: readonly { readonly nom: string }[]) =>
  onglets.map((o) => r({ code: "onglets/nom", params: { nom: o.nom } })).join(", ");

function lignesOnglets(f: FichierJson): string[] {
  const reconnus = f.onglets.filter((o) => o.type !== "inconnu");
  const autres = f.onglets.filter((o) => o.type === "inconnu");
  const compte = { reconnus: reconnus.length, total: f.onglets.length };
  const lignes = [
    reconnus.length
      ? r({
          code: "onglets/reconnus-noms",
          params: { ...compte, noms: reconnus.map((o) => o.nom).join(", ") },
        })
      : r({ code: "onglets/reconnus", params: compte }),
  ];
  if (autres.length) {
    lignes.push(r({ code: "onglets/non-reconnus", params: { noms: noms(autres) } }));
  }
  const masques = reconnus.filter((o) => !o.visible);
  if (masques.length) {
    lignes.push(r({ code: "onglets/masques", params: { noms: noms(masques) } }));
  }
  return lignes;
}

function lignesSaisie(f: FichierJson): string {
  const total = f.onglets.reduce((n, o) => n + o.saisies.total, 0);
  const remplies = f.onglets.reduce((n, o) => n + o.saisies.remplies, 0);
  if (total === 0) return r({ code: "saisie/aucune", params: {} });
  return r({
    code: "saisie/remplies",
    params: {
      remplies: nombre(remplies),
      total: nombre(total),
      n: total,
      part: pourcent(remplies / total),
    },
  });
}

/**
 * Résumé d'un fichier, sans caractère de commande venu du classeur (noms de feuilles, textes cités
 * dans les messages : un « ESC[2J » n'efface pas le terminal). Sans `--gravite`, seules les erreurs sont détaillées (alertes et infos
 * comptées) ; avec `--gravite`, tous les constats retenus le sont.
 */
export function texteFichier(rapport: RapportFichier, gravite: Gravite | null): string {
  return sansControles(texteBrut(rapport, gravite));
}

function texteBrut(rapport: RapportFichier, gravite: Gravite | null): string {
  const f = rapport.json;
  if (f.statut === "illisible") {
    return r({
      code: "fichier/illisible",
      params: { fichier: f.fichier, message: f.erreur?.message ?? "" },
    });
  }
  const n = (g: Gravite) => f.constats.filter((c) => c.gravite === g).length;
  const comptes = { erreurs: n("erreur"), alertes: n("alerte"), infos: n("info") };
  const calcules = f.indicateurs.filter((i) => i.valeur !== null).length;
  const lignes = [
    r({ code: "fichier/titre", params: { fichier: f.fichier } }),
    ...f.avertissements.map((a) => r({ code: "fichier/lecture", params: { avertissement: a } })),
  ];
  lignes.push(...lignesOnglets(f));
  if (rapport.nonReconnu) {
    lignes.push(r({ code: "fichier/non-reconnu", params: { pourquoi: rapport.nonReconnu } }));
  }
  lignes.push(
    lignesSaisie(f),
    r({ code: "fichier/indicateurs", params: { calcules, total: f.indicateurs.length } }),
    r({ code: "fichier/constats", params: { comptes: comptesGravites(comptes, gravite) } }),
  );
  if (gravite) {
    lignes.push(...lignesConstats(f, ["erreur", "alerte", "info"]));
  } else {
    lignes.push(...lignesConstats(f, ["erreur"]));
    if (comptes.alertes + comptes.infos > 0) {
      lignes.push(r({ code: "fichier/non-detailles", params: {} }));
    }
  }
  return `${lignes.join("\n")}\n\n`;
}

export function texteBilan(resume: ResumeJson, gravite: Gravite | null): string {
  const params = {
    fichiers: nombre(resume.fichiers),
    n: resume.fichiers,
    comptes: comptesGravites(resume, gravite),
  };
  return resume.illisibles > 0
    ? r({
        code: "bilan/lot-illisibles",
        params: { ...params, illisibles: nombre(resume.illisibles), i: resume.illisibles },
      })
    : r({ code: "bilan/lot", params });
}
