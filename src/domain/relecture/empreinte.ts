import type { ValeurPrerenseignee } from "./collecte";
import type { ValeurEnvoyee } from "./ecarts";
import { sha256 } from "./sha256";
import type { ValeurRelue } from "./valeur";

/**
 * Empreinte des valeurs pré-renseignées (ADR 0012) : une partie XML personnalisée du classeur
 * envoyé (`customXml/itemN.xml`, espace de noms `EMPREINTE_NS`), qui porte chaque valeur avec son
 * identité et un condensé SHA-256 de l'ensemble. Un classeur retourné se vérifie ainsi sans le
 * classeur envoyé ; une empreinte absente, illisible ou dont le condensé ne correspond plus est
 * signalée. Ce n'est pas une signature : elle détecte une retouche, pas un faussaire.
 */

export const EMPREINTE_NS = "urn:cpom-diagnostic:empreinte-prerenseignees:1";

export type EtatEmpreinte =
  | { readonly kind: "absente" }
  | { readonly kind: "alteree"; readonly raison: string }
  | {
      readonly kind: "valide";
      readonly valeurs: readonly ValeurEnvoyee[];
      readonly date: string;
      readonly outil: string;
    };

export interface OrigineEmpreinte {
  /** Outil et version (« cpom-diagnostic 0.1.0 »). */
  readonly outil: string;
  /** Date de préparation, ISO (fournie par l'appelant : le domaine ne lit pas l'horloge). */
  readonly date: string;
}

// eslint-disable-next-line no-control-regex -- interdits en XML 1.0
const HORS_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;
const propre = (t: string) => t.replace(HORS_XML, "\ufffd");

const XML: Readonly<Record<string, string>> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "\n": "&#10;",
  "\r": "&#13;",
  "\t": "&#9;",
};
const echapper = (t: string) => t.replace(/[&<>"\n\r\t]/g, (c) => XML[c] ?? c);
const NOMMEES: Readonly<Record<string, string>> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
};
const desechapper = (t: string) =>
  t.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (_, e: string) =>
    e.startsWith("#x") || e.startsWith("#X")
      ? String.fromCodePoint(parseInt(e.slice(2), 16))
      : e.startsWith("#")
        ? String.fromCodePoint(Number(e.slice(1)))
        : (NOMMEES[e.toLowerCase()] ?? ""),
  );

function typeValeur(v: ValeurRelue): string {
  if (v === null) return "z";
  return typeof v === "number" ? "n" : typeof v === "boolean" ? "b" : "s";
}

const texteBrut = (v: ValeurRelue) => (v === null ? "" : String(v));

/** Ce que couvre le condensé : chaque valeur, dans l'ordre, champ par champ. */
function canonique(valeurs: readonly ValeurEnvoyee[]): string {
  return JSON.stringify(
    valeurs.map((v) => [v.cle, v.onglet, v.cellule, v.esms, v.esmsLibelle, v.mesure, v.valeur]),
  );
}

function envoyee(v: ValeurPrerenseignee): ValeurEnvoyee {
  const p = (t: string) => propre(t);
  return {
    cle: p(v.cle),
    onglet: p(v.onglet),
    cellule: v.cellule,
    esms: p(v.esms),
    esmsLibelle: p(v.esmsLibelle),
    mesure: p(v.mesure),
    valeur: typeof v.valeur === "string" ? p(v.valeur) : v.valeur,
  };
}

/** Le contenu XML de la partie personnalisée pour les valeurs d'un classeur envoyé. */
export function ecrireEmpreinte(
  valeurs: readonly ValeurPrerenseignee[],
  origine: OrigineEmpreinte,
): string {
  const e = valeurs.map(envoyee);
  const lignes = e.map(
    (v) =>
      `  <v k="${echapper(v.cle)}" o="${echapper(v.onglet)}" c="${v.cellule}" e="${echapper(v.esms)}" l="${echapper(v.esmsLibelle)}" m="${echapper(v.mesure)}" t="${typeValeur(v.valeur)}">${echapper(texteBrut(v.valeur))}</v>`,
  );
  return [
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>`,
    `<empreinte xmlns="${EMPREINTE_NS}" version="1" algorithme="sha256" controle="${sha256(canonique(e))}" nombre="${e.length}" outil="${echapper(propre(origine.outil))}" date="${echapper(propre(origine.date))}">`,
    ...lignes,
    `</empreinte>`,
    "",
  ].join("\n");
}

const attribut = (balise: string, nom: string): string | undefined => {
  const m = new RegExp(`\\s${nom}="([^"]*)"`).exec(balise);
  return m ? desechapper(m[1] ?? "") : undefined;
};

function valeurDe(t: string | undefined, brut: string): ValeurRelue | undefined {
  if (t === "z") return null;
  if (t === "s") return brut;
  if (t === "b") return brut === "true";
  if (t === "n") {
    const n = Number(brut);
    return brut !== "" && Number.isFinite(n) ? n : undefined;
  }
  return undefined;
}

/** Lit et vérifie l'empreinte (contenu de la partie XML) ; `null` ou "" : absente. */
export function lireEmpreinte(xml: string | null | undefined): EtatEmpreinte {
  if (!xml || !xml.includes(EMPREINTE_NS)) return { kind: "absente" };
  const racine = /<empreinte\b[^>]*>/.exec(xml)?.[0];
  if (!racine) return { kind: "alteree", raison: "l'élément racine de l'empreinte est absent" };
  if (attribut(racine, "version") !== "1") {
    return { kind: "alteree", raison: "version d'empreinte inconnue" };
  }
  const valeurs: ValeurEnvoyee[] = [];
  for (const m of xml.matchAll(/<v\b([^>]*)>([^<]*)<\/v>/g)) {
    const a = m[1] ?? "";
    const valeur = valeurDe(attribut(a, "t"), desechapper(m[2] ?? ""));
    const champs = ["k", "o", "c", "e", "l", "m"].map((n) => attribut(a, n));
    if (valeur === undefined || champs.some((c) => c === undefined)) {
      return { kind: "alteree", raison: "une valeur de l'empreinte est illisible" };
    }
    const [cle, onglet, cellule, esms, esmsLibelle, mesure] = champs as string[];
    valeurs.push({
      cle: cle!,
      onglet: onglet!,
      cellule: cellule!,
      esms: esms!,
      esmsLibelle: esmsLibelle!,
      mesure: mesure!,
      valeur,
    });
  }
  if (attribut(racine, "nombre") !== String(valeurs.length)) {
    return { kind: "alteree", raison: "le nombre de valeurs de l'empreinte ne correspond plus" };
  }
  if (attribut(racine, "controle") !== sha256(canonique(valeurs))) {
    return {
      kind: "alteree",
      raison: "le condensé de l'empreinte ne correspond plus à son contenu",
    };
  }
  return {
    kind: "valide",
    valeurs,
    date: attribut(racine, "date") ?? "",
    outil: attribut(racine, "outil") ?? "",
  };
}
